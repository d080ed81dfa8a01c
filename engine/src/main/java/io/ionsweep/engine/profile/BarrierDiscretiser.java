package io.ionsweep.engine.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.DoubleUnaryOperator;

/**
 * Cuts a single smooth barrier centred at {@code centerA} with leads at 0 into pieces: a core
 * [center - coreHalfA, center + coreHalfA] with uniform slices, and tails out to the window edge
 * (center +- reachA) with slices widening away from the core (the potential there decays
 * exponentially, so it needs no more resolution than its decay length). The ends of the bias ramp
 * [center - fieldHalfA, center + fieldHalfA] are piece boundaries too; the window always contains it.
 */
final class BarrierDiscretiser {
    private BarrierDiscretiser() {}

    /** Uniform slices across the core at level 0. */
    static final int CORE_BASE_SLICES = 8;

    static Discretisation cut(DoubleUnaryOperator potentialEv, double centerA, double coreHalfA, double tailScaleA,
                              double reachA, double fieldHalfA, double biasDropEv) {
        double half = Math.max(Math.max(reachA, fieldHalfA), coreHalfA);
        double left = centerA - half;
        double right = centerA + half;
        TreeSet<Double> cuts = new TreeSet<>();
        for (double x : new double[] {left, right, centerA - coreHalfA, centerA + coreHalfA,
                                      centerA - fieldHalfA, centerA + fieldHalfA}) {
            cuts.add(x);
        }
        double coreWidth = 2.0 * coreHalfA / CORE_BASE_SLICES;
        Grading uniform = new Grading.Uniform();
        Grading leftTail = new Grading.Logarithmic(centerA - coreHalfA, tailScaleA, -1);
        Grading rightTail = new Grading.Logarithmic(centerA + coreHalfA, tailScaleA, +1);
        List<SmoothPiece> pieces = new ArrayList<>();
        Double previous = null;
        for (double x : cuts) {
            if (previous != null) {
                double mid = 0.5 * (previous + x);
                Grading g = mid < centerA - coreHalfA ? leftTail : mid > centerA + coreHalfA ? rightTail : uniform;
                pieces.add(SmoothPiece.withTargetWidth(previous, x, potentialEv, g, coreWidth));
            }
            previous = x;
        }
        return new Discretisation(0.0, 0.0, pieces, biasDropEv, centerA - fieldHalfA, centerA + fieldHalfA);
    }
}
