package io.ionsweep.engine.sweep;

/**
 * An axis over a range {@code from .. to} (from <= to), both ends included exactly.
 *
 * <p>Grid values: {@code steps} values, equally spaced ({@link Scale#LINEAR}) or with equal ratios
 * ({@link Scale#LOG}, both ends > 0). Sampling is uniform, or log-uniform for LOG, over [from, to].
 * A range built for sampling only has {@code steps == 0} and no grid values.
 *
 * @param name  column name with unit suffix
 * @param from  first value, finite
 * @param to    last value, finite, >= from
 * @param steps number of grid values: 1 when from == to, >= 2 otherwise; 0 = sampling only
 * @param scale spacing
 */
public record RangeAxis(String name, double from, double to, int steps, Scale scale) implements Axis {

    public RangeAxis {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("axis name must not be empty");
        }
        if (!Double.isFinite(from) || !Double.isFinite(to)) {
            throw new IllegalArgumentException(name + ": range ends must be finite, got " + from + " .. " + to);
        }
        if (from > to) {
            throw new IllegalArgumentException(name + ": range needs from <= to, got " + from + " .. " + to);
        }
        if (scale == null) {
            throw new IllegalArgumentException(name + ": scale is required");
        }
        if (scale == Scale.LOG && !(from > 0)) {
            throw new IllegalArgumentException(name + ": a log range needs from > 0 and to > 0, got " + from + " .. " + to);
        }
        if (steps < 0 || (steps == 1 && from != to) || (steps > 1 && from == to)) {
            throw new IllegalArgumentException(name + ": steps must be 1 when from == to and >= 2 otherwise"
                    + " (0 for sampling only), got " + steps);
        }
    }

    /** A range that is only sampled (no grid values). */
    public static RangeAxis continuous(String name, double from, double to, Scale scale) {
        return new RangeAxis(name, from, to, 0, scale);
    }

    @Override
    public int size() {
        if (steps == 0) {
            throw new IllegalStateException(name + ": a range without steps has no grid values (sampling only)");
        }
        return steps;
    }

    @Override
    public double value(int i) {
        int n = size();
        if (i < 0 || i >= n) {
            throw new IndexOutOfBoundsException(name + ": index " + i + " outside 0.." + (n - 1));
        }
        if (i == 0) {
            return from;
        }
        if (i == n - 1) {
            return to; // exact ends, free of rounding
        }
        return at((double) i / (n - 1));
    }

    @Override
    public boolean varies() {
        return from != to;
    }

    @Override
    public double sample(double u) {
        // Clamped so rounding in the log scale never leaves [from, to].
        return Math.min(to, Math.max(from, at(u)));
    }

    /** The value a fraction t in [0, 1] of the way from {@code from} to {@code to}. */
    private double at(double t) {
        if (scale == Scale.LOG) {
            return from * Math.exp(t * Math.log(to / from));
        }
        return from + t * (to - from);
    }

    @Override
    public double min() {
        return from;
    }

    @Override
    public double max() {
        return to;
    }
}
