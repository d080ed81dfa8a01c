package io.ionsweep.engine.sweep;

import java.util.Arrays;

/**
 * An axis over explicit values, in the given order (a scalar is a one-value list).
 *
 * @param name   column name with unit suffix
 * @param values finite values, at least one; copied in and out
 */
public record ListAxis(String name, double[] values) implements Axis {

    public ListAxis {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("axis name must not be empty");
        }
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException(name + ": a list axis needs at least one value");
        }
        values = values.clone();
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(name + ": values must be finite, got " + v);
            }
        }
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public double value(int i) {
        return values[i];
    }

    @Override
    public boolean varies() {
        return values.length > 1;
    }

    /** A list is sampled by drawing an index uniformly: every entry has probability 1/size. */
    @Override
    public double sample(double u) {
        return values[SampleIndex.of(u, values.length)];
    }

    @Override
    public double min() {
        return Arrays.stream(values).min().orElseThrow();
    }

    @Override
    public double max() {
        return Arrays.stream(values).max().orElseThrow();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ListAxis a && a.name.equals(name) && Arrays.equals(a.values, values);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return name + "=" + Arrays.toString(values);
    }
}
