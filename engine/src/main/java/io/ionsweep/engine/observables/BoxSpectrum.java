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
    /** A zero pivot is taken as this small negative number (1/A), as bisection on tridiagonals does. */
    private static final double PIVOT_MIN = 0x1p-900;
    private static final StiffnessKernel STIFFNESS = KernelProvider.stiffness();

    private final Staircase profile;
    private final double factor;
    private final DistinctSlices pairs;
    private final double[] potentialEv;
    private final double[] widthA;
    /** Per distinct slice pair at the energy of the current count: {@link StiffnessKernel}'s rows. */
    private final double[] terms;

    BoxSpectrum(Staircase profile, double massU) {
        this.profile = profile;
        this.factor = PhysicalConstants.waveNumberFactor(massU);
        this.pairs = new DistinctSlices(profile);
        int m = pairs.count();
        potentialEv = new double[m];
        widthA = new double[m];
        for (int k = 0; k < m; k++) {
            potentialEv[k] = pairs.potentialEv(k);
            widthA[k] = pairs.widthA(k);
        }
        terms = new double[StiffnessKernel.ROWS * m];
    }

    /** The profile's distinct (potential, width) slice pairs, as the count groups them. */
    DistinctSlices pairs() {
        return pairs;
    }

    /** The number of Dirichlet eigenvalues of the profile region below {@code energyEv}. */
    int count(double energyEv) {
        // per distinct (potential, width) pair: its clamped count and its 2x2 dynamic stiffness
        int m = pairs.count();
        STIFFNESS.stiffness(potentialEv, widthA, m, factor, energyEv, terms);
        int clamped = StiffnessKernel.CLAMPED * m;
        int diagonals = StiffnessKernel.DIAGONAL * m;
        int couplings = StiffnessKernel.COUPLING * m;
        // negative pivots of the tridiagonal stiffness over the interior nodes (LDL^T, Sturm sequence)
        int n = profile.sliceCount();
        int k = pairs.pairOf(0);
        int count = (int) terms[clamped + k];
        double pivot = Double.POSITIVE_INFINITY;
        double coupling = 0;
        for (int j = 1; j < n; j++) {
            int next = pairs.pairOf(j);
            double diagonal = terms[diagonals + k] + terms[diagonals + next];
            pivot = diagonal - coupling * (coupling / pivot);
            if (Math.abs(pivot) < PIVOT_MIN) {
                pivot = -PIVOT_MIN;
            }
            if (pivot < 0) {
                count++;
            }
            count += (int) terms[clamped + next];
            coupling = terms[couplings + next];
            k = next;
        }
        return count;
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
        int nLo = count(lo);
        int nHi = count(hi);
        if (nHi <= nLo) {
            return new double[0];
        }
        // isolate: intervals (a, b] holding exactly one eigenvalue, in ascending order
        double[] a = new double[nHi - nLo];
        double[] b = new double[nHi - nLo];
        int[] filled = {0};
        isolate(lo, hi, nLo, nHi, a, b, filled);
        int m = filled[0];
        double[] values = new double[m];
        for (int i = 0; i < m; i++) {
            double own = b[i] - a[i];
            if (own == 0) {
                values[i] = a[i];
                continue;
            }
            // the separation scale: the narrowest of this interval and the ones touching it
            double left = i > 0 && b[i - 1] == a[i] ? b[i - 1] - a[i - 1] : Double.POSITIVE_INFINITY;
            double right = i + 1 < m && a[i + 1] == b[i] ? b[i + 1] - a[i + 1] : Double.POSITIVE_INFINITY;
            double sep = Math.min(own, Math.min(left, right));
            double target = Math.max(fraction * sep, relativeWidth * Math.abs(b[i]));
            // the intervals cover the counts nLo..nHi in order, so the one at i ends where the count is
            // nLo + i + 1 (isolation counted there already)
            values[i] = refine(a[i], b[i], nLo + i + 1, sep, target, right < left);
        }
        return values;
    }

    private void isolate(double a, double b, int na, int nb, double[] lo, double[] hi, int[] filled) {
        if (nb <= na) {
            return;
        }
        if (nb - na == 1) {
            lo[filled[0]] = a;
            hi[filled[0]] = b;
            filled[0]++;
            return;
        }
        double mid = a + 0.5 * (b - a);
        if (b - a <= MIN_ULPS * Math.ulp(Math.max(Math.abs(a), Math.abs(b))) || mid <= a || mid >= b) {
            // equal to double precision: report each at the midpoint
            for (int k = na; k < nb; k++) {
                lo[filled[0]] = mid;
                hi[filled[0]] = mid;
                filled[0]++;
            }
            return;
        }
        int nm = Math.min(Math.max(count(mid), na), nb);
        isolate(a, mid, na, nm, lo, hi, filled);
        isolate(mid, b, nm, nb, lo, hi, filled);
    }

    /**
     * Narrows (a, b], which holds the one eigenvalue that brings the count to {@code nb}, to {@code target}.
     * A multiplet member at the edge of its multiplet has a wide interval on its outer side but sits
     * next to its narrow neighbour, so the search first gallops out from that side in steps of the
     * separation, then bisects.
     */
    private double refine(double a, double b, int nb, double sep, double target, boolean fromRight) {
        double step = sep;
        while (b - a > 2 * step) {
            if (fromRight) {
                double x = b - step;
                if (count(x) < nb) {
                    a = x;
                    break;
                }
                b = x;
            } else {
                double x = a + step;
                if (count(x) >= nb) {
                    b = x;
                    break;
                }
                a = x;
            }
            step *= 2;
        }
        while (b - a > target) {
            double mid = a + 0.5 * (b - a);
            if (mid <= a || mid >= b) {
                break;
            }
            if (count(mid) >= nb) {
                b = mid;
            } else {
                a = mid;
            }
        }
        return 0.5 * (a + b);
    }
}
