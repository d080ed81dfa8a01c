package io.ionsweep.engine.kernel;

import io.ionsweep.engine.profile.Staircase;

/**
 * The kernel pairs whose scalar and vector implementations agree bit for bit run the scalar one for
 * their first calls in a JVM, the vector one after. Why: until the JIT has compiled it, Vector API code
 * runs about a hundred times slower than scalar code (every operation a call and an allocation), and
 * a small job never gets past that: one configuration of {@code ionsweep conductance} took 2.1-2.6 s with
 * the vector kernels, 0.7-0.9 s with the scalar ones. A long run reaches the vector kernel after a few
 * configurations and pays its compilation once, as before. Results do not depend on which kernel ran a
 * call (the pairs are bit-identical, tested). The scalar reference deflation kernel rounds differently from
 * the vector one, so the deflation switch's scalar half is {@link LanesDeflationKernel}, the vector kernel's
 * arithmetic one lane at a time: a one-configuration {@code ionsweep conductance} took 1.01-1.15 s before it,
 * 0.82-0.97 s with it (README, "Physics and method").
 */
final class ScalarFirst {
    /** Scalar calls of the transmission kernel: a configuration makes 10-30 (grid, quadrature rounds, peaks). */
    static final int TRANSMISSION_CALLS = 100;
    /** Scalar calls of each per-slice kernel: a biased configuration makes about 2,000 of each. */
    static final int SLICE_CALLS = 6_000;
    /** Scalar calls of the deflation kernel: a configuration's resonance search makes 600-750 (0 and +-50 mV). */
    static final int DEFLATION_CALLS = 2_000;

    private ScalarFirst() {}

    /** What the switching kernels also are, for tests: whether calls now go to the vector kernel. */
    interface Switching {
        boolean onVector();
    }

    static TransmissionKernel transmission(TransmissionKernel scalar, TransmissionKernel vector) {
        return new Transmission(scalar, vector);
    }

    static ComplexSliceKernel complexSlices(ComplexSliceKernel scalar, ComplexSliceKernel vector) {
        return new ComplexSlices(scalar, vector);
    }

    /** The vector deflation kernel, its lanes done one by one ({@link LanesDeflationKernel}) as the scalar half. */
    static DeflationKernel deflation(DeflationKernel vector) {
        return new Deflation(new LanesDeflationKernel(vector.lanes()), vector);
    }

    static StiffnessKernel stiffness(StiffnessKernel scalar, StiffnessKernel vector) {
        return new Stiffness(scalar, vector);
    }

    /**
     * Counts calls until the switch, then goes to the vector kernel; racy increments only delay the switch
     * a little, and stop once it is made. Named after the vector kernel, whose results these are.
     */
    private abstract static class Switch<K> implements Switching {
        private final K scalar;
        private final K vector;
        private final String name;
        private final int calls;
        private int made;
        private volatile boolean switched;

        Switch(K scalar, K vector, String name, int calls) {
            this.scalar = scalar;
            this.vector = vector;
            this.name = name;
            this.calls = calls;
        }

        public String name() {
            return name;
        }

        @Override
        public boolean onVector() {
            return switched;
        }

        K scalar() {
            return scalar;
        }

        K vector() {
            return vector;
        }

        K current() {
            if (switched) {
                return vector;
            }
            if (++made >= calls) {
                switched = true;
            }
            return scalar;
        }
    }

    private static final class Transmission extends Switch<TransmissionKernel> implements TransmissionKernel {
        Transmission(TransmissionKernel scalar, TransmissionKernel vector) {
            super(scalar, vector, vector.name(), TRANSMISSION_CALLS);
        }

        @Override
        public void log10Transmission(Staircase profile, double massU, double[] energyEv, double[] log10T, int count) {
            current().log10Transmission(profile, massU, energyEv, log10T, count);
        }
    }

    private static final class ComplexSlices extends Switch<ComplexSliceKernel> implements ComplexSliceKernel {
        ComplexSlices(ComplexSliceKernel scalar, ComplexSliceKernel vector) {
            super(scalar, vector, vector.name(), SLICE_CALLS);
        }

        @Override
        public void coefficients(double[] potentialEv, double[] widthA, int count, double factor, double eRe,
                                 double eIm, double[] out) {
            current().coefficients(potentialEv, widthA, count, factor, eRe, eIm, out);
        }
    }

    private static final class Deflation extends Switch<DeflationKernel> implements DeflationKernel {
        Deflation(DeflationKernel scalar, DeflationKernel vector) {
            super(scalar, vector, vector.name(), DEFLATION_CALLS);
        }

        @Override
        public int lanes() {
            return vector().lanes();
        }

        @Override
        public double[] newBuffer() {
            double[] a = scalar().newBuffer();
            double[] b = vector().newBuffer();
            return a.length >= b.length ? a : b;
        }

        @Override
        public void divideOut(double eRe, double eIm, double[] zRe, double[] zIm, int count, double[] out) {
            current().divideOut(eRe, eIm, zRe, zIm, count, out);
        }
    }

    private static final class Stiffness extends Switch<StiffnessKernel> implements StiffnessKernel {
        Stiffness(StiffnessKernel scalar, StiffnessKernel vector) {
            super(scalar, vector, vector.name(), SLICE_CALLS);
        }

        @Override
        public void stiffness(double[] potentialEv, double[] widthA, int count, double factor, double energyEv,
                              double[] out) {
            current().stiffness(potentialEv, widthA, count, factor, energyEv, out);
        }

        @Override
        public int countScratch(int pairCount) {
            return Math.max(scalar().countScratch(pairCount), vector().countScratch(pairCount));
        }

        @Override
        public void counts(double[] potentialEv, double[] widthA, int pairCount, int[] pairOf, int sliceCount,
                           double factor, double[] energyEv, int n, int[] out, double[] scratch) {
            current().counts(potentialEv, widthA, pairCount, pairOf, sliceCount, factor, energyEv, n, out, scratch);
        }
    }
}
