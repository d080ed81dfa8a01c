package io.ionsweep.cli;

import io.ionsweep.engine.run.ThermalObservable;

/**
 * Which plotted values the undetermined part of {@code <T>} (or of the quantum current) could visibly move: a
 * value is marked where, with {@code <T>} 1 + bound times as large (the bound of {@link
 * ThermalObservable#undeterminedBoundOf}), it would move by more than {@link #FRACTION} of the plotted range.
 * A bound below {@link ThermalObservable#STATED_ACCURACY} leaves a value certified; one that cannot change the
 * picture is not marked either, so a figure marks exactly what it cannot vouch for at its own resolution.
 */
final class UndeterminedMarks {
    /** A move by more than this fraction of the colour bar (or axis) is visible. */
    static final double FRACTION = 0.01;

    private UndeterminedMarks() {}

    /**
     * The plotted value (log10 of it with {@code log}) if <T> were 1 + bound times as large; NaN where the value
     * is missing. A bound that overflowed (the largest double) moves the value out of any range.
     */
    static double shifted(String column, double value, double bound, boolean log) {
        if (!Double.isFinite(value) || Double.isNaN(bound)) {
            return Double.NaN;
        }
        if (!(bound < Double.MAX_VALUE)) {
            return Double.POSITIVE_INFINITY; // the bound's way of saying its ratio overflowed
        }
        double grown = column.equals(ThermalObservable.LOG10_MEAN) ? value + Math.log10(1 + bound)
                : value * (1 + bound);
        return log ? (grown > 0 ? Math.log10(grown) : Double.NaN) : grown;
    }

    /**
     * marks[i]: row i's value, plotted as {@code plotted[i]} on the range [lo, hi], could move by more than
     * {@link #FRACTION} of that range; all false when {@code bounds} is null (a column that does not depend on
     * <T>, or a dataset written before the bounds).
     */
    static boolean[] of(String column, double[] values, double[] plotted, double[] bounds, boolean log, double lo,
                        double hi) {
        boolean[] marks = new boolean[values.length];
        if (bounds == null) {
            return marks;
        }
        double visible = FRACTION * (hi - lo);
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(plotted[i]) || !(bounds[i] > ThermalObservable.STATED_ACCURACY)) {
                continue;
            }
            double moved = shifted(column, values[i], bounds[i], log);
            // a value the bound pushes to 0 or below (log) or out of the doubles is marked too
            marks[i] = !(Math.abs(moved - plotted[i]) <= visible);
        }
        return marks;
    }

    /** The note on stderr: {@code n} crossed {@code things} (e.g. "cell(s)"), their bound column, and the scale. */
    static String note(int n, String things, String boundColumn, String scale) {
        return String.format(java.util.Locale.ROOT, "ionsweep: note: %d %s crossed: the part that double precision does "
                + "not determine (%s) could move them by more than %.0f %% of the %s (README \"Where <T> itself is not "
                + "determined\")", n, things, boundColumn, 100 * FRACTION, scale);
    }

    /** How many are marked. */
    static int count(boolean[] marks) {
        int n = 0;
        for (boolean m : marks) {
            n += m ? 1 : 0;
        }
        return n;
    }
}
