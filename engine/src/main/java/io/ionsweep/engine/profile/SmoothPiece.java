package io.ionsweep.engine.profile;

import java.util.function.DoubleUnaryOperator;

/**
 * One piece of a piecewise-smooth potential: on [startA, endA] the potential is a smooth function, cut
 * into {@code baseSlices << level} slices evenly spaced in the grading's coordinate.
 *
 * @param startA      left end, Angstrom
 * @param endA        right end, Angstrom (> startA)
 * @param potentialEv the potential in eV on this piece, as a function of x in Angstrom (smooth on the piece)
 * @param grading     how slices are spaced
 * @param baseSlices  slices at level 0 (>= 1)
 */
record SmoothPiece(double startA, double endA, DoubleUnaryOperator potentialEv, Grading grading, int baseSlices) {

    SmoothPiece {
        if (!(endA > startA) || baseSlices < 1) {
            throw new IllegalArgumentException("bad piece [" + startA + ", " + endA + "] with " + baseSlices + " slices");
        }
    }

    /**
     * A piece whose slices, where they are narrowest, are about {@code targetWidthA} wide at level 0.
     */
    static SmoothPiece withTargetWidth(double startA, double endA, DoubleUnaryOperator potentialEv, Grading grading,
                                       double targetWidthA) {
        double span = Math.abs(grading.s(endA) - grading.s(startA));
        double narrowest = Math.min(grading.stretch(startA), grading.stretch(endA));
        int slices = (int) Math.max(1, Math.ceil(span * narrowest / targetWidthA));
        return new SmoothPiece(startA, endA, potentialEv, grading, slices);
    }
}
