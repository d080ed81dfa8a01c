package io.ionsweep.engine.kernel;

import io.ionsweep.engine.profile.Staircase;
import java.util.SplittableRandom;

/** Seeded random filter-like profiles for property tests. */
final class RandomProfiles {
    private RandomProfiles() {}

    /** Barriers and wells of -0.1..0.3 eV, 0.05..2 A, leads within +-0.02 eV. */
    static Staircase next(SplittableRandom rnd, int maxLayers) {
        int n = 1 + rnd.nextInt(maxLayers);
        double[] v = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = rnd.nextDouble(-0.1, 0.3);
            w[i] = rnd.nextDouble(0.05, 2.0);
        }
        return Staircase.of(rnd.nextDouble(-0.02, 0.02), rnd.nextDouble(-0.02, 0.02), v, w);
    }

    /**
     * Up to {@code maxLayers} slices drawn from 1-4 distinct (potential, width) pairs, as multisite filters repeat
     * their barriers and wells (the vector kernel computes a repeated slice's coefficients once per block).
     */
    static Staircase repeating(SplittableRandom rnd, int maxLayers) {
        int pairs = 1 + rnd.nextInt(4);
        double[] pv = new double[pairs];
        double[] pw = new double[pairs];
        for (int k = 0; k < pairs; k++) {
            pv[k] = rnd.nextDouble(-0.1, 0.3);
            pw[k] = rnd.nextDouble(0.05, 2.0);
        }
        int n = 1 + rnd.nextInt(maxLayers);
        double[] v = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            int k = rnd.nextInt(pairs);
            v[i] = pv[k];
            w[i] = pw[k];
        }
        return Staircase.of(rnd.nextDouble(-0.02, 0.02), rnd.nextDouble(-0.02, 0.02), v, w);
    }

    static double[] energies(SplittableRandom rnd, int count, double maxEv) {
        double[] e = new double[count];
        for (int i = 0; i < count; i++) {
            e[i] = rnd.nextDouble(0.0, maxEv);
        }
        return e;
    }
}
