package io.ionsweep.engine.profile;

import java.util.Arrays;

/**
 * A tabulated potential as a piecewise cubic Hermite (or linear) function: on interval k,
 * [x_k, x_k+1], a polynomial fixed by the values and slopes at its ends. The caller has validated the
 * table (at least two points, x strictly increasing, all finite).
 */
final class TableInterpolant {
    /** PCHIP end slopes are limited to this multiple of the end secant, so they do not overshoot. */
    private static final double END_SLOPE_LIMIT = 3.0;

    private final double[] xA;
    private final double[] vEv;
    private final double[] slope;

    TableInterpolant(double[] xA, double[] vEv, Interpolation interpolation) {
        this.xA = xA.clone();
        this.vEv = vEv.clone();
        this.slope = interpolation == Interpolation.PCHIP ? pchipSlopes(this.xA, this.vEv) : null;
    }

    int intervals() {
        return xA.length - 1;
    }

    /** The value at x on interval k (x is expected in [x_k, x_k+1]). */
    double valueEv(int k, double x) {
        double h = xA[k + 1] - xA[k];
        double t = (x - xA[k]) / h;
        if (slope == null) {
            return vEv[k] + t * (vEv[k + 1] - vEv[k]);
        }
        double u = 1.0 - t;
        return vEv[k] * (1.0 + 2.0 * t) * u * u + slope[k] * h * t * u * u
                + vEv[k + 1] * t * t * (3.0 - 2.0 * t) - slope[k + 1] * h * t * t * u;
    }

    /** The value at any x in [x_0, x_n]; outside, the end value. */
    double valueEv(double x) {
        if (x <= xA[0]) {
            return vEv[0];
        }
        if (x >= xA[xA.length - 1]) {
            return vEv[vEv.length - 1];
        }
        int i = Arrays.binarySearch(xA, x);
        int k = i >= 0 ? Math.min(i, xA.length - 2) : -i - 2;
        return valueEv(k, x);
    }

    /** PCHIP slopes: zero at local extrema, weighted harmonic means of the secants elsewhere. */
    static double[] pchipSlopes(double[] x, double[] v) {
        int n = x.length;
        double[] h = new double[n - 1];
        double[] delta = new double[n - 1];
        for (int k = 0; k < n - 1; k++) {
            h[k] = x[k + 1] - x[k];
            delta[k] = (v[k + 1] - v[k]) / h[k];
        }
        double[] d = new double[n];
        if (n == 2) {
            d[0] = delta[0];
            d[1] = delta[0];
            return d;
        }
        for (int k = 1; k < n - 1; k++) {
            if (delta[k - 1] * delta[k] <= 0) {
                d[k] = 0.0;
            } else {
                double w1 = 2.0 * h[k] + h[k - 1];
                double w2 = h[k] + 2.0 * h[k - 1];
                d[k] = (w1 + w2) / (w1 / delta[k - 1] + w2 / delta[k]);
            }
        }
        d[0] = endSlope(h[0], h[1], delta[0], delta[1]);
        d[n - 1] = endSlope(h[n - 2], h[n - 3], delta[n - 2], delta[n - 3]);
        return d;
    }

    /** The one-sided three-point slope at an end, made shape-preserving. */
    private static double endSlope(double h0, double h1, double delta0, double delta1) {
        double d = ((2.0 * h0 + h1) * delta0 - h0 * delta1) / (h0 + h1);
        if (Math.signum(d) != Math.signum(delta0)) {
            return 0.0;
        }
        if (Math.signum(delta0) != Math.signum(delta1) && Math.abs(d) > END_SLOPE_LIMIT * Math.abs(delta0)) {
            return END_SLOPE_LIMIT * delta0;
        }
        return d;
    }
}
