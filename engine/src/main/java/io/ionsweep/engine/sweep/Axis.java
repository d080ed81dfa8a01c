package io.ionsweep.engine.sweep;

/**
 * One numeric parameter of a sweep: a fixed value, a list, or a range.
 *
 * <p>A Cartesian sweep walks the {@link #size()} grid values; a sampled sweep draws from
 * {@link #sample(double)}: continuous over a range, an index drawn uniformly over a list.
 */
public sealed interface Axis permits ListAxis, RangeAxis {

    /** Column name with unit suffix, e.g. {@code bias_mV} or {@code layer0_width_A}. */
    String name();

    /** Number of grid values (Cartesian sweeps). */
    int size();

    /** The i-th grid value, 0 <= i < size(). */
    double value(int i);

    /** Whether this axis takes more than one value (a swept parameter). */
    boolean varies();

    /** A sampled value for u uniform in [0, 1). */
    double sample(double u);

    /** The smallest value the axis can take, grid or sampled. */
    double min();

    /** The largest value the axis can take, grid or sampled. */
    double max();

    /** A one-value axis. */
    static Axis fixed(String name, double value) {
        return new ListAxis(name, new double[] {value});
    }
}
