package io.ionsweep.engine.profile;

/**
 * The accuracy contract of smooth profiles: {@code accuracy} is relative on T where T > 1e-30 and
 * absolute on log10 T elsewhere (where a relative error on a vanishing T means nothing).
 */
public final class Accuracy {
    private Accuracy() {}

    /** The default requested accuracy. */
    public static final double DEFAULT = 1e-6;
    /** Loosest accepted accuracy: above this the h^2, h^4 error expansion is not a sound estimate. */
    public static final double LOOSEST = 1e-1;
    /** Tightest accepted accuracy: the kernel's rounding (about 1e-13 per evaluation, amplified by extrapolation) sets the floor. */
    public static final double TIGHTEST = 1e-10;
    /** Below this T the accuracy is absolute on log10 T. */
    public static final double RELATIVE_FLOOR_T = 1e-30;
    private static final double RELATIVE_FLOOR_LOG10_T = Math.log10(RELATIVE_FLOOR_T);
    private static final double LN10 = Math.log(10.0);

    /** Validates a requested accuracy; {@code key} is the config key path for the message. */
    public static double require(String key, double accuracy) {
        if (!(accuracy >= TIGHTEST && accuracy <= LOOSEST)) {
            throw new IllegalArgumentException(key + " must be a number in [" + TIGHTEST + ", " + LOOSEST
                    + "], got " + accuracy);
        }
        return accuracy;
    }

    /**
     * The tolerated absolute error in log10 T at a value of log10 T: a relative error {@code accuracy}
     * on T is an error of accuracy / ln 10 in log10 T.
     */
    public static double toleranceLog10(double log10T, double accuracy) {
        return log10T > RELATIVE_FLOOR_LOG10_T ? accuracy / LN10 : accuracy;
    }

    /** An error in ln T expressed in log10 T. */
    static double lnToLog10(double lnError) {
        return lnError / LN10;
    }
}
