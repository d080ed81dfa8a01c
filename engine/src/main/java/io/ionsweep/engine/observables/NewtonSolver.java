package io.ionsweep.engine.observables;

import io.ionsweep.engine.kernel.ComplexIncidentAmplitude;
import java.util.List;

/**
 * Newton iteration for a zero of an analytic function sampled with its logarithmic derivative (the incident
 * amplitude g(E) = kL a(E)), optionally with known zeros divided out: the step is 1 / (g'/g - sum 1/(E - p_k)),
 * so neither g's magnitude nor a product over the known zeros is needed. {@link ZeroIteration} says where it
 * is used. Stopping rules as {@link SecantSolver}'s.
 */
final class NewtonSolver {
    private static final int MAX_STEPS = 100;
    private static final double NOISE_STEP = 1e-15;
    /**
     * The step before the last must be below this (relative) for the iteration to count as converged: a tiny
     * step right after a large one is not convergence. Looser than the secant's 1e-9, since quadratic
     * convergence goes from a few 1e-9 straight to rounding.
     */
    private static final double CONVERGED_STEP = 1e-6;
    private static final int STALLS = 3;
    private static final double NOISE_FLOOR_STEP = 1e-13;
    private static final int NOISE_VISITS = 8;

    private NewtonSolver() {}

    /** The zero as {re, im}, or null when the iteration left the box or did not converge. */
    static double[] solve(ComplexFunction g, double x, double y, SecantSolver.Box box, List<Pole> deflate) {
        return iterate(g, x, y, box, deflate).zero();
    }

    /** As {@link #solve}, telling also whether a failed iteration wandered (used up its steps in the box). */
    static SecantSolver.Outcome iterate(ComplexFunction g, double x, double y, SecantSolver.Box box,
                                        List<Pole> deflate) {
        double previousStep = Double.POSITIVE_INFINITY;
        int stalls = 0;
        int noiseVisits = 0;
        double bestStep = Double.POSITIVE_INFINITY;
        double bestRe = Double.NaN;
        double bestIm = Double.NaN;
        for (int it = 0; it < MAX_STEPS; it++) {
            AmplitudeSample s = g.valueAt(x, y);
            if (s.gRe() == 0 && s.gIm() == 0) {
                return onKnown(x, y, deflate) ? NOT_FOUND : found(x, y);
            }
            double lr = s.logDerivativeRe();
            double li = s.logDerivativeIm();
            for (Pole p : deflate) {
                double dr = x - p.energyEv();
                double di = y + 0.5 * p.widthEv();
                double dd = dr * dr + di * di;
                lr -= dr / dd;
                li += di / dd;
            }
            double ll = lr * lr + li * li;
            double stepRe = lr / ll;
            double stepIm = -li / ll;
            double x2 = x - stepRe;
            double y2 = y - stepIm;
            if (!Double.isFinite(x2) || !Double.isFinite(y2) || !box.contains(x2, y2)) {
                return NOT_FOUND;
            }
            double step = ComplexIncidentAmplitude.modulus(stepRe, stepIm);
            double size = ComplexIncidentAmplitude.modulus(x2, y2);
            boolean stalled = step >= 0.5 * previousStep && step < NOISE_STEP * size;
            boolean approached = previousStep < CONVERGED_STEP * size;
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
            x = x2;
            y = y2;
            previousStep = step;
        }
        return WANDERED;
    }

    private static final SecantSolver.Outcome NOT_FOUND = new SecantSolver.Outcome(null, false);
    private static final SecantSolver.Outcome WANDERED = new SecantSolver.Outcome(null, true);

    private static SecantSolver.Outcome found(double x, double y) {
        return new SecantSolver.Outcome(new double[] {x, y}, false);
    }

    private static boolean onKnown(double x, double y, List<Pole> deflate) {
        for (Pole p : deflate) {
            if (p.energyEv() == x && -0.5 * p.widthEv() == y) {
                return true;
            }
        }
        return false;
    }
}
