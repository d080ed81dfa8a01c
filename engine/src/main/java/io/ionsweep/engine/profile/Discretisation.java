package io.ionsweep.engine.profile;

import java.util.List;

/**
 * A piecewise-smooth potential between two leads, under a bias drop, cut into midpoint staircases at
 * levels 0, 1, 2, ... with twice the slices at each level. Every kink of the potential (piece ends, the
 * ends of the bias ramp) is a slice boundary at every level, so the error of the staircase expands in
 * even powers of the step, which {@link RichardsonTransmission} extrapolates away.
 *
 * <p>The bias drop falls linearly over [rampStartA, rampEndA] (right of it the potential sits
 * {@code biasDropEv} lower, as does the right lead), which must be piece boundaries.
 */
final class Discretisation {
    private final double leadLeftEv;
    private final double leadRightEv;
    private final List<SmoothPiece> pieces;
    private final double biasDropEv;
    private final double rampStartA;
    private final double rampEndA;

    Discretisation(double leadLeftEv, double leadRightEv, List<SmoothPiece> pieces, double biasDropEv,
                   double rampStartA, double rampEndA) {
        if (pieces.isEmpty()) {
            throw new IllegalArgumentException("no pieces");
        }
        for (int i = 1; i < pieces.size(); i++) {
            if (pieces.get(i).startA() != pieces.get(i - 1).endA()) {
                throw new IllegalArgumentException("pieces are not contiguous at " + pieces.get(i).startA());
            }
        }
        if (!(rampEndA > rampStartA)) {
            throw new IllegalArgumentException("empty bias ramp [" + rampStartA + ", " + rampEndA + "]");
        }
        this.leadLeftEv = leadLeftEv;
        this.leadRightEv = leadRightEv;
        this.pieces = List.copyOf(pieces);
        this.biasDropEv = biasDropEv;
        this.rampStartA = rampStartA;
        this.rampEndA = rampEndA;
    }

    /** Slices at a level. */
    long slices(int level) {
        long n = 0;
        for (SmoothPiece p : pieces) {
            n += (long) p.baseSlices() << level;
        }
        return n;
    }

    /**
     * The widest slice at a level among the uniformly cut pieces, Angstrom: the barrier's core, or all of
     * a table. Graded tails are left out: their potential is a small fraction of the height and varies
     * less the wider their slices get.
     */
    double resolutionWidthA(int level) {
        double widest = 0;
        for (SmoothPiece p : pieces) {
            if (p.grading() instanceof Grading.Uniform) {
                widest = Math.max(widest, (p.endA() - p.startA()) / ((long) p.baseSlices() << level));
            }
        }
        return widest;
    }

    /** The bias potential at x: 0 left of the ramp, -drop right of it, linear in between. */
    double biasEv(double xA) {
        double t = (xA - rampStartA) / (rampEndA - rampStartA);
        return -biasDropEv * Math.min(1.0, Math.max(0.0, t));
    }

    /** The midpoint staircase at a level: each slice takes the potential at its midpoint in the grading's coordinate. */
    Staircase staircase(int level) {
        long total = slices(level);
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many slices: " + total);
        }
        double[] v = new double[(int) total];
        double[] w = new double[(int) total];
        int k = 0;
        for (SmoothPiece p : pieces) {
            Grading g = p.grading();
            int n = p.baseSlices() << level;
            double s0 = g.s(p.startA());
            double ds = (g.s(p.endA()) - s0) / n;
            double left = p.startA();
            for (int j = 0; j < n; j++) {
                double right = j == n - 1 ? p.endA() : g.x(s0 + (j + 1) * ds);
                double mid = g.x(s0 + (j + 0.5) * ds);
                v[k] = p.potentialEv().applyAsDouble(mid) + biasEv(mid);
                w[k] = right - left;
                left = right;
                k++;
            }
        }
        return Staircase.of(leadLeftEv, leadRightEv - biasDropEv, v, w);
    }
}
