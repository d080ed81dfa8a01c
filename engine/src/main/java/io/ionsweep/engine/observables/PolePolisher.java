package io.ionsweep.engine.observables;

import io.ionsweep.engine.kernel.GlobalMatrixDeterminant;
import io.ionsweep.engine.profile.Staircase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Refines poles on the backward-stable {@link GlobalMatrixDeterminant}.
 *
 * <p>The fast single-sweep amplitude counts zeros reliably (its winding along contours away from them
 * is exact) but inside the multiplets of multi-well profiles its zeros are displaced by amplified
 * rounding errors. Each pole is therefore re-converged on the determinant, starting from where the
 * count put it, with the poles already refined nearby divided out so that two starting points in one
 * multiplet cannot land on the same member.
 */
final class PolePolisher {
    /** Refined poles closer than this (relative) to a start are divided out of its iteration. */
    private static final double DEFLATION_RADIUS = 1e-3;
    /** Second secant point, relative to the energy. */
    private static final double START_OFFSET = 1e-10;

    private PolePolisher() {}

    static List<Pole> polish(Staircase profile, double massU, List<Pole> poles) {
        GlobalMatrixDeterminant det = new GlobalMatrixDeterminant(profile, massU);
        double[] buf = new double[3];
        ComplexFunction f = (x, y) -> {
            det.evaluate(x, y, buf);
            return new AmplitudeSample(x, y, buf[0], buf[1], buf[2], Double.NaN, Double.NaN);
        };
        List<Pole> refined = new ArrayList<>(poles.size());
        for (Pole p : poles) {
            double e = p.energyEv();
            double im = -0.5 * p.widthEv();
            double scale = Math.max(Math.abs(e), Math.abs(im));
            double radius = DEFLATION_RADIUS * scale;
            List<Pole> near = new ArrayList<>();
            for (Pole r : refined) {
                if (Math.abs(r.energyEv() - e) < radius) {
                    near.add(r);
                }
            }
            SecantSolver.Box box = new SecantSolver.Box(e - radius, e + radius, im - radius, radius);
            double h = START_OFFSET * scale;
            double[] z = SecantSolver.solve(f, e, im, e + h, im - 0.5 * h, box, near);
            // Where the determinant does not converge (it should), the counted pole stands as found.
            refined.add(z == null ? p : new Pole(z[0], -2 * z[1]));
        }
        refined.sort(Comparator.comparingDouble(Pole::energyEv));
        return refined;
    }
}
