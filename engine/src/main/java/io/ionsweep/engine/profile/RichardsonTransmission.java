package io.ionsweep.engine.profile;

import io.ionsweep.engine.kernel.TransmissionKernel;
import java.util.function.IntFunction;

/**
 * Transmission through a smooth profile to a requested accuracy, by Richardson extrapolation over
 * midpoint staircases.
 *
 * <p>Why this works: a midpoint staircase is a symmetric one-step scheme for the Schrodinger equation
 * (constant potential at the slice's midpoint, solved exactly across the slice), so on a piecewise-smooth
 * profile with its kinks on slice boundaries its error has an expansion in even powers of the step,
 * L(h) = L + c2 h^2 + c4 h^4 + ..., for L = log10 T, which is smooth in h where T > 0. With staircases
 * at N, 2N and 4N slices, R1 = (4 L(2N) - L(N)) / 3 removes h^2 and R2 = (16 R1(2N) - R1(N)) / 15
 * removes h^4. The result is R2; the estimate of its error is |R2 - R1(2N)|, the error of the
 * fourth-order value it improves on, which bounds the sixth-order error of R2 from above once N is in
 * the asymptotic range. A guard against an accidental small difference: the estimate is never less
 * than the previous level's (unguarded) difference divided by 16, the h^4 rate it should shrink at.
 *
 * <p>N doubles until every energy of the batch meets its tolerance (see {@link Accuracy}); each
 * doubling costs one new staircase, evaluated by the kernel unchanged.
 */
public final class RichardsonTransmission {
    private RichardsonTransmission() {}

    /** Never more slices than this in one staircase (the result then reports the estimate it reached). */
    public static final long MAX_SLICES = 1L << 20;
    /** The first level at which a result may be accepted: levels 0..3, so the guard has a previous estimate. */
    static final int MIN_FINEST_LEVEL = 3;
    /** The h^4 error rate of one Richardson step, for the guard on the estimate. */
    private static final double FOURTH_ORDER_RATIO = 16.0;

    /**
     * What one evaluation did.
     *
     * @param errorEstimateLog10 worst estimated error of log10 T over the batch (including {@code fixedErrorLog10})
     * @param finestSlices       slices in the finest staircase evaluated
     * @param finestLevel        its level
     * @param converged          whether every energy met the accuracy
     */
    public record Result(double errorEstimateLog10, long finestSlices, int finestLevel, boolean converged) {}

    /**
     * Fills {@code log10T[0..count)} and reports the error estimate.
     *
     * @param levels          the staircase at each level; level l + 1 has twice the slices of level l
     * @param slicesAtLevel   slice count at each level, to stop at {@link #MAX_SLICES}
     * @param accuracy        the requested accuracy (see {@link Accuracy})
     * @param fixedErrorLog10 a bound on errors the staircases cannot see (dropped tails), in log10 T,
     *                        added to every estimate
     */
    public static Result log10Transmission(TransmissionKernel kernel, double massU, IntFunction<Staircase> levels,
                                           java.util.function.IntToLongFunction slicesAtLevel, double accuracy,
                                           double fixedErrorLog10, double[] energyEv, double[] log10T, int count) {
        int maxLevel = MIN_FINEST_LEVEL;
        while (slicesAtLevel.applyAsLong(maxLevel + 1) <= MAX_SLICES) {
            maxLevel++;
        }
        double[] a = evaluate(kernel, massU, levels.apply(0), energyEv, count);
        double[] b = evaluate(kernel, massU, levels.apply(1), energyEv, count);
        double[] c = evaluate(kernel, massU, levels.apply(2), energyEv, count);
        double[] previousEstimate = new double[count];
        double[] estimate = new double[count];
        int finest = 2;
        while (true) {
            double worstRatio = 0;
            double worstEstimate = 0;
            for (int i = 0; i < count; i++) {
                if (a[i] == Double.NEGATIVE_INFINITY || b[i] == Double.NEGATIVE_INFINITY
                        || c[i] == Double.NEGATIVE_INFINITY) {
                    // A closed lead: T = 0 at every level, nothing to extrapolate.
                    log10T[i] = Double.NEGATIVE_INFINITY;
                    estimate[i] = 0;
                    continue;
                }
                double r1Coarse = (4.0 * b[i] - a[i]) / 3.0;
                double r1Fine = (4.0 * c[i] - b[i]) / 3.0;
                double r2 = (16.0 * r1Fine - r1Coarse) / 15.0;
                estimate[i] = Math.abs(r2 - r1Fine);
                double total = Math.max(estimate[i], previousEstimate[i] / FOURTH_ORDER_RATIO) + fixedErrorLog10;
                // T <= 1 by flux conservation: cutting an extrapolation that overshoots only reduces its error.
                log10T[i] = Math.min(r2, 0.0);
                worstEstimate = Math.max(worstEstimate, total);
                worstRatio = Math.max(worstRatio, total / Accuracy.toleranceLog10(r2, accuracy));
            }
            boolean converged = worstRatio <= 1.0;
            // Accept only with a previous estimate to guard this one (see the class comment).
            if ((converged && finest >= MIN_FINEST_LEVEL) || finest >= maxLevel) {
                return new Result(worstEstimate, slicesAtLevel.applyAsLong(finest), finest, converged);
            }
            finest++;
            a = b;
            b = c;
            c = evaluate(kernel, massU, levels.apply(finest), energyEv, count);
            double[] swap = previousEstimate;
            previousEstimate = estimate;
            estimate = swap;
        }
    }

    private static double[] evaluate(TransmissionKernel kernel, double massU, Staircase staircase, double[] energyEv,
                                     int count) {
        double[] out = new double[count];
        kernel.log10Transmission(staircase, massU, energyEv, out, count);
        return out;
    }
}
