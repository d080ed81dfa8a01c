package io.ionsweep.engine.observables;

import io.ionsweep.engine.kernel.DistinctSlices;
import io.ionsweep.engine.kernel.FastMath;
import io.ionsweep.engine.physics.PhysicalConstants;
import io.ionsweep.engine.profile.Staircase;

/**
 * The Dirichlet spectrum of the profile region: the eigenvalues of the profile between hard walls at
 * its two ends (the leads cut off). They are the seeds of the pole search: every narrow resonance lies
 * within about its width of one of them, and the broad ones above the barriers lie near them too.
 *
 * <p>Method: Sturm's oscillation theorem. The real solution with psi(0) = 0 has as many zeros inside the
 * region as there are eigenvalues below E, so {@link #count} is an exact integer from one real sweep,
 * however close together the eigenvalues are (the quartets of a 4-well filter). In an allowed slice
 * psi = R sin(kx + phi) has floor(kd/pi) zeros per full half-period plus one more in the remainder
 * when the signs at the two ends say so; a forbidden slice has at most one, where psi changes sign.
 * The state is renormalised by exact powers of two and the growth e^{qd} of forbidden slices is
 * dropped (a positive factor does not move a zero). Eigenvalues are isolated by bisection on the
 * count, then narrowed (still on the count) to a fraction of their separation: enough for a seed.
 */
final class BoxSpectrum {
    /** Refine each eigenvalue to this fraction of its separation from its neighbours... */
    private static final double SEED_FRACTION = 1.0 / 16;
    /** ...but no further than this relative width. */
    private static final double RELATIVE_WIDTH = 1e-14;
    /** Intervals narrower than this many ulps hold eigenvalues equal to double precision. */
    private static final double MIN_ULPS = 4;
    /** The state is rescaled when its binary exponent leaves +-this. */
    private static final int RESCALE_EXPONENT = 200;

    private final Staircase profile;
    private final double factor;
    private final DistinctSlices pairs;
    /** Per distinct slice pair at the energy of the current count. */
    private final double[] pLambda;
    private final double[] pC;
    private final double[] pS;
    private final double[] pHalfPeriods;
    private final boolean[] pAllowed;

    BoxSpectrum(Staircase profile, double massU) {
        this.profile = profile;
        this.factor = PhysicalConstants.waveNumberFactor(massU);
        this.pairs = new DistinctSlices(profile);
        int m = pairs.count();
        pLambda = new double[m];
        pC = new double[m];
        pS = new double[m];
        pHalfPeriods = new double[m];
        pAllowed = new boolean[m];
    }

    /** The number of Dirichlet eigenvalues of the profile region below {@code energyEv}. */
    int count(double energyEv) {
        // cosine, sine and half-period count once per distinct (potential, width) pair of slices
        for (int k = 0; k < pairs.count(); k++) {
            double d = pairs.widthA(k);
            double lambda = factor * (pairs.potentialEv(k) - energyEv);
            pLambda[k] = lambda;
            pAllowed[k] = lambda < 0;
            if (lambda < 0) {
                double q = Math.sqrt(-lambda);
                double kd = q * d;
                pC[k] = Math.cos(kd);
                pS[k] = Math.sin(kd) / q;
                pHalfPeriods[k] = Math.floor(kd / Math.PI);
            } else {
                // cosh and sinh/q with e^{qd} taken out: (1 + e)/2 and (1 - e)/(2q), e = e^{-2qd}
                double q = Math.sqrt(lambda);
                double em1 = FastMath.expm1(-2 * q * d);
                pC[k] = 1 + 0.5 * em1;
                pS[k] = q > 0 ? -em1 / (2 * q) : d;
                pHalfPeriods[k] = 0;
            }
        }
        double p = 0;
        double dp = 1;
        int zeros = 0;
        int n = profile.sliceCount();
        for (int j = 0; j < n; j++) {
            int k = pairs.pairOf(j);
            double lambda = pLambda[k];
            double c = pC[k];
            double s = pS[k];
            boolean allowed = pAllowed[k];
            double halfPeriods = pHalfPeriods[k];
            double np = c * p + s * dp;
            double ndp = lambda * s * p + c * dp;
            boolean signChange = (p < 0 && np >= 0) || (p > 0 && np <= 0);
            if (allowed) {
                // full half-periods hold one zero each; the remainder one more where the parity needs it
                int z = (int) halfPeriods;
                if (p != 0 && ((z & 1) == 1) != signChange) {
                    z++;
                }
                zeros += z;
            } else if (p != 0 && signChange) {
                zeros++;
            }
            // exact powers of two, and only when far from 1: neither moves a sign change
            int e = Math.max(Math.getExponent(Math.max(Math.abs(np), Math.abs(ndp))), Double.MIN_EXPONENT);
            if (e > RESCALE_EXPONENT || e < -RESCALE_EXPONENT) {
                double scale = FastMath.powerOfTwo(-e);
                np *= scale;
                ndp *= scale;
            }
            p = np;
            dp = ndp;
        }
        return p == 0 && zeros > 0 ? zeros - 1 : zeros;
    }

    /**
     * The eigenvalues in (lo, hi], ascending, each to within {@link #SEED_FRACTION} of its separation from
     * its neighbours (or {@link #RELATIVE_WIDTH}); eigenvalues equal to double precision are repeated.
     */
    double[] eigenvalues(double lo, double hi) {
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
            double target = Math.max(SEED_FRACTION * sep, RELATIVE_WIDTH * Math.abs(b[i]));
            values[i] = refine(a[i], b[i], count(b[i]), sep, target, right < left);
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
