package io.ionsweep.engine.kernel;

/** The reference {@link ComplexSliceKernel}: one pair at a time. */
public final class ScalarComplexSliceKernel implements ComplexSliceKernel {
    /** Below this |2qd| the series for (1 - e^{-2qd})/(2q) replaces expm1 (q may be 0). */
    public static final double SERIES_LIMIT = 1e-4;
    /** Below this |lambda d^2| the series for ds/dlambda replaces (d c - s) / (2 lambda). */
    public static final double DERIVATIVE_SERIES_LIMIT = 1e-3;

    @Override
    public String name() {
        return "scalar";
    }

    @Override
    public void coefficients(double[] potentialEv, double[] widthA, int count, double factor, double eRe, double eIm,
                             double[] out) {
        double[] q = new double[2];
        for (int p = 0; p < count; p++) {
            one(potentialEv[p], widthA[p], factor, eRe, eIm, out, count, p, q);
        }
    }

    /**
     * The coefficients of one pair into {@code out[field * stride + p]}; {@code q} is scratch (2 long).
     * The vector kernel's lanes repeat these operations in this order.
     */
    public static void one(double potentialEv, double d, double factor, double eRe, double eIm, double[] out,
                           int stride, int p, double[] q) {
        double lr = factor * (potentialEv - eRe);
        double li = -factor * eIm;
        ComplexIncidentAmplitude.sqrt(lr, li, q);
        double zr = 2 * q[0] * d;
        double zi = 2 * q[1] * d;
        boolean series = zr * zr + zi * zi < SERIES_LIMIT * SERIES_LIMIT;
        // the phase e^{i Im(qd)} = e^{i zi/2}; cos zi and sin zi follow from its half angle
        double ph = q[1] * d;
        double aph = Math.abs(ph);
        double phr = KernelMath.cosNonNegative(aph);
        double phi = KernelMath.sinNonNegative(aph);
        if (ph < 0) {
            phi = -phi;
        }
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
            double em = KernelMath.expm1NonPositive(-zr);
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
        out[QD * stride + p] = q[0] * d;
        out[C0R * stride + p] = c0r;
        out[C0I * stride + p] = c0i;
        out[S0R * stride + p] = s0r;
        out[S0I * stride + p] = s0i;
        // g = -lambda s
        out[GR * stride + p] = -(lr * s0r - li * s0i);
        out[GI * stride + p] = -(lr * s0i + li * s0r);
        // dc/dlambda = (d/2) s; ds/dlambda = (d c - s) / (2 lambda), or its series; scaled like c, s
        out[DCR * stride + p] = 0.5 * d * s0r;
        out[DCI * stride + p] = 0.5 * d * s0i;
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
            // c~, s~ carry the real factor e^{-Re(qd)} only (the phase was put back); Re(qd) < 0.04 here
            double sc = 1 + KernelMath.expm1NonPositive(-q[0] * d);
            dsr = sc * ar;
            dsi = sc * ai;
        } else {
            double nr = d * c0r - s0r;
            double ni = d * c0i - s0i;
            double den = 2 * (lr * lr + li * li);
            dsr = (nr * lr + ni * li) / den;
            dsi = (ni * lr - nr * li) / den;
        }
        out[DSR * stride + p] = dsr;
        out[DSI * stride + p] = dsi;
        // s + lambda ds
        out[UR * stride + p] = s0r + (lr * dsr - li * dsi);
        out[UI * stride + p] = s0i + (lr * dsi + li * dsr);
    }
}
