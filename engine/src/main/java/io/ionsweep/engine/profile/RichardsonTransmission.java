package io.ionsweep.engine.profile;

import io.ionsweep.engine.kernel.TransmissionKernel;
import io.ionsweep.engine.physics.PhysicalConstants;
import java.util.function.IntToLongFunction;

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
 * the asymptotic range.
 *
 * <p>N doubles until the whole batch meets its tolerance (see {@link Accuracy}); each doubling costs one
 * new staircase, evaluated by the kernel unchanged. Three guards keep the estimate honest before the
 * asymptotic range, where three levels can agree by accident: no level below 3 is accepted; the estimate
 * is never less than the previous level's difference divided by 16, the h^4 rate it should shrink at;
 * and the step must resolve the wave: k h <= {@link #MAX_PHASE} across the barrier. Deciding per batch
 * rather than per energy is itself a guard (an accidental agreement at one energy does not stop it).
 * Measured over 60 Eckart barriers (K+, Li+, Na+, Cs+; 0.05-0.15 eV; 0.2-1 A) with 3001 energies each,
 * the worst error was 0.15 of the tolerance; evaluated one energy at a time (no help from the batch),
 * 0.78.
 */
public final class RichardsonTransmission {
    private RichardsonTransmission() {}

    /** Never more slices than this in one staircase (the result then reports the estimate it reached). */
    public static final long MAX_SLICES = 1L << 20;
    /** The first level at which a result may be accepted: levels 0..3, so the guard has a previous estimate. */
    static final int MIN_FINEST_LEVEL = 3;
    /**
     * Largest phase k h across a slice of the barrier's core (k from the largest |E - V|) at which a value
     * may be accepted. The expansion's coefficients grow like (k h)^2 from term to term, so where k h is
     * not small the differences between levels say little (near k h = pi a staircase even reflects like a
     * Bragg grating). 0.3: at 0.5, single energies were still seen off by their full tolerance.
     */
    static final double MAX_PHASE = 0.3;
    /** The h^4 error rate of one Richardson step, for the guard on the estimate. */
    private static final double FOURTH_ORDER_RATIO = 16.0;

    /**
     * What one evaluation did.
     *
     * @param errorEstimateLog10 worst estimated error of log10 T over the batch (including the fixed part)
     * @param finestSlices       slices in the finest staircase evaluated
     * @param finestLevel        its level
     * @param converged          whether every energy met the accuracy
     * @param sliceEvaluations   total work: slices times energies, summed over all kernel calls
     */
    public record Result(double errorEstimateLog10, long finestSlices, int finestLevel, boolean converged,
                         long sliceEvaluations) {}

    /**
     * Fills {@code log10T[0..count)} and reports the error estimate.
     *
     * @param levels          the staircases (level l + 1 has twice the slices of level l), stopped at
     *                        {@link #MAX_SLICES}
     * @param accuracy        the requested accuracy (see {@link Accuracy})
     * @param fixedErrorLog10 a bound on errors the staircases cannot see (dropped tails), in log10 T,
     *                        added to every estimate
     */
    static Result log10Transmission(Discretisation levels, TransmissionKernel kernel, double massU, double accuracy,
                                    double fixedErrorLog10, double[] energyEv, double[] log10T, int count) {
        IntToLongFunction slicesAtLevel = levels::slices;
        double factor = PhysicalConstants.waveNumberFactor(massU);
        int maxLevel = MIN_FINEST_LEVEL;
        while (slicesAtLevel.applyAsLong(maxLevel + 1) <= MAX_SLICES) {
            maxLevel++;
        }
        // Per energy: log10 T at the last three levels, and the previous unguarded estimate.
        double[] a = new double[count];
        double[] b = new double[count];
        double[] c = new double[count];
        double[] previous = new double[count];
        int[] open = new int[count];
        long work = 0;
        double[][] first = {a, b, c};
        Staircase staircase = null;
        for (int l = 0; l < MIN_FINEST_LEVEL; l++) {
            staircase = levels.staircase(l);
            kernel.log10Transmission(staircase, massU, energyEv, first[l], count);
            work += slicesAtLevel.applyAsLong(l) * count;
        }
        // Energies below a lead (T = 0 exactly at every level) are done; the rest stay open together.
        int openCount = 0;
        for (int i = 0; i < count; i++) {
            if (c[i] == Double.NEGATIVE_INFINITY) {
                log10T[i] = Double.NEGATIVE_INFINITY;
            } else {
                open[openCount++] = i;
            }
        }
        double[] estimate = new double[count];
        int level = MIN_FINEST_LEVEL - 1;
        double[] openEnergy = new double[count];
        double[] openLog10T = new double[count];
        while (true) {
            double lowestEv = Math.min(staircase.leadLeftEv(), staircase.leadRightEv());
            for (int j = 0; j < staircase.sliceCount(); j++) {
                lowestEv = Math.min(lowestEv, staircase.potentialEv(j));
            }
            double highestEv = staircase.maxPotentialEv();
            double width = levels.resolutionWidthA(level);
            boolean met = level >= MIN_FINEST_LEVEL;
            for (int j = 0; j < openCount; j++) {
                int i = open[j];
                double r1Coarse = (4.0 * b[i] - a[i]) / 3.0;
                double r1Fine = (4.0 * c[i] - b[i]) / 3.0;
                double r2 = (16.0 * r1Fine - r1Coarse) / 15.0;
                double difference = Math.abs(r2 - r1Fine);
                estimate[i] = Math.max(difference, previous[i] / FOURTH_ORDER_RATIO) + fixedErrorLog10;
                previous[i] = difference;
                // T <= 1 by flux conservation: cutting an extrapolation that overshoots only reduces its error.
                log10T[i] = Math.min(r2, 0.0);
                double e = energyEv[i];
                double phase = Math.sqrt(factor * Math.max(e - lowestEv, highestEv - e)) * width;
                met &= estimate[i] <= Accuracy.toleranceLog10(r2, accuracy) && phase <= MAX_PHASE;
            }
            if (met || level >= maxLevel) {
                double worst = 0;
                for (int j = 0; j < openCount; j++) {
                    worst = Math.max(worst, estimate[open[j]]);
                }
                return new Result(worst, slicesAtLevel.applyAsLong(level), level, met, work);
            }
            level++;
            for (int j = 0; j < openCount; j++) {
                openEnergy[j] = energyEv[open[j]];
            }
            staircase = levels.staircase(level);
            kernel.log10Transmission(staircase, massU, openEnergy, openLog10T, openCount);
            work += slicesAtLevel.applyAsLong(level) * openCount;
            for (int j = 0; j < openCount; j++) {
                int i = open[j];
                a[i] = b[i];
                b[i] = c[i];
                c[i] = openLog10T[j];
            }
        }
    }
}
