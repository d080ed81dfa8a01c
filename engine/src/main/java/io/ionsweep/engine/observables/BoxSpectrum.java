package io.ionsweep.engine.observables;

import io.ionsweep.engine.kernel.DistinctSlices;
import io.ionsweep.engine.kernel.KernelProvider;
import io.ionsweep.engine.kernel.StiffnessKernel;
import io.ionsweep.engine.physics.PhysicalConstants;
import io.ionsweep.engine.profile.Staircase;

/**
 * The Dirichlet spectrum of the profile region: the eigenvalues of the profile between hard walls at
 * its two ends (the leads cut off). They are the seeds of the pole search: every narrow resonance lies
 * within about its width of one of them, and the broad ones above the barriers lie near them too.
 *
 * <p>Method: the Wittrick-Williams count. With the values of psi at the slice boundaries as unknowns,
 * each slice contributes a 2x2 dynamic stiffness (k cot kd and -k / sin kd in an allowed slice, q coth qd
 * and -q / sinh qd in a forbidden one) to a symmetric tridiagonal matrix over the interior boundaries;
 * the number of eigenvalues below E is that matrix's number of negative pivots plus, for each allowed
 * slice, the eigenvalues of the slice alone below E (floor(kd / pi)). The pivots of a tridiagonal are
 * backward stable with relative accuracy in its tiny couplings (q / sinh qd across an opaque barrier),
 * so the count resolves the multiplets of a four-well filter down to about the rounding of the
 * diagonal: shooting one real solution across the filter (the earlier method) loses the component that
 * decays across each opaque barrier and put seeds ~2e-10 off splittings of 3.8e-12. Eigenvalues are
 * isolated by bisection on the count, then narrowed (still on the count) to a fraction of their
 * separation: enough for a seed. The slice terms come from the {@link StiffnessKernel}, all pairs at once.
 */
final class BoxSpectrum {
    /** Refine each eigenvalue to this fraction of its separation from its neighbours... */
    private static final double SEED_FRACTION = 1.0 / 16;
    /** ...but no further than this relative width. */
    private static final double RELATIVE_WIDTH = 1e-14;
    /** Intervals narrower than this many ulps hold eigenvalues equal to double precision. */
    private static final double MIN_ULPS = 4;
    private static final StiffnessKernel STIFFNESS = KernelProvider.stiffness();

    private final double factor;
    private final DistinctSlices pairs;
    private final int[] pairOf;
    private final int sliceCount;
    private final double[] potentialEv;
    private final double[] widthA;
    /** The kernel's working space for a batch of counts. */
    private final double[] scratch;
    private final double[] oneEnergy = new double[1];
    private final int[] oneCount = new int[1];

    BoxSpectrum(Staircase profile, double massU) {
        this.factor = PhysicalConstants.waveNumberFactor(massU);
        this.pairs = new DistinctSlices(profile);
        this.pairOf = pairs.pairOfSlices();
        this.sliceCount = profile.sliceCount();
        int m = pairs.count();
        potentialEv = new double[m];
        widthA = new double[m];
        for (int k = 0; k < m; k++) {
            potentialEv[k] = pairs.potentialEv(k);
            widthA[k] = pairs.widthA(k);
        }
        scratch = new double[STIFFNESS.countScratch(m)];
    }

    /** The profile's distinct (potential, width) slice pairs, as the count groups them. */
    DistinctSlices pairs() {
        return pairs;
    }

    /** The number of Dirichlet eigenvalues of the profile region below {@code energyEv}. */
    int count(double energyEv) {
        oneEnergy[0] = energyEv;
        counts(oneEnergy, 1, oneCount);
        return oneCount[0];
    }

    /** The counts at energyEv[0..n) into out. */
    private void counts(double[] energyEv, int n, int[] out) {
        STIFFNESS.counts(potentialEv, widthA, potentialEv.length, pairOf, sliceCount, factor, energyEv, n, out,
                scratch);
    }

    /**
     * The eigenvalues in (lo, hi], ascending, each to within {@link #SEED_FRACTION} of its separation from
     * its neighbours (or {@link #RELATIVE_WIDTH}); eigenvalues equal to double precision are repeated.
     */
    double[] eigenvalues(double lo, double hi) {
        return eigenvalues(lo, hi, SEED_FRACTION, RELATIVE_WIDTH);
    }

    /** The eigenvalues in (lo, hi], ascending, each bisected on the count down to an ulp or two. */
    double[] eigenvaluesToUlp(double lo, double hi) {
        return eigenvalues(lo, hi, 0, 0x1p-52);
    }

    private double[] eigenvalues(double lo, double hi, double fraction, double relativeWidth) {
        double[] ends = {lo, hi};
        int[] n = new int[2];
        counts(ends, 2, n);
        int nLo = n[0];
        int nHi = n[1];
        if (nHi <= nLo) {
            return new double[0];
        }
        Intervals iv = isolate(lo, hi, nLo, nHi);
        int m = iv.size;
        double[] a = iv.a;
        double[] b = iv.b;
        Refinement r = new Refinement(m);
        for (int i = 0; i < m; i++) {
            double own = b[i] - a[i];
            if (own == 0) {
                r.done(i, a[i]);
                continue;
            }
            // the separation scale: the narrowest of this interval and the ones touching it
            double left = i > 0 && b[i - 1] == a[i] ? b[i - 1] - a[i - 1] : Double.POSITIVE_INFINITY;
            double right = i + 1 < m && a[i + 1] == b[i] ? b[i + 1] - a[i + 1] : Double.POSITIVE_INFINITY;
            double sep = Math.min(own, Math.min(left, right));
            double target = Math.max(fraction * sep, relativeWidth * Math.abs(b[i]));
            // the intervals cover the counts nLo..nHi in order, so the one at i ends where the count is
            // nLo + i + 1 (isolation counted there already)
            r.start(i, a[i], b[i], nLo + i + 1, sep, target, right < left);
        }
        return r.run();
    }

    /** Intervals (a, b] in ascending order with the counts at their ends. */
    private static final class Intervals {
        final double[] a;
        final double[] b;
        final int[] na;
        final int[] nb;
        int size;

        Intervals(int capacity) {
            a = new double[capacity];
            b = new double[capacity];
            na = new int[capacity];
            nb = new int[capacity];
        }

        void add(double lo, double hi, int countLo, int countHi) {
            a[size] = lo;
            b[size] = hi;
            na[size] = countLo;
            nb[size] = countHi;
            size++;
        }
    }

    /**
     * Intervals (a, b] holding exactly one eigenvalue each, in ascending order, bisected on the count
     * breadth first so that each round's midpoints are counted in one batch (the same intervals as bisecting
     * depth first: each midpoint depends only on its interval). Eigenvalues equal to double precision are
     * reported as repeated intervals of zero width at the midpoint.
     */
    private Intervals isolate(double lo, double hi, int nLo, int nHi) {
        int capacity = nHi - nLo;
        Intervals cur = new Intervals(capacity);
        cur.add(lo, hi, nLo, nHi);
        // each round fills the other of two buffers
        Intervals next = new Intervals(capacity);
        double[] mids = new double[capacity];
        int[] counts = new int[capacity];
        while (true) {
            int pending = 0;
            next.size = 0;
            // the intervals that need a count keep their place in cur; the others are settled here
            for (int i = 0; i < cur.size; i++) {
                int many = cur.nb[i] - cur.na[i];
                if (many <= 1) {
                    continue;
                }
                double a = cur.a[i];
                double b = cur.b[i];
                double mid = a + 0.5 * (b - a);
                if (b - a <= MIN_ULPS * Math.ulp(Math.max(Math.abs(a), Math.abs(b))) || mid <= a || mid >= b) {
                    // equal to double precision: each at the midpoint (marked settled, many < 0)
                    cur.nb[i] = cur.na[i] - many;
                    cur.a[i] = mid;
                    cur.b[i] = mid;
                    continue;
                }
                mids[pending++] = mid;
            }
            if (pending == 0) {
                return flatten(cur, capacity);
            }
            counts(mids, pending, counts);
            int k = 0;
            for (int i = 0; i < cur.size; i++) {
                int na = cur.na[i];
                int nb = cur.nb[i];
                if (nb - na <= 1) {
                    next.add(cur.a[i], cur.b[i], na, nb);
                    continue;
                }
                double mid = mids[k];
                int nm = Math.min(Math.max(counts[k], na), nb);
                k++;
                if (nm > na) {
                    next.add(cur.a[i], mid, na, nm);
                }
                if (nb > nm) {
                    next.add(mid, cur.b[i], nm, nb);
                }
            }
            Intervals filled = next;
            next = cur;
            cur = filled;
        }
    }

    /** The settled intervals with the repeated ones (count difference stored negated) written out. */
    private static Intervals flatten(Intervals settled, int capacity) {
        Intervals out = new Intervals(capacity);
        for (int i = 0; i < settled.size; i++) {
            int many = settled.nb[i] - settled.na[i];
            for (int r = 0; r < Math.max(1, -many); r++) {
                out.add(settled.a[i], settled.b[i], 0, 0);
            }
        }
        return out;
    }

    /**
     * Narrows each interval (a, b], which holds the one eigenvalue that brings the count to nb, to its target
     * width, all intervals in step so that each round's counts are one batch. A multiplet member at the edge
     * of its multiplet has a wide interval on its outer side but sits next to its narrow neighbour, so the
     * search first gallops out from that side in steps of the separation, then bisects.
     */
    private final class Refinement {
        private static final int GALLOP = 0;
        private static final int BISECT = 1;
        private static final int DONE = 2;
        private final double[] a;
        private final double[] b;
        private final int[] nb;
        private final double[] step;
        private final double[] target;
        private final boolean[] fromRight;
        private final int[] phase;
        private final double[] value;
        private final double[] probe;
        private final int[] owner;
        private final int[] counts;

        Refinement(int m) {
            a = new double[m];
            b = new double[m];
            nb = new int[m];
            step = new double[m];
            target = new double[m];
            fromRight = new boolean[m];
            phase = new int[m];
            value = new double[m];
            probe = new double[m];
            owner = new int[m];
            counts = new int[m];
        }

        void done(int i, double v) {
            phase[i] = DONE;
            value[i] = v;
        }

        void start(int i, double lo, double hi, int countHi, double sep, double goal, boolean right) {
            a[i] = lo;
            b[i] = hi;
            nb[i] = countHi;
            step[i] = sep;
            target[i] = goal;
            fromRight[i] = right;
            phase[i] = GALLOP;
        }

        double[] run() {
            while (true) {
                int n = 0;
                for (int i = 0; i < a.length; i++) {
                    double x = next(i);
                    if (phase[i] != DONE) {
                        probe[n] = x;
                        owner[n++] = i;
                    }
                }
                if (n == 0) {
                    return value;
                }
                counts(probe, n, counts);
                for (int j = 0; j < n; j++) {
                    apply(owner[j], probe[j], counts[j]);
                }
            }
        }

        /** The energy interval i counts next (advancing its phase past steps that need no count); NaN when done. */
        private double next(int i) {
            if (phase[i] == GALLOP) {
                if (b[i] - a[i] > 2 * step[i]) {
                    return fromRight[i] ? b[i] - step[i] : a[i] + step[i];
                }
                phase[i] = BISECT;
            }
            if (phase[i] == BISECT) {
                double mid = a[i] + 0.5 * (b[i] - a[i]);
                if (b[i] - a[i] > target[i] && mid > a[i] && mid < b[i]) {
                    return mid;
                }
                done(i, 0.5 * (a[i] + b[i]));
            }
            return Double.NaN;
        }

        private void apply(int i, double x, int count) {
            if (phase[i] == GALLOP) {
                if (fromRight[i]) {
                    if (count < nb[i]) {
                        a[i] = x;
                        phase[i] = BISECT;
                    } else {
                        b[i] = x;
                    }
                } else {
                    if (count >= nb[i]) {
                        b[i] = x;
                        phase[i] = BISECT;
                    } else {
                        a[i] = x;
                    }
                }
                step[i] *= 2;
            } else if (count >= nb[i]) {
                b[i] = x;
            } else {
                a[i] = x;
            }
        }
    }
}
