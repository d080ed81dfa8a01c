package io.ionsweep.engine.kernel;

/**
 * Textbook closed forms, written independently of the kernels, in logarithms so that they stay
 * finite for opaque barriers.
 */
final class ClosedForms {
    private ClosedForms() {}

    /** ln sinh(x) for x > 0 without overflow. */
    static double logSinh(double x) {
        return x - Math.log(2) + Math.log1p(-Math.exp(-2 * x));
    }

    /**
     * ln T of one rectangular barrier of height v0 and width d between leads at 0, for 0 < E < v0:
     * T = 1 / (1 + v0^2 sinh^2(kappa d) / (4 E (v0 - E))).
     */
    static double lnRectangularBelow(double factor, double v0, double d, double e) {
        double kappa = Math.sqrt(factor * (v0 - e));
        double lnA = 2 * Math.log(v0) + 2 * logSinh(kappa * d) - Math.log(4 * e * (v0 - e));
        // ln(1 + A) = lnA + log1p(exp(-lnA))
        return -(lnA + Math.log1p(Math.exp(-lnA)));
    }

    /** T of one rectangular barrier for E > v0: T = 1 / (1 + v0^2 sin^2(k d) / (4 E (E - v0))). */
    static double rectangularAbove(double factor, double v0, double d, double e) {
        double k = Math.sqrt(factor * (e - v0));
        double s = Math.sin(k * d);
        return 1 / (1 + v0 * v0 * s * s / (4 * e * (e - v0)));
    }

    /** T of a potential step from 0 to v (v < E): 4 k1 k2 / (k1 + k2)^2. */
    static double step(double factor, double v, double e) {
        double k1 = Math.sqrt(factor * e);
        double k2 = Math.sqrt(factor * (e - v));
        return 4 * k1 * k2 / ((k1 + k2) * (k1 + k2));
    }
}
