package io.ionsweep.engine.observables;

import io.ionsweep.engine.kernel.ComplexIncidentAmplitude;
import java.util.List;

/**
 * Secant iteration for a zero of a log-scaled analytic function, optionally with known zeros divided
 * out (deflation), so the iteration cannot settle on a zero found before.
 */
final class SecantSolver {
    private static final int MAX_STEPS = 100;
    /** Steps that stop shrinking below this relative size are rounding noise. */
    private static final double NOISE_STEP = 1e-15;
    /** The step before the last must be below this (relative) for the iteration to count as converged. */
    private static final double CONVERGED_STEP = 1e-9;
    /** Noise-sized steps that end an iteration which cannot reach a few ulps. */
    private static final int STALLS = 3;
    /** A step this small (relative to the iterate) ... */
    private static final double LANDED = 1e-14;
    /** ... and this much smaller than the step before ends a superlinear approach. */
    private static final double SUPERLINEAR = 0.01;
    /** Consecutive steps within this ratio of each other (and not near a zero) form a crawl ... */
    private static final double CRAWL_RATIO = 0.9;
    /** ... abandoned after this many steps. */
    private static final int CRAWL_STEPS = 8;
    /** Step ratios of a linear approach to a multiple zero (0.62 for a double zero, 0.82 for a fourfold one). */
    private static final double LINEAR_MIN = 0.4;
    private static final double LINEAR_MAX = 0.9;
    /** A step this many times the one before throws the iterate out again. */
    private static final double JUMP = 10;

    /** Where the iterate may go: outside it the iteration is abandoned. */
    record Box(double reLo, double reHi, double imLo, double imHi) {
        boolean contains(double re, double im) {
            return re >= reLo && re <= reHi && im >= imLo && im <= imHi;
        }
    }

    private SecantSolver() {}

    /** The zero as {re, im}, or null when the iteration left the box or did not converge. */
    static double[] solve(ComplexFunction f, double x0, double y0, double x1, double y1, Box box, List<Pole> deflate) {
        AmplitudeSample s0 = f.valueAt(x0, y0);
        AmplitudeSample s1 = f.valueAt(x1, y1);
        double previousStep = Double.POSITIVE_INFINITY;
        int stalls = 0;
        int crawl = 0;
        double smallestStep = Double.POSITIVE_INFINITY;
        int sinceSmallest = 0;
        int jumps = 0;
        int linear = 0;
        for (int it = 0; it < MAX_STEPS; it++) {
            // r = f0 / f1 (deflated), z2 = z1 - (z1 - z0) / (1 - r)
            double den = s1.gRe() * s1.gRe() + s1.gIm() * s1.gIm();
            double mr = (s0.gRe() * s1.gRe() + s0.gIm() * s1.gIm()) / den;
            double mi = (s0.gIm() * s1.gRe() - s0.gRe() * s1.gIm()) / den;
            double scale = Math.exp(s0.logScale() - s1.logScale());
            double rr = mr * scale;
            double ri = mi * scale;
            for (Pole p : deflate) {
                // times (z1 - p) / (z0 - p)
                double ar = s1.eRe() - p.energyEv();
                double ai = s1.eIm() + 0.5 * p.widthEv();
                double br = s0.eRe() - p.energyEv();
                double bi = s0.eIm() + 0.5 * p.widthEv();
                double bd = br * br + bi * bi;
                double qr = (ar * br + ai * bi) / bd;
                double qi = (ai * br - ar * bi) / bd;
                double nr = rr * qr - ri * qi;
                ri = rr * qi + ri * qr;
                rr = nr;
            }
            if (!(Double.isFinite(rr) && Double.isFinite(ri)) || (rr == 0 && ri == 0)) {
                // an iterate on a divided-out zero (or an underflow): no information, no convergence
                return null;
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
                break;
            }
            if (!box.contains(x2, y2)) {
                return null;
            }
            double step = ComplexIncidentAmplitude.modulus(stepRe, stepIm);
            double size = ComplexIncidentAmplitude.modulus(x2, y2);
            boolean stalled = step >= 0.5 * previousStep && step < NOISE_STEP * size;
            // A genuine zero is approached by shrinking steps; a tiny step right after a large one comes
            // from points of wildly different magnitude (or a divided-out zero), not from convergence.
            boolean approached = previousStep < CONVERGED_STEP * size;
            // A step within ~45 ulps (1e-14) that is 100 times smaller than the one before ends a superlinear
            // approach: the error left is below the step, and further steps only sample rounding noise.
            boolean landed = approached && step < LANDED * size && step < SUPERLINEAR * previousStep;
            // The linear approach to a multiple zero (a multiplet split below double precision): steps
            // shrinking by a steady factor leave an error of a few steps, so a step of 1e-14 is close enough.
            double ratio = step / previousStep;
            linear = ratio >= LINEAR_MIN && ratio <= LINEAR_MAX ? linear + 1 : 0;
            boolean multiple = approached && linear >= STALLS + 1 && step < LANDED * size;
            if (step <= 4 * Math.ulp(size) || landed || multiple || (stalled && ++stalls >= STALLS)) {
                // The verdict does not depend on f at the new point, so f is not evaluated there.
                return approached ? new double[] {x2, y2} : null;
            }
            // Steps of nearly constant size far from any zero: a crawl towards a distant point (typically
            // a deflated function decaying like a high power), which does not converge within the budget.
            crawl = step > CONVERGED_STEP * size && step > CRAWL_RATIO * previousStep && step < previousStep / CRAWL_RATIO
                    ? crawl + 1 : 0;
            if (crawl >= CRAWL_STEPS) {
                return null;
            }
            // Nor does one that keeps being thrown far out again (cycling around a divided-out zero) ...
            if (step > JUMP * previousStep && ++jumps >= CRAWL_STEPS / 2) {
                return null;
            }
            // ... or whose smallest step stops shrinking while still far from any zero.
            if (step < 0.25 * smallestStep) {
                smallestStep = step;
                sinceSmallest = 0;
            } else if (++sinceSmallest >= CRAWL_STEPS + 4 && smallestStep > CONVERGED_STEP * size) {
                return null;
            }
            s0 = s1;
            s1 = f.valueAt(x2, y2);
            previousStep = step;
        }
        return null;
    }
}
