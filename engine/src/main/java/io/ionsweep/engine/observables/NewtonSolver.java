package io.ionsweep.engine.observables;

import java.util.List;

/**
 * Newton iteration for a zero of an analytic function sampled with its logarithmic derivative (the incident
 * amplitude g(E) = kL a(E)), optionally with known zeros divided out: the step is 1 / (g'/g - sum 1/(E - p_k)),
 * so neither g's magnitude nor a product over the known zeros is needed. {@link ZeroIteration} says where it
 * is used. Stopping rules: {@link StoppingRule}.
 */
final class NewtonSolver {
    private static final int MAX_STEPS = 100;
    /**
     * The step before the last must be below this (relative) for the iteration to count as converged: looser
     * than the secant's 1e-9, since quadratic convergence goes from a few 1e-9 straight to rounding.
     */
    private static final double CONVERGED_STEP = 1e-6;

    private NewtonSolver() {}

    /** The zero as {re, im}, or null when the iteration left the box or did not converge. */
    static double[] solve(ComplexFunction g, double x, double y, SecantSolver.Box box, List<Pole> deflate) {
        return iterate(g, x, y, box, deflate).zero();
    }

    /** As {@link #solve}, telling also whether a failed iteration wandered (used up its steps in the box). */
    static SecantSolver.Outcome iterate(ComplexFunction g, double x, double y, SecantSolver.Box box,
                                        List<Pole> deflate) {
        StoppingRule rule = new StoppingRule(CONVERGED_STEP);
        double[] step = new double[2];
        for (int it = 0; it < MAX_STEPS; it++) {
            AmplitudeSample s = g.valueAt(x, y);
            if (s.gRe() == 0 && s.gIm() == 0) {
                return onKnown(x, y, deflate) ? StoppingRule.NOT_FOUND : StoppingRule.found(x, y);
            }
            step(s, deflate, step);
            double x2 = x - step[0];
            double y2 = y - step[1];
            if (!Double.isFinite(x2) || !Double.isFinite(y2) || !box.contains(x2, y2)) {
                return StoppingRule.NOT_FOUND;
            }
            SecantSolver.Outcome end = rule.after(step[0], step[1], x2, y2);
            if (end != null) {
                return end;
            }
            x = x2;
            y = y2;
        }
        return StoppingRule.WANDERED;
    }

    /**
     * The Newton step h/h' = 1 / (g'/g - sum 1/(E - p)) at the sample's energy, h = g / prod (E - p) over
     * {@code deflate}, into {@code out} as {re, im} (not finite where h'/h vanishes).
     */
    static void step(AmplitudeSample s, List<Pole> deflate, double[] out) {
        double x = s.eRe();
        double y = s.eIm();
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
        out[0] = lr / ll;
        out[1] = -li / ll;
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
