package io.ionsweep.engine.kernel;

import io.ionsweep.engine.physics.PhysicalConstants;
import io.ionsweep.engine.profile.Staircase;

/**
 * The incident amplitude continued to complex energy, for the resonance (pole) search.
 *
 * <p>Method: that of {@link ScalarTransmissionKernel} in complex arithmetic. The solution with a
 * pure outgoing wave exp(i kR (x - L)) in the right lead is carried from right to left as
 * (psi, psi'); across a slice with lambda = (2m/hbar^2)(V - E) and q = sqrt(lambda) (principal
 * branch, Re q >= 0): c = cosh(qd), s = sinh(qd)/q, written as c = e^{qd}(1 + e^{-2qd})/2,
 * s = e^{qd}(1 - e^{-2qd})/(2q) with |e^{-2qd}| <= 1, the modulus e^{Re qd} moved to a log scale and
 * only the phase e^{i Im qd} kept. The state is renormalised by exact powers of two.
 *
 * <p>The function returned is g(E) = kL (psi - i psi'/kL) / 2 = kL * a(E), with a the incident
 * amplitude: the zeros of g are the zeros of a (the poles of the transmission amplitude) and g,
 * unlike a, stays finite at the left lead's threshold. Lead wave numbers use the principal square
 * root, which is the Gamow (outgoing, decaying-in-time) branch in the lower half plane and the
 * physical branch on and above the real axis; g is analytic off the real half-lines below the leads.
 * On the real axis above both leads T = kR kL / |g|^2.
 */
public final class ComplexIncidentAmplitude {
    private ComplexIncidentAmplitude() {}

    /** Index of the real part of the mantissa in the output array. */
    public static final int RE = 0;
    /** Index of the imaginary part of the mantissa. */
    public static final int IM = 1;
    /** Index of the natural-log scale: g = (re + i im) * exp(scale). */
    public static final int LOG_SCALE = 2;
    /**
     * The state is brought back near 1 (by an exact power of two) only when its binary exponent
     * leaves +-this: one slice changes it by far less than the remaining range.
     */
    private static final int RESCALE_EXPONENT = 200;
    /** The per-slice coefficients for many slices at once (the pairs' path), chosen at startup. */
    private static final ComplexSliceKernel SLICES = KernelProvider.complexSlices();

    /**
     * g(E) at the complex energy {@code eRe + i eIm}, written into {@code out} as mantissa and log scale.
     *
     * @param factor 2m/hbar^2 in 1/(eV A^2), see {@link PhysicalConstants#waveNumberFactor(double)}
     * @param out    at least 3 long: {@link #RE}, {@link #IM}, {@link #LOG_SCALE}
     */
    public static void evaluate(Staircase profile, double factor, double eRe, double eIm, double[] out) {
        run(profile, null, null, factor, eRe, eIm, out, false);
    }

    /** Index of Re(g'/g), the logarithmic derivative, in the output of {@link #evaluateWithDerivative}. */
    public static final int LOG_DERIVATIVE_RE = 3;
    /** Index of Im(g'/g). */
    public static final int LOG_DERIVATIVE_IM = 4;

    /**
     * As {@link #evaluate} and also g'(E)/g(E) (per eV), propagated analytically alongside the state;
     * NaN exactly at a lead threshold, where g has a square-root branch point.
     *
     * @param out at least 5 long: {@link #RE}, {@link #IM}, {@link #LOG_SCALE}, {@link #LOG_DERIVATIVE_RE},
     *            {@link #LOG_DERIVATIVE_IM}
     */
    public static void evaluateWithDerivative(Staircase profile, double factor, double eRe, double eIm, double[] out) {
        run(profile, null, null, factor, eRe, eIm, out, true);
    }

    /**
     * As {@link #evaluateWithDerivative} with the per-slice coefficients computed once per distinct
     * (potential, width) pair, all pairs in one call of the {@link ComplexSliceKernel}; the same numbers,
     * fewer sines and square roots when slices repeat, and vector lanes when they do not.
     *
     * @param pairs the distinct pairs of {@code profile}
     * @param work  at least {@code pairs.count() * }{@link ComplexSliceKernel#FIELDS} long
     */
    public static void evaluateWithDerivative(Staircase profile, DistinctSlices pairs, double[] work, double factor,
                                              double eRe, double eIm, double[] out) {
        run(profile, pairs, work, factor, eRe, eIm, out, true);
    }

    private static void run(Staircase profile, DistinctSlices pairs, double[] work, double factor, double eRe, double eIm,
                            double[] out, boolean derivative) {
        double[] kR = new double[2];
        sqrt(factor * (eRe - profile.leadRightEv()), factor * eIm, kR);
        // psi = 1, psi' = i kR; d/dE: 0 and i f / (2 kR)
        double pr = 1;
        double pi = 0;
        double dr = -kR[1];
        double di = kR[0];
        double per = 0;
        double pei = 0;
        double der = 0;
        double dei = 0;
        if (derivative) {
            double kk = kR[0] * kR[0] + kR[1] * kR[1];
            // i f / (2 kR) = i f conj(kR) / (2 |kR|^2)
            der = factor * kR[1] / (2 * kk);
            dei = factor * kR[0] / (2 * kk);
        }
        double logScale = 0;
        long binExp = 0;
        double[] q = new double[2];
        double[] c = work != null ? work : new double[ComplexSliceKernel.FIELDS];
        // coefficient f of slice j at c[f * stride + at]: per distinct pair, all at once, or per slice
        int stride = 1;
        if (pairs != null) {
            stride = pairs.count();
            SLICES.coefficients(pairs.potentials(), pairs.widths(), stride, factor, eRe, eIm, c);
        }
        for (int j = profile.sliceCount() - 1; j >= 0; j--) {
            int at = 0;
            if (pairs != null) {
                at = pairs.pairOf(j);
            } else {
                ScalarComplexSliceKernel.one(profile.potentialEv(j), profile.widthA(j), factor, eRe, eIm, c, 1, 0, q);
            }
            double c0r = c[ComplexSliceKernel.C0R * stride + at];
            double c0i = c[ComplexSliceKernel.C0I * stride + at];
            double s0r = c[ComplexSliceKernel.S0R * stride + at];
            double s0i = c[ComplexSliceKernel.S0I * stride + at];
            double gr = c[ComplexSliceKernel.GR * stride + at];
            double gi = c[ComplexSliceKernel.GI * stride + at];
            logScale += c[ComplexSliceKernel.QD * stride + at];
            double npr = c0r * pr - c0i * pi - (s0r * dr - s0i * di);
            double npi = c0r * pi + c0i * pr - (s0r * di + s0i * dr);
            double ndr = gr * pr - gi * pi + (c0r * dr - c0i * di);
            double ndi = gr * pi + gi * pr + (c0r * di + c0i * dr);
            double nper = 0;
            double npei = 0;
            double nder = 0;
            double ndei = 0;
            if (derivative) {
                double dcr = c[ComplexSliceKernel.DCR * stride + at];
                double dci = c[ComplexSliceKernel.DCI * stride + at];
                double dsr = c[ComplexSliceKernel.DSR * stride + at];
                double dsi = c[ComplexSliceKernel.DSI * stride + at];
                double ur = c[ComplexSliceKernel.UR * stride + at];
                double ui = c[ComplexSliceKernel.UI * stride + at];
                // new dpsi/dE = c pE - s dpE - f (dc p - ds dp)
                nper = c0r * per - c0i * pei - (s0r * der - s0i * dei)
                        - factor * ((dcr * pr - dci * pi) - (dsr * dr - dsi * di));
                npei = c0r * pei + c0i * per - (s0r * dei + s0i * der)
                        - factor * ((dcr * pi + dci * pr) - (dsr * di + dsi * dr));
                // new dpsi'/dE = -lambda s pE + c dpE - f (-(s + lambda ds) p + dc dp)
                nder = gr * per - gi * pei + (c0r * der - c0i * dei)
                        - factor * (-(ur * pr - ui * pi) + (dcr * dr - dci * di));
                ndei = gr * pei + gi * per + (c0r * dei + c0i * der)
                        - factor * (-(ur * pi + ui * pr) + (dcr * di + dci * dr));
            }
            double m = Math.max(Math.max(Math.abs(npr), Math.abs(npi)), Math.max(Math.abs(ndr), Math.abs(ndi)));
            int e = Math.max(Math.getExponent(m), Double.MIN_EXPONENT);
            if (e > RESCALE_EXPONENT || e < -RESCALE_EXPONENT) {
                double scale = FastMath.powerOfTwo(-e);
                npr *= scale;
                npi *= scale;
                ndr *= scale;
                ndi *= scale;
                nper *= scale;
                npei *= scale;
                nder *= scale;
                ndei *= scale;
                binExp += e;
            }
            pr = npr;
            pi = npi;
            dr = ndr;
            di = ndi;
            per = nper;
            pei = npei;
            der = nder;
            dei = ndei;
        }
        // normalised as if rescaled after every slice, so the result does not depend on when it was
        double mEnd = Math.max(Math.max(Math.abs(pr), Math.abs(pi)), Math.max(Math.abs(dr), Math.abs(di)));
        int eEnd = Math.max(Math.getExponent(mEnd), Double.MIN_EXPONENT);
        double sEnd = FastMath.powerOfTwo(-eEnd);
        pr *= sEnd;
        pi *= sEnd;
        dr *= sEnd;
        di *= sEnd;
        per *= sEnd;
        pei *= sEnd;
        der *= sEnd;
        dei *= sEnd;
        binExp += eEnd;
        double[] kL = kR;
        if (profile.leadLeftEv() != profile.leadRightEv()) {
            // without bias the leads are equal and so is k: the same square root, not taken twice
            sqrt(factor * (eRe - profile.leadLeftEv()), factor * eIm, kL);
        }
        // g = (kL psi - i psi') / 2
        double gRe = 0.5 * (kL[0] * pr - kL[1] * pi + di);
        double gIm = 0.5 * (kL[0] * pi + kL[1] * pr - dr);
        out[RE] = gRe;
        out[IM] = gIm;
        out[LOG_SCALE] = logScale + binExp * ScalarTransmissionKernel.LN2;
        if (derivative) {
            // g' = (kL' psi + kL pE - i dpE) / 2, kL' = f / (2 kL)
            double kk = kL[0] * kL[0] + kL[1] * kL[1];
            double klr = factor * kL[0] / (2 * kk);
            double kli = -factor * kL[1] / (2 * kk);
            double hr = 0.5 * (klr * pr - kli * pi + kL[0] * per - kL[1] * pei + dei);
            double hi = 0.5 * (klr * pi + kli * pr + kL[0] * pei + kL[1] * per - der);
            double gg = gRe * gRe + gIm * gIm;
            out[LOG_DERIVATIVE_RE] = (hr * gRe + hi * gIm) / gg;
            out[LOG_DERIVATIVE_IM] = (hi * gRe - hr * gIm) / gg;
        }
    }

    /** Principal square root of x + i y into out[0..1] (Re >= 0, Im with the sign of y). */
    static void sqrt(double x, double y, double[] out) {
        if (x == 0 && y == 0) {
            out[0] = 0;
            out[1] = 0;
            return;
        }
        double r = modulus(x, y);
        if (x >= 0) {
            double a = Math.sqrt(0.5 * (r + x));
            out[0] = a;
            out[1] = y / (2 * a);
        } else {
            double b = Math.sqrt(0.5 * (r - x));
            double sign = (y < 0 || (y == 0 && 1 / y < 0)) ? -1 : 1;
            out[0] = Math.abs(y) / (2 * b);
            out[1] = sign * b;
        }
    }

    /** Below and above these magnitudes x^2 + y^2 could underflow or overflow: fall back to hypot. */
    private static final double SAFE_SMALL = 0x1p-500;
    private static final double SAFE_LARGE = 0x1p500;

    /**
     * |x + i y|: sqrt(x^2 + y^2) (within an ulp of {@link Math#hypot}, which is several times slower)
     * where the squares cannot overflow or underflow.
     */
    public static double modulus(double x, double y) {
        double m = Math.max(Math.abs(x), Math.abs(y));
        if (m < SAFE_LARGE && m > SAFE_SMALL) {
            return Math.sqrt(x * x + y * y);
        }
        return Math.hypot(x, y);
    }
}
