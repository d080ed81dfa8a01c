package io.ionsweep.engine.observables;

import io.ionsweep.engine.kernel.ComplexIncidentAmplitude;

/**
 * When an iteration towards a zero ({@link SecantSolver}, {@link NewtonSolver}) has converged, one instance
 * per iteration. A genuine zero is approached by shrinking steps: the iteration ends at a step of a few ulps,
 * or after {@link #STALLS} noise-sized steps that stop shrinking, and counts as converged only if the step
 * before was already small (a tiny step right after a large one comes from points of wildly different
 * magnitude, or a divided-out zero, not from convergence).
 */
final class StoppingRule {
    /** Steps that stop shrinking below this relative size are rounding noise. */
    private static final double NOISE_STEP = 1e-15;
    /** Noise-sized steps that end an iteration which cannot reach a few ulps. */
    private static final int STALLS = 3;
    /**
     * Steps below this (relative) after an approach are at the function's noise floor: near a multiplet
     * the determinant is noisy at tens of ulps, so the iterate can wander there without ever stalling
     * below {@link #NOISE_STEP}; after {@link #NOISE_VISITS} such steps the iterate after the smallest is
     * the zero (to far better than any multiplet splitting that can be told from a double zero).
     */
    private static final double NOISE_FLOOR_STEP = 1e-13;
    private static final int NOISE_VISITS = 8;

    static final SecantSolver.Outcome NOT_FOUND = new SecantSolver.Outcome(null, false);
    static final SecantSolver.Outcome WANDERED = new SecantSolver.Outcome(null, true);

    /** The step before the last must be below this (relative) for the iteration to count as converged. */
    private final double convergedStep;
    private double previousStep = Double.POSITIVE_INFINITY;
    private int stalls;
    private int noiseVisits;
    private double bestStep = Double.POSITIVE_INFINITY;
    private double bestRe = Double.NaN;
    private double bestIm = Double.NaN;

    StoppingRule(double convergedStep) {
        this.convergedStep = convergedStep;
    }

    /**
     * After a step (stepRe, stepIm) that led to (x2, y2): the outcome if the iteration ends there (the verdict
     * does not depend on the function at the new point, so it is not evaluated there), else null.
     */
    SecantSolver.Outcome after(double stepRe, double stepIm, double x2, double y2) {
        double step = ComplexIncidentAmplitude.modulus(stepRe, stepIm);
        double size = ComplexIncidentAmplitude.modulus(x2, y2);
        boolean stalled = step >= 0.5 * previousStep && step < NOISE_STEP * size;
        boolean approached = previousStep < convergedStep * size;
        if (step <= 4 * Math.ulp(size) || (stalled && ++stalls >= STALLS)) {
            return approached ? found(x2, y2) : NOT_FOUND;
        }
        if (approached && step < NOISE_FLOOR_STEP * size) {
            if (step < bestStep) {
                bestStep = step;
                bestRe = x2;
                bestIm = y2;
            }
            if (++noiseVisits >= NOISE_VISITS) {
                return found(bestRe, bestIm);
            }
        }
        previousStep = step;
        return null;
    }

    static SecantSolver.Outcome found(double x, double y) {
        return new SecantSolver.Outcome(new double[] {x, y}, false);
    }
}
