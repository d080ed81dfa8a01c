package io.ionsweep.engine.kernel;

import io.ionsweep.engine.physics.PhysicalConstants;
import io.ionsweep.engine.profile.Staircase;

/**
 * The reference kernel: one energy at a time, plain Java.
 *
 * <p>Method. The scattering state with a pure outgoing wave psi = exp(i kR (x - L)) in the right
 * lead is carried from right to left as the pair (psi, psi'), one slice at a time. Across a slice
 * of width d with lambda = (2m/hbar^2)(V - E):
 * <pre>
 *   psi_a  =  c psi_b - s psi'_b
 *   psi'_a = -lambda s psi_b + c psi'_b
 * </pre>
 * with c = cos(kd), s = sin(kd)/k in a classically allowed slice (k^2 = -lambda) and, in a
 * forbidden slice (q^2 = lambda), c = cosh(qd), s = sinh(qd)/q with the growth exp(qd) taken out:
 * c = (1 + e)/2, s = (1 - e)/(2q), e = exp(-2qd), and qd added to a logarithmic scale. Every
 * factor is then bounded, nothing overflows, and the state is renormalised by an exact power of
 * two after every slice (the exponent is accumulated as an integer). At the left lead the
 * incident and reflected amplitudes a, b = (psi -+ i psi'/kL)/2 give T = (kR/kL) / |a|^2
 * = 1 / (1 + (kL/kR)|b|^2), evaluated in the second form (see {@link #lnTransmission}) with the
 * scale restored in the logarithm. Elementary functions come from {@link KernelMath}, so results are
 * reproducible bit for bit. This is the propagation of the single physical solution in the direction
 * where it grows, so rounding errors stay relative and resonances keep their peaks.
 */
public final class ScalarTransmissionKernel implements TransmissionKernel {

    /** ln 10, for converting natural logarithms to decimal ones. */
    static final double LN10 = Math.log(10.0);
    static final double LN2 = Math.log(2.0);

    @Override
    public String name() {
        return "scalar";
    }

    @Override
    public void log10Transmission(Staircase profile, double massU, double[] energyEv, double[] log10T, int count) {
        double factor = PhysicalConstants.waveNumberFactor(massU);
        for (int i = 0; i < count; i++) {
            log10T[i] = log10Transmission(profile, factor, energyEv[i]);
        }
    }

    /** log10 T at one energy; {@code factor} = 2m/hbar^2 in 1/(eV A^2). */
    public static double log10Transmission(Staircase profile, double factor, double energyEv) {
        LeftState s = propagate(profile, factor, energyEv);
        if (s == null) {
            return Double.NEGATIVE_INFINITY;
        }
        return lnTransmission(s.kL, s.kR, s.reflectedSquared(), s.logScale, s.binaryExponent) / LN10;
    }

    /**
     * Reflection probability R at one energy (NaN where a lead is closed); with T it checks flux
     * conservation, R + T = 1.
     */
    public static double reflection(Staircase profile, double factor, double energyEv) {
        LeftState s = propagate(profile, factor, energyEv);
        if (s == null) {
            return Double.NaN;
        }
        return s.reflectedSquared() / s.incidentSquared();
    }

    /**
     * ln T from the reflected amplitude: with the flux identity |a|^2 = |b|^2 + kR/kL (outgoing wave
     * of unit amplitude), T = 1 / (1 + X), X = (kL/kR)|b|^2. Through b rather than a, a rounding error
     * d in the amplitudes costs 2 d |b| / |a|^2 <= 2 d / |a| in T: at a resonance peak, where b = 0,
     * it is second order, and errors in the flux itself do not enter at all.
     *
     * @param b2 scaled |b|^2; the true X is kL b2 / kR * exp(2 (logScale + binaryExponent ln 2))
     */
    static double lnTransmission(double kL, double kR, double b2, double logScale, double binaryExponent) {
        double x = kL * b2 / kR;
        if (x == 0.0) {
            return 0.0;
        }
        if (logScale == 0.0 && Math.abs(binaryExponent) <= OPEN_EXPONENT) {
            // no slice was forbidden (above the profile's top): X itself is a modest number, scaled exactly
            return -KernelMath.log1pNonNegative(x * Math.scalb(1.0, (int) (2.0 * binaryExponent)));
        }
        return -KernelMath.softplus(KernelMath.log(x) + 2.0 * (logScale + binaryExponent * LN2));
    }

    /**
     * Where no slice is forbidden and the state's binary exponent is within +-this, X = x 2^(2 exponent) is
     * formed exactly and ln T = -log1p(X): one logarithm instead of log, expm1 and log1p (the softplus of
     * ln X), and no rounding of the exponent times ln 2. Above every barrier the exponent stays near log2 of the
     * wave number.
     */
    public static final int OPEN_EXPONENT = 250;

    /** The scaled state at the left lead: true (psi, psi') = state * exp(logScale) * 2^binaryExponent. */
    private record LeftState(double psiRe, double psiIm, double dpsiRe, double dpsiIm,
                             double logScale, double binaryExponent, double kL, double kR) {

        /** |a|^2 of the scaled incident amplitude a = (psi - i psi'/kL) / 2. */
        double incidentSquared() {
            double ar = 0.5 * (psiRe + dpsiIm / kL);
            double ai = 0.5 * (psiIm - dpsiRe / kL);
            return ar * ar + ai * ai;
        }

        /** |b|^2 of the scaled reflected amplitude b = (psi + i psi'/kL) / 2. */
        double reflectedSquared() {
            double br = 0.5 * (psiRe - dpsiIm / kL);
            double bi = 0.5 * (psiIm + dpsiRe / kL);
            return br * br + bi * bi;
        }
    }

    private static LeftState propagate(Staircase profile, double factor, double energyEv) {
        double kL2 = factor * (energyEv - profile.leadLeftEv());
        double kR2 = factor * (energyEv - profile.leadRightEv());
        if (!(kL2 > 0) || !(kR2 > 0)) {
            return null;
        }
        double kR = Math.sqrt(kR2);
        double pr = 1, pi = 0, dr = 0, di = kR;
        double logScale = 0;
        double binExp = 0;
        for (int j = profile.sliceCount() - 1; j >= 0; j--) {
            double d = profile.widthA(j);
            double lambda = factor * (profile.potentialEv(j) - energyEv);
            double c;
            double s;
            if (lambda > 0) {
                double q = Math.sqrt(lambda);
                double em1 = KernelMath.expm1NonPositive(-2.0 * q * d);
                c = 0.5 * (2.0 + em1);
                s = -em1 / (2.0 * q);
                logScale += q * d;
            } else {
                double k = Math.sqrt(-lambda);
                double kd = k * d;
                c = KernelMath.cosNonNegative(kd);
                s = k > 0 ? KernelMath.sinNonNegative(kd) / k : d;
            }
            double g = -lambda * s;
            double npr = c * pr - s * dr;
            double npi = c * pi - s * di;
            double ndr = g * pr + c * dr;
            double ndi = g * pi + c * di;
            // Exact power-of-two renormalisation keeps the state near 1 without rounding.
            double m = Math.max(Math.max(Math.abs(npr), Math.abs(npi)), Math.max(Math.abs(ndr), Math.abs(ndi)));
            int e = Math.max(Math.getExponent(m), Double.MIN_EXPONENT);
            double scale = Math.scalb(1.0, -e);
            pr = npr * scale;
            pi = npi * scale;
            dr = ndr * scale;
            di = ndi * scale;
            binExp += e;
        }
        return new LeftState(pr, pi, dr, di, logScale, binExp, Math.sqrt(kL2), kR);
    }
}
