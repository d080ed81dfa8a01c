package io.ionsweep.engine.kernel;

/**
 * The elementary functions of the kernels, in plain IEEE 754 arithmetic (+, -, *, /, exact
 * conversions; no intrinsics, no fused multiply-add). The Vector API kernel evaluates the same
 * operations in the same order lane by lane, so the two kernels agree bit for bit, and results do
 * not depend on the JIT tier, the CPU's vector library or the machine: a sweep run twice gives
 * byte-identical datasets.
 *
 * <p>The algorithms and coefficients are fdlibm's (Sun Microsystems, 1993: e_log.c, k_sin.c,
 * k_cos.c) and Taylor series where stated; accuracy about 1 ulp, proven against
 * {@link StrictMath} in {@code KernelMathTest}.
 */
public final class KernelMath {
    private KernelMath() {}

    // ln 2 split so that k * LN2_HI is exact for |k| < 2^20 (fdlibm).
    public static final double LN2_HI = 6.93147180369123816490e-01;
    public static final double LN2_LO = 1.90821492927058770002e-10;
    public static final double INV_LN2 = 1.44269504088896338700e+00;
    /** Adding and subtracting 1.5 * 2^52 rounds a double of magnitude below 2^51 to the nearest integer. */
    public static final double ROUNDER = 0x1.8p52;
    /** Below this, exp(x) < 2^-54 and expm1(x) rounds to -1. */
    public static final double EXPM1_SATURATION = -40.0;

    // Taylor coefficients 1/n! for expm1 on |r| <= ln2/2 (truncation below 1e-17 relative).
    public static final double[] EXPM1_TAYLOR = {
        1.0 / 2, 1.0 / 6, 1.0 / 24, 1.0 / 120, 1.0 / 720, 1.0 / 5040, 1.0 / 40320, 1.0 / 362880,
        1.0 / 3628800, 1.0 / 39916800, 1.0 / 479001600, 1.0 / 6227020800.0,
    };

    // pi/2 in three 33-bit pieces: k * PIO2_n is exact for k < 2^20 (fdlibm e_rem_pio2.c).
    public static final double TWO_OVER_PI = 6.36619772367581382433e-01;
    public static final double PIO2_1 = 1.57079632673412561417e+00;
    public static final double PIO2_2 = 6.07710050630396597660e-11;
    public static final double PIO2_3 = 2.02226624871116645580e-21;

    // k_sin.c
    public static final double S1 = -1.66666666666666324348e-01;
    public static final double S2 = 8.33333333332248946124e-03;
    public static final double S3 = -1.98412698298579493134e-04;
    public static final double S4 = 2.75573137070700676789e-06;
    public static final double S5 = -2.50507602534068634195e-08;
    public static final double S6 = 1.58969099521155010221e-10;
    // k_cos.c
    public static final double C1 = 4.16666666666666019037e-02;
    public static final double C2 = -1.38888888888741095749e-03;
    public static final double C3 = 2.48015872894767294178e-05;
    public static final double C4 = -2.75573143513906633035e-07;
    public static final double C5 = 2.08757232129817482790e-09;
    public static final double C6 = -1.13596475577881948265e-11;
    // e_log.c
    public static final double LG1 = 6.666666666666735130e-01;
    public static final double LG2 = 3.999999999940941908e-01;
    public static final double LG3 = 2.857142874366239149e-01;
    public static final double LG4 = 2.222219843214978396e-01;
    public static final double LG5 = 1.818357216161805012e-01;
    public static final double LG6 = 1.531383769920937332e-01;
    public static final double LG7 = 1.479819860511658591e-01;
    public static final double SQRT2 = 1.41421356237309504880;
    public static final long EXPONENT_MASK = 0x7ffL;
    public static final long MANTISSA_MASK = 0x000fffffffffffffL;
    public static final long ONE_BITS = 0x3ff0000000000000L;
    public static final int EXPONENT_BIAS = 1023;
    public static final int MANTISSA_BITS = 52;
    /** 2^54, to lift subnormal arguments of log into the normal range. */
    public static final double TWO54 = 0x1p54;

    /** Below this, e^x is below half the least subnormal and rounds to 0. */
    public static final double EXP_UNDERFLOW = -745.2;
    /** 2^54 and 2^-54: e^x = ((1 + expm1(r)) 2^(k+54)) 2^-54 stays exact down to the subnormals. */
    public static final int EXP_LIFT = 54;
    public static final double TWO_M54 = 0x1p-54;

    /**
     * e^x for x <= 0, down to the subnormals (the decay e^{-qd} across an opaque slice, whose relative
     * accuracy splits multiplets): 1 + expm1(r) on the reduced argument, scaled by 2^k in two exact
     * steps so that only the last multiplication rounds, once, where the result is subnormal.
     */
    public static double expNonPositive(double x) {
        if (x < EXP_UNDERFLOW) {
            return 0.0;
        }
        double k = quotientByLn2(x);
        return ((1.0 + reducedExpm1(x, k)) * powerOfTwo(k, EXP_LIFT)) * TWO_M54;
    }

    /** e^x - 1 for x <= 0 (the forbidden-slice decay exp(-2qd) - 1), accurate also for tiny |x|. */
    public static double expm1NonPositive(double x) {
        if (x < EXPM1_SATURATION) {
            return -1.0;
        }
        double k = quotientByLn2(x);
        double p = reducedExpm1(x, k);
        double t = powerOfTwo(k, 0);
        return t * p + (t - 1.0);
    }

    /** k = x / ln 2 rounded to the nearest integer (|x| < 2^50). */
    static double quotientByLn2(double x) {
        return (x * INV_LN2 + ROUNDER) - ROUNDER;
    }

    /** expm1(r) for the reduced argument r = x - k ln 2 (|r| <= ln2/2), ln 2 in two parts (fdlibm). */
    static double reducedExpm1(double x, double k) {
        double r = (x - k * LN2_HI) - k * LN2_LO;
        return r + r * r * expm1Tail(r);
    }

    /** 2^(k + lift) for an integer k with k + lift a normal exponent. */
    static double powerOfTwo(double k, int lift) {
        return Double.longBitsToDouble(((long) k + lift + EXPONENT_BIAS) << MANTISSA_BITS);
    }

    /** (expm1(r) - r) / r^2 by Horner's rule. */
    static double expm1Tail(double r) {
        double acc = EXPM1_TAYLOR[EXPM1_TAYLOR.length - 1];
        for (int i = EXPM1_TAYLOR.length - 2; i >= 0; i--) {
            acc = EXPM1_TAYLOR[i] + r * acc;
        }
        return acc;
    }

    /** Quadrant k and reduced argument r = x - k pi/2, for 0 <= x; exact enough for x < 1.6e6. */
    static double quadrant(double x) {
        return (x * TWO_OVER_PI + ROUNDER) - ROUNDER;
    }

    static double reduce(double x, double k) {
        return ((x - k * PIO2_1) - k * PIO2_2) - k * PIO2_3;
    }

    /** sin r for |r| <= pi/4. */
    static double sinKernel(double r) {
        double z = r * r;
        return r + r * z * (S1 + z * (S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)))));
    }

    /** cos r for |r| <= pi/4, with fdlibm's compensated 1 - z/2. */
    static double cosKernel(double r) {
        double z = r * r;
        double poly = z * z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
        double hz = 0.5 * z;
        double w = 1.0 - hz;
        return w + (((1.0 - w) - hz) + poly);
    }

    /** sin x for finite x >= 0 (a slice's phase kd). */
    public static double sinNonNegative(double x) {
        double k = quadrant(x);
        double r = reduce(x, k);
        long q = (long) k;
        double v = (q & 1) == 0 ? sinKernel(r) : cosKernel(r);
        return (q & 2) == 0 ? v : -v;
    }

    /** cos x for finite x >= 0. */
    public static double cosNonNegative(double x) {
        double k = quadrant(x);
        double r = reduce(x, k);
        long q = (long) k;
        double v = (q & 1) == 0 ? cosKernel(r) : sinKernel(r);
        return ((q + 1) & 2) == 0 ? v : -v;
    }

    /** ln(1 + x) for finite x >= 0, by Kahan's correction of log(1 + x): a few ulps. */
    public static double log1pNonNegative(double x) {
        double u = 1.0 + x;
        return u == 1.0 ? x : log(u) * (x / (u - 1.0));
    }

    /**
     * ln(1 + e^y) for finite y or y = -infinity, without overflow; within 2 ulps of max(result, 1)
     * (for y < 0, e^y comes from expm1(y) + 1, so the error there is absolute, about 1e-16).
     */
    public static double softplus(double y) {
        return Math.max(y, 0.0) + log1pNonNegative(expm1NonPositive(-Math.abs(y)) + 1.0);
    }

    /** Natural logarithm of a finite x > 0. */
    public static double log(double x) {
        double lift = x < Double.MIN_NORMAL ? TWO54 : 1.0;
        long bits = Double.doubleToRawLongBits(x * lift);
        double e = (double) (((bits >>> MANTISSA_BITS) & EXPONENT_MASK) - EXPONENT_BIAS) - (lift == 1.0 ? 0 : 54);
        double m = Double.longBitsToDouble((bits & MANTISSA_MASK) | ONE_BITS);
        if (m > SQRT2) {
            m *= 0.5;
            e += 1.0;
        }
        return logKernel(m - 1.0, e);
    }

    /** log((1 + f) 2^e) for f in [sqrt(2)/2 - 1, sqrt(2) - 1] (e_log.c). */
    static double logKernel(double f, double e) {
        double s = f / (2.0 + f);
        double z = s * s;
        double w = z * z;
        double t1 = w * (LG2 + w * (LG4 + w * LG6));
        double t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
        double rr = t2 + t1;
        double hfsq = 0.5 * f * f;
        return e * LN2_HI - ((hfsq - (s * (hfsq + rr) + e * LN2_LO)) - f);
    }
}
