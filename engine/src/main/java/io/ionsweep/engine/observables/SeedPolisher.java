package io.ionsweep.engine.observables;

import io.ionsweep.engine.kernel.ComplexIncidentAmplitude;
import io.ionsweep.engine.profile.Staircase;
import java.util.ArrayList;
import java.util.List;

/**
 * Zeros of the resonance determinant polished from the Dirichlet eigenvalues of the profile region
 * ({@link BoxSpectrum}): secant iterations on a backward-stable function (the global matching
 * determinant), with the zeros found so far nearby divided out so that two seeds cannot land on one
 * zero. The list may lack a few zeros (broad resonances between the strings of the others);
 * {@link PoleFinder} counts and completes it.
 */
final class SeedPolisher {
    /** Two polished zeros closer than this (relative) are one zero. */
    private static final double SAME_ZERO = 1e-10;
    /** The second secant point sits this fraction of the seed separation below the seed. */
    private static final double SEED_OFFSET = 1e-3;
    /** Pass one: a seed's iteration stays within this many seed separations (and so do its deflated zeros). */
    private static final double SEED_REACH = 4;
    /** Pass one: the second start, this many separations below the seed. */
    private static final double CLOSE_DEPTH = 0.3;
    /** Pass two: reach and starting depths (in seed separations) around the seeds left without a zero. */
    private static final double WIDE_REACH = 8;
    private static final double[] WIDE_DEPTHS = {1, 3, 6};

    private SeedPolisher() {}

    /**
     * Zeros polished from the Dirichlet eigenvalues in and a little beyond the window, distinct.
     * Pass one starts each seed's iteration where the previous seed's zero sat relative to its seed
     * (the offsets drift slowly along a string of resonances), then on the real axis at the seed and a
     * little below it, and keeps the first zero not found before. Pass two looks deeper and wider
     * around the seeds left without a zero, with every zero found so far divided out: broad resonances
     * that belong to no single well (they sit between the strings of the others) are found there.
     */
    static List<Pole> polish(Staircase profile, double massU, ComplexFunction det, double lo, double hi, double depth,
                             double topFraction) {
        double margin = 0.05 * (hi - lo);
        double e0 = Math.max(profile.leadLeftEv(), profile.leadRightEv());
        double seedLo = Math.max(e0, lo - margin);
        double[] seeds = new BoxSpectrum(profile, massU).eigenvalues(seedLo, hi + margin);
        List<Pole> found = new ArrayList<>(seeds.length);
        boolean[] matched = new boolean[seeds.length];
        double offsetRe = 0;
        double offsetIm = Double.NaN;
        for (int i = 0; i < seeds.length; i++) {
            double s = seeds[i];
            double sep = separation(seeds, i, hi - lo);
            double reach = SEED_REACH * sep;
            SecantSolver.Box box = new SecantSolver.Box(s - reach, s + reach, -depth, topFraction * depth);
            List<Pole> near = near(found, s, reach);
            double[][] starts = Double.isNaN(offsetIm)
                    ? new double[][] {{s, 0}, {s, -CLOSE_DEPTH * sep}}
                    : new double[][] {{s + offsetRe, offsetIm}, {s, 0}, {s, -CLOSE_DEPTH * sep}};
            for (double[] start : starts) {
                double[] z = SecantSolver.solve(det, start[0], start[1], start[0], start[1] - SEED_OFFSET * sep, box, near);
                if (z != null && z[1] <= 0 && isNew(found, z)) {
                    found.add(new Pole(z[0], -2 * z[1]));
                    matched[i] = true;
                    offsetRe = z[0] - s;
                    offsetIm = z[1];
                    break;
                }
            }
        }
        for (int i = 0; i < seeds.length; i++) {
            if (matched[i]) {
                continue;
            }
            double s = seeds[i];
            double sep = separation(seeds, i, hi - lo);
            double reach = WIDE_REACH * sep;
            SecantSolver.Box box = new SecantSolver.Box(s - reach, s + reach, -depth, topFraction * depth);
            List<Pole> near = near(found, s, 2 * reach);
            for (double d : WIDE_DEPTHS) {
                double y = -d * sep;
                double[] z = SecantSolver.solve(det, s, y, s, y - SEED_OFFSET * sep, box, near);
                if (z != null && z[1] <= 0 && isNew(found, z)) {
                    found.add(new Pole(z[0], -2 * z[1]));
                    break;
                }
            }
        }
        return found;
    }

    /** The distance from seed i to its nearer neighbour ({@code none} for a lone seed), at least a few ulps. */
    private static double separation(double[] seeds, int i, double none) {
        double left = i > 0 ? seeds[i] - seeds[i - 1] : Double.POSITIVE_INFINITY;
        double right = i + 1 < seeds.length ? seeds[i + 1] - seeds[i] : Double.POSITIVE_INFINITY;
        double sep = Math.min(Math.min(left, right), none);
        return Math.max(sep, 4 * Math.ulp(seeds[i]));
    }

    private static List<Pole> near(List<Pole> found, double at, double reach) {
        List<Pole> near = new ArrayList<>();
        for (Pole p : found) {
            if (Math.abs(p.energyEv() - at) < reach) {
                near.add(p);
            }
        }
        return near;
    }

    static boolean isNew(List<Pole> found, double[] z) {
        double tol = SAME_ZERO * ComplexIncidentAmplitude.modulus(z[0], z[1]);
        for (Pole p : found) {
            if (ComplexIncidentAmplitude.modulus(p.energyEv() - z[0], -0.5 * p.widthEv() - z[1]) <= tol) {
                return false;
            }
        }
        return true;
    }

}
