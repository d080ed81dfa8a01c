package io.ionsweep.engine.profile;

import io.ionsweep.engine.physics.PhysicalConstants;

/**
 * The exact transmission of the symmetric Eckart barrier V0 / cosh^2(x / a) (Landau and Lifshitz,
 * Quantum Mechanics, section 25, problem 4):
 * T = sinh^2(pi k a) / (sinh^2(pi k a) + cosh^2((pi/2) sqrt(8 m V0 a^2 / hbar^2 - 1))), with cos^2 and
 * sqrt(1 - 8 m V0 a^2 / hbar^2) when that is below 1; k = sqrt(2 m E) / hbar.
 * Evaluated in logarithms: for ions both terms overflow a double (cosh^2 of hundreds).
 */
final class EckartExact {
    private EckartExact() {}

    private static final double LN2 = Math.log(2.0);
    /** Below this argument sinh is evaluated directly (no cancellation, no overflow). */
    private static final double DIRECT_SINH_BELOW = 1.0;

    /** ln T at energy E (eV) for a mass (u), height V0 (eV) and length a (Angstrom). */
    static double lnT(double massU, double heightEv, double lengthA, double energyEv) {
        double f = PhysicalConstants.waveNumberFactor(massU); // 2m / hbar^2 in 1/(eV A^2)
        double k = Math.sqrt(f * energyEv);
        double lnSinh2 = lnSinh2(Math.PI * k * lengthA);
        double g = 4.0 * f * heightEv * lengthA * lengthA; // 8 m V0 a^2 / hbar^2 = 4 (2m/hbar^2) V0 a^2
        double lnOther = g >= 1.0
                ? lnCosh2(0.5 * Math.PI * Math.sqrt(g - 1.0))
                : 2.0 * Math.log(Math.cos(0.5 * Math.PI * Math.sqrt(1.0 - g)));
        // ln T = lnSinh2 - ln(e^lnSinh2 + e^lnOther) = -ln(1 + e^d), d = lnOther - lnSinh2
        double d = lnOther - lnSinh2;
        return d > 0 ? -(d + Math.log1p(Math.exp(-d))) : -Math.log1p(Math.exp(d));
    }

    static double log10T(double massU, double heightEv, double lengthA, double energyEv) {
        return lnT(massU, heightEv, lengthA, energyEv) / Math.log(10.0);
    }

    /** ln sinh^2 y for y > 0. */
    static double lnSinh2(double y) {
        if (y < DIRECT_SINH_BELOW) {
            return 2.0 * Math.log(Math.sinh(y));
        }
        return 2.0 * (y + Math.log1p(-Math.exp(-2.0 * y)) - LN2);
    }

    /** ln cosh^2 z. */
    static double lnCosh2(double z) {
        double a = Math.abs(z);
        return 2.0 * (a + Math.log1p(Math.exp(-2.0 * a)) - LN2);
    }
}
