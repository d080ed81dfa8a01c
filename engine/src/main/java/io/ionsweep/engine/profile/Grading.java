package io.ionsweep.engine.profile;

/**
 * How a piece of a smooth profile is cut: uniformly in a coordinate s, with x = x(s) smooth, so that
 * the midpoint staircase stays a symmetric scheme and its error expands in even powers of the step.
 */
sealed interface Grading {

    /** Position in Angstrom at coordinate s. */
    double x(double s);

    /** Coordinate of a position in Angstrom (the inverse of {@link #x}). */
    double s(double xA);

    /** d x / d s at a position: the slice width per unit step of s there. */
    double stretch(double xA);

    /** Slices of equal width. */
    record Uniform() implements Grading {
        @Override
        public double x(double s) {
            return s;
        }

        @Override
        public double s(double xA) {
            return xA;
        }

        @Override
        public double stretch(double xA) {
            return 1.0;
        }
    }

    /**
     * Slices that widen linearly with the distance from {@code originA}: width proportional to
     * {@code scaleA + |x - origin|}. Used for the exponentially small tails of a barrier, where a
     * uniform grid would spend most slices on nothing. {@code direction} is +1 for a tail to the right
     * of the origin, -1 to the left.
     */
    record Logarithmic(double originA, double scaleA, int direction) implements Grading {
        @Override
        public double x(double s) {
            return originA + direction * scaleA * Math.expm1(s);
        }

        @Override
        public double s(double xA) {
            return Math.log1p(direction * (xA - originA) / scaleA);
        }

        @Override
        public double stretch(double xA) {
            return scaleA + Math.abs(xA - originA);
        }
    }
}
