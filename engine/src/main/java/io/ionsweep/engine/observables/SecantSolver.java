package io.ionsweep.engine.observables;

import java.util.List;

/**
 * Secant iteration for a zero of a log-scaled analytic function, optionally with known zeros divided
 * out (deflation), so the iteration cannot settle on a zero found before. Stopping rules: {@link StoppingRule}.
 */
final class SecantSolver {
    private static final int MAX_STEPS = 100;
    /** The step before the last must be below this (relative) for the iteration to count as converged. */
    static final double CONVERGED_STEP = 1e-9;

    /** Where the iterate may go: outside it the iteration is abandoned. */
    record Box(double reLo, double reHi, double imLo, double imHi) {
        boolean contains(double re, double im) {
            return re >= reLo && re <= reHi && im >= imLo && im <= imHi;
        }
    }

    private SecantSolver() {}

    /**
     * How an iteration ended: at a zero, or not (null), and if not whether it used up its steps inside the box
     * without settling (it wandered: no zero draws it in from there).
     */
    record Outcome(double[] zero, boolean wandered) {}

    private static final Outcome NOT_FOUND = StoppingRule.NOT_FOUND;

    /** The zero as {re, im}, or null when the iteration left the box or did not converge. */
    static double[] solve(ComplexFunction f, double x0, double y0, double x1, double y1, Box box, List<Pole> deflate) {
        return iterate(f, x0, y0, x1, y1, box, deflate).zero();
    }

    /**
     * As {@link #solve}, converged already when the step before the last is below {@code convergedStep}
     * (relative): for a start known to lie close to the zero, from which one step can land on it.
     */
    static double[] solve(ComplexFunction f, double x0, double y0, double x1, double y1, Box box, List<Pole> deflate,
                          double convergedStep) {
        return iterate(f, x0, y0, x1, y1, box, deflate, convergedStep).zero();
    }

    /** As {@link #solve}, telling also whether a failed iteration wandered. */
    static Outcome iterate(ComplexFunction f, double x0, double y0, double x1, double y1, Box box, List<Pole> deflate) {
        return iterate(f, x0, y0, x1, y1, box, deflate, CONVERGED_STEP);
    }

    private static Outcome iterate(ComplexFunction f, double x0, double y0, double x1, double y1, Box box,
                                   List<Pole> deflate, double convergedStep) {
        AmplitudeSample s0 = f.valueAt(x0, y0);
        AmplitudeSample s1 = f.valueAt(x1, y1);
        PoleProduct known = new PoleProduct(deflate);
        double[] d0 = new double[2];
        double[] d1 = new double[2];
        long e0 = known.at(x0, y0, d0);
        long e1 = known.at(x1, y1, d1);
        StoppingRule rule = new StoppingRule(convergedStep);
        for (int it = 0; it < MAX_STEPS; it++) {
            if (s1.gRe() == 0 && s1.gIm() == 0) {
                // f vanishes at z1 to the last bit: a zero, unless one divided out (the ratio below would be NaN)
                return d1[0] == 0 && d1[1] == 0 ? NOT_FOUND : StoppingRule.found(s1.eRe(), s1.eIm());
            }
            // r = f0 / f1 (deflated: times D(z1) / D(z0)), z2 = z1 - (z1 - z0) / (1 - r)
            double den = s1.gRe() * s1.gRe() + s1.gIm() * s1.gIm();
            double mr = (s0.gRe() * s1.gRe() + s0.gIm() * s1.gIm()) / den;
            double mi = (s0.gIm() * s1.gRe() - s0.gRe() * s1.gIm()) / den;
            double dd0 = d0[0] * d0[0] + d0[1] * d0[1];
            double qr = (d1[0] * d0[0] + d1[1] * d0[1]) / dd0;
            double qi = (d1[1] * d0[0] - d1[0] * d0[1]) / dd0;
            double scale = Math.scalb(Math.exp(s0.logScale() - s1.logScale()), (int) Math.clamp(e1 - e0, -4096, 4096));
            double rr = (mr * qr - mi * qi) * scale;
            double ri = (mr * qi + mi * qr) * scale;
            if (!(Double.isFinite(rr) && Double.isFinite(ri)) || (rr == 0 && ri == 0)) {
                // an iterate on a divided-out zero (or an underflow): no information, no convergence
                return NOT_FOUND;
            }
            double dr = 1 - rr;
            double di = -ri;
            double hr = s1.eRe() - s0.eRe();
            double hi = s1.eIm() - s0.eIm();
            double dd = dr * dr + di * di;
            double stepRe = (hr * dr + hi * di) / dd;
            double stepIm = (hi * dr - hr * di) / dd;
            double x2 = s1.eRe() - stepRe;
            double y2 = s1.eIm() - stepIm;
            if (!Double.isFinite(x2) || !Double.isFinite(y2)) {
                return NOT_FOUND;
            }
            if (!box.contains(x2, y2)) {
                return NOT_FOUND;
            }
            Outcome end = rule.after(stepRe, stepIm, x2, y2);
            if (end != null) {
                return end;
            }
            s0 = s1;
            s1 = f.valueAt(x2, y2);
            double[] swap = d0;
            d0 = d1;
            d1 = swap;
            e0 = e1;
            e1 = known.at(x2, y2, d1);
        }
        return StoppingRule.WANDERED;
    }
}
