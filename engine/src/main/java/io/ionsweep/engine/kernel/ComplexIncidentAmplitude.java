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
    /** Below this |2qd| the series for (1 - e^{-2qd})/(2q) replaces expm1 (q may be 0). */
    private static final double SERIES_LIMIT = 1e-4;
    /**
     * The state is brought back near 1 (by an exact power of two) only when its binary exponent
     * leaves +-this: one slice changes it by far less than the remaining range.
     */
    private static final int RESCALE_EXPONENT = 200;

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
    /** Below this |lambda d^2| the series for ds/dlambda replaces (d c - s) / (2 lambda). */
    private static final double DERIVATIVE_SERIES_LIMIT = 1e-3;

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
     * (potential, width) pair; the same numbers, fewer sines and square roots when slices repeat.
     *
     * @param pairs the distinct pairs of {@code profile}
     * @param work  at least {@code pairs.count() * }{@link #COEFFICIENTS} long
     */
    public static void evaluateWithDerivative(Staircase profile, DistinctSlices pairs, double[] work, double factor,
                                              double eRe, double eIm, double[] out) {
        run(profile, pairs, work, factor, eRe, eIm, out, true);
    }

    /** Offsets of a slice's coefficients at one energy (see {@link #coefficients}). */
    private static final int QD = 0;
    private static final int C0R = 1;
    private static final int C0I = 2;
    private static final int S0R = 3;
    private static final int S0I = 4;
    private static final int GR = 5;
    private static final int GI = 6;
    private static final int DCR = 7;
    private static final int DCI = 8;
    private static final int DSR = 9;
    private static final int DSI = 10;
    private static final int UR = 11;
    private static final int UI = 12;
    /** Coefficients per slice. */
    public static final int COEFFICIENTS = 13;

    /**
     * The propagation coefficients of a slice (potential, width d) at one energy, into c[off..]:
     * Re(q) d, the scaled c and s with their phase, g = -lambda s and, with the derivative, dc/dlambda,
     * ds/dlambda and s + lambda ds/dlambda. They depend on the slice only through (potential, d).
     */
    private static void coefficients(double potentialEv, double d, double factor, double eRe, double eIm,
                                     boolean derivative, double[] c, int off, double[] q) {
        double lr = factor * (potentialEv - eRe);
        double li = -factor * eIm;
        sqrt(lr, li, q);
        double zr = 2 * q[0] * d;
        double zi = 2 * q[1] * d;
        boolean series = zr * zr + zi * zi < SERIES_LIMIT * SERIES_LIMIT;
        // the phase e^{i Im(qd)} = e^{i zi/2}; cos zi and sin zi follow from its half angle
        double ph = q[1] * d;
        double phr = Math.cos(ph);
        double phi = Math.sin(ph);
        // t = 1 - e^{-z} = -expm1(-z)
        double tr;
        double ti;
        if (series) {
            // 1 - e^{-z} = z - z^2/2 + z^3/6
            double z2r = zr * zr - zi * zi;
            double z2i = 2 * zr * zi;
            double z3r = z2r * zr - z2i * zi;
            double z3i = z2r * zi + z2i * zr;
            tr = zr - z2r / 2 + z3r / 6;
            ti = zi - z2i / 2 + z3i / 6;
        } else {
            // expm1(-zr - i zi) = expm1(-zr) cos zi - 2 sin^2(zi/2) - i e^{-zr} sin zi
            double em = FastMath.expm1(-zr);
            double cosZi = 1 - 2 * phi * phi;
            double sinZi = 2 * phi * phr;
            tr = -(em * cosZi - 2 * phi * phi);
            ti = (1 + em) * sinZi;
        }
        // c~ = (1 + e^{-z})/2 = 1 - t/2
        double cr = 1 - 0.5 * tr;
        double ci = -0.5 * ti;
        // s~ = t / (2q), or d (1 - z/2 + z^2/6) in the series region (exact d when q = 0)
        double sr;
        double si;
        if (series) {
            double z2r = zr * zr - zi * zi;
            double z2i = 2 * zr * zi;
            sr = d * (1 - zr / 2 + z2r / 6);
            si = d * (-zi / 2 + z2i / 6);
        } else {
            double den = 2 * (q[0] * q[0] + q[1] * q[1]);
            sr = (tr * q[0] + ti * q[1]) / den;
            si = (ti * q[0] - tr * q[1]) / den;
        }
        // multiply c~ and s~ by the phase e^{i Im(qd)}; the modulus e^{Re(qd)} goes to the log scale
        double c0r = cr * phr - ci * phi;
        double c0i = cr * phi + ci * phr;
        double s0r = sr * phr - si * phi;
        double s0i = sr * phi + si * phr;
        // g = -lambda s
        double gr = -(lr * s0r - li * s0i);
        double gi = -(lr * s0i + li * s0r);
        c[off + QD] = q[0] * d;
        c[off + C0R] = c0r;
        c[off + C0I] = c0i;
        c[off + S0R] = s0r;
        c[off + S0I] = s0i;
        c[off + GR] = gr;
        c[off + GI] = gi;
        if (derivative) {
            // dc/dlambda = (d/2) s; ds/dlambda = (d c - s) / (2 lambda), or its series; scaled like c, s
            double dcr = 0.5 * d * s0r;
            double dci = 0.5 * d * s0i;
            double dsr;
            double dsi;
            double ld2r = lr * d * d;
            double ld2i = li * d * d;
            if (ld2r * ld2r + ld2i * ld2i < DERIVATIVE_SERIES_LIMIT * DERIVATIVE_SERIES_LIMIT) {
                // d^3/6 + lambda d^5/60 + lambda^2 d^7/1680
                double l2r = lr * lr - li * li;
                double l2i = 2 * lr * li;
                double d3 = d * d * d;
                double ar = d3 / 6 + lr * d3 * d * d / 60 + l2r * d3 * d * d * d * d / 1680;
                double ai = li * d3 * d * d / 60 + l2i * d3 * d * d * d * d / 1680;
                // c~, s~ carry the real factor e^{-Re(qd)} only (the phase was put back)
                double sc = Math.exp(-q[0] * d);
                dsr = sc * ar;
                dsi = sc * ai;
            } else {
                double nr = d * c0r - s0r;
                double ni = d * c0i - s0i;
                double den = 2 * (lr * lr + li * li);
                dsr = (nr * lr + ni * li) / den;
                dsi = (ni * lr - nr * li) / den;
            }
            // s + lambda ds
            double ur = s0r + (lr * dsr - li * dsi);
            double ui = s0i + (lr * dsi + li * dsr);
            c[off + DCR] = dcr;
            c[off + DCI] = dci;
            c[off + DSR] = dsr;
            c[off + DSI] = dsi;
            c[off + UR] = ur;
            c[off + UI] = ui;
        }
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
        double[] c = work != null ? work : new double[COEFFICIENTS];
        if (pairs != null) {
            for (int p = 0; p < pairs.count(); p++) {
                coefficients(pairs.potentialEv(p), pairs.widthA(p), factor, eRe, eIm, derivative, c, p * COEFFICIENTS, q);
            }
        }
        for (int j = profile.sliceCount() - 1; j >= 0; j--) {
            double d = profile.widthA(j);
            int off = 0;
            if (pairs != null) {
                off = pairs.pairOf(j) * COEFFICIENTS;
            } else {
                coefficients(profile.potentialEv(j), d, factor, eRe, eIm, derivative, c, 0, q);
            }
            double c0r = c[off + C0R];
            double c0i = c[off + C0I];
            double s0r = c[off + S0R];
            double s0i = c[off + S0I];
            double gr = c[off + GR];
            double gi = c[off + GI];
            logScale += c[off + QD];
            double npr = c0r * pr - c0i * pi - (s0r * dr - s0i * di);
            double npi = c0r * pi + c0i * pr - (s0r * di + s0i * dr);
            double ndr = gr * pr - gi * pi + (c0r * dr - c0i * di);
            double ndi = gr * pi + gi * pr + (c0r * di + c0i * dr);
            double nper = 0;
            double npei = 0;
            double nder = 0;
            double ndei = 0;
            if (derivative) {
                double dcr = c[off + DCR];
                double dci = c[off + DCI];
                double dsr = c[off + DSR];
                double dsi = c[off + DSI];
                double ur = c[off + UR];
                double ui = c[off + UI];
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
        sqrt(factor * (eRe - profile.leadLeftEv()), factor * eIm, kL);
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
