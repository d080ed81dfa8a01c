package io.ionsweep.engine.kernel;

import io.ionsweep.engine.profile.Staircase;

/**
 * The distinct (potential, width) pairs of a staircase and which one each slice is. Per-slice work that
 * depends only on the pair and the energy (square roots, exponentials, sines) is done once per pair:
 * a multisite filter has 9 slices but 2 pairs (barrier and well), so 2 sets of transcendentals.
 */
public final class DistinctSlices {
    private final int[] pairOf;
    private final double[] potentialEv;
    private final double[] widthA;
    private final int count;

    public DistinctSlices(Staircase profile) {
        int n = profile.sliceCount();
        pairOf = new int[n];
        double[] v = new double[n];
        double[] w = new double[n];
        int m = 0;
        for (int j = 0; j < n; j++) {
            double pj = profile.potentialEv(j);
            double wj = profile.widthA(j);
            int found = -1;
            for (int k = 0; k < m && found < 0; k++) {
                if (v[k] == pj && w[k] == wj) {
                    found = k;
                }
            }
            if (found < 0) {
                v[m] = pj;
                w[m] = wj;
                found = m++;
            }
            pairOf[j] = found;
        }
        potentialEv = java.util.Arrays.copyOf(v, m);
        widthA = java.util.Arrays.copyOf(w, m);
        count = m;
    }

    /** Number of distinct pairs. */
    public int count() {
        return count;
    }

    /** The pair of every slice, in slice order (a copy). */
    public int[] pairOfSlices() {
        return pairOf.clone();
    }

    /** The pair of slice j. */
    public int pairOf(int slice) {
        return pairOf[slice];
    }

    public double potentialEv(int pair) {
        return potentialEv[pair];
    }

    public double widthA(int pair) {
        return widthA[pair];
    }

    /** The pairs' potentials in pair order (the array itself: not to be written). */
    double[] potentials() {
        return potentialEv;
    }

    /** The pairs' widths in pair order (the array itself: not to be written). */
    double[] widths() {
        return widthA;
    }
}
