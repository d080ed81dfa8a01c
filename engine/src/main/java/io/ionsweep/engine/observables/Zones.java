package io.ionsweep.engine.observables;

/** Queries on sorted, disjoint intervals of energy stored flat as {lo0, hi0, lo1, hi1, ...}. */
final class Zones {
    private Zones() {}

    /** Whether [a, b] meets one of the zones. */
    static boolean overlaps(double[] zones, double a, double b) {
        int z = firstEndingAbove(zones, a);
        return z < zones.length && zones[z] < b;
    }

    /** Whether e lies inside one of the zones. */
    static boolean inside(double[] zones, double e) {
        int z = firstEndingAbove(zones, e);
        return z < zones.length && zones[z] < e;
    }

    /** The index (even) of the first zone whose upper end exceeds x, or zones.length. */
    private static int firstEndingAbove(double[] zones, double x) {
        int lo = 0;
        int hi = zones.length / 2;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (zones[2 * mid + 1] > x) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return 2 * lo;
    }
}
