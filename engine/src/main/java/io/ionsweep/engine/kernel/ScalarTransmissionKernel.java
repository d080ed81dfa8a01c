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
 * incident amplitude a = (psi - i psi'/kL)/2 gives T = (kR/kL) / |a|^2 with the scale restored
 * in the logarithm. Elementary functions come from {@link KernelMath}, so results are
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
        double lnT = KernelMath.log(s.kR / (s.kL * s.incidentSquared())) - 2.0 * (s.logScale + s.binaryExponent * LN2);
        return lnT / LN10;
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
        double br = 0.5 * (s.psiRe - s.dpsiIm / s.kL);
        double bi = 0.5 * (s.psiIm + s.dpsiRe / s.kL);
        return (br * br + bi * bi) / s.incidentSquared();
    }

    /** The scaled state at the left lead: true (psi, psi') = state * exp(logScale) * 2^binaryExponent. */
    private record LeftState(double psiRe, double psiIm, double dpsiRe, double dpsiIm,
                             double logScale, double binaryExponent, double kL, double kR) {

        /** |a|^2 of the scaled incident amplitude a = (psi - i psi'/kL) / 2. */
        double incidentSquared() {
            double ar = 0.5 * (psiRe + dpsiIm / kL);
            double ai = 0.5 * (psiIm - dpsiRe / kL);
            return ar * ar + ai * ai;
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
