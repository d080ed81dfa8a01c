package io.ionsweep.engine.kernel;

/**
 * Elementary functions for the complex-energy kernels, where {@link Math#expm1}, {@link Math#cosh} and
 * {@link Math#sinh} (software implementations, unlike the intrinsic {@link Math#exp}) dominated the cost.
 * Each is within a few ulps of the library function.
 */
public final class FastMath {
    private FastMath() {}

    /** Below this |x|, expm1 and sinh use their Taylor series (the last term kept is below 1e-17 relative). */
    private static final double SERIES_LIMIT = 0.5;
    /** 1/n! for n = 1 .. 16. */
    private static final double[] INVERSE_FACTORIALS = new double[17];

    static {
        double f = 1;
        for (int n = 1; n < INVERSE_FACTORIALS.length; n++) {
            f *= n;
            INVERSE_FACTORIALS[n] = 1 / f;
        }
    }

    /** e^x - 1, accurate to a few ulps relative also for tiny x. */
    public static double expm1(double x) {
        if (Math.abs(x) >= SERIES_LIMIT) {
            // e^x is 0.6 or less, or 1.6 or more: subtracting 1 loses nothing relative
            return Math.exp(x) - 1;
        }
        // x (1 + x/2! / 1! ... ) by Horner on sum_{n=1}^{16} x^n / n!
        double s = INVERSE_FACTORIALS[16];
        for (int n = 15; n >= 1; n--) {
            s = s * x + INVERSE_FACTORIALS[n];
        }
        return s * x;
    }

    /** sinh x. */
    public static double sinh(double x) {
        if (Math.abs(x) >= SERIES_LIMIT) {
            double e = Math.exp(x);
            return 0.5 * (e - 1 / e);
        }
        // odd series x + x^3/3! + ... + x^15/15!
        double x2 = x * x;
        double s = INVERSE_FACTORIALS[15];
        for (int n = 13; n >= 1; n -= 2) {
            s = s * x2 + INVERSE_FACTORIALS[n];
        }
        return s * x;
    }

    /** cosh x. */
    public static double cosh(double x) {
        double e = Math.exp(x);
        return 0.5 * (e + 1 / e);
    }

    /** The exponent bias and mantissa width of a double. */
    private static final int EXPONENT_BIAS = 1023;
    private static final int MANTISSA_BITS = 52;

    /**
     * 2^n, exactly, for the renormalisations of the kernels ({@link Math#scalb} is several times slower):
     * built from its bits for normal results, from scalb otherwise.
     */
    public static double powerOfTwo(int n) {
        if (n > Double.MIN_EXPONENT - 1 && n <= Double.MAX_EXPONENT) {
            return Double.longBitsToDouble((long) (n + EXPONENT_BIAS) << MANTISSA_BITS);
        }
        return Math.scalb(1.0, n);
    }
}
