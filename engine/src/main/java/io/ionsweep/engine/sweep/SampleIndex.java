package io.ionsweep.engine.sweep;

/** Maps a uniform u in [0, 1) to an index drawn uniformly from 0..n-1. */
final class SampleIndex {
    private SampleIndex() {}

    static int of(double u, int n) {
        // min() guards u values that round up to 1 - ulp * n.
        return Math.min(n - 1, (int) Math.floor(u * n));
    }
}
