package io.ionsweep.engine.kernel;

import io.ionsweep.engine.profile.Staircase;

/**
 * The kernel pairs whose scalar and vector implementations agree bit for bit run the scalar one for
 * their first calls in a JVM, the vector one after. Why: until the JIT has compiled it, Vector API code
 * runs about a hundred times slower than scalar code (every operation a call and an allocation), and
 * a small job never gets past that: one configuration of {@code ionsweep conductance} took 2.1-2.6 s with
 * the vector kernels, 0.7-0.9 s with the scalar ones. A long run reaches the vector kernel after a few
 * configurations and pays its compilation once, as before. Results do not depend on which kernel ran a
 * call (the pairs are bit-identical, tested); the deflation kernels, which round differently, are not
 * switched.
 */
final class ScalarFirst {
    /** Scalar calls of the transmission kernel: a configuration makes 10-30 (grid, quadrature rounds, peaks). */
    static final int TRANSMISSION_CALLS = 100;
    /** Scalar calls of each per-slice kernel: a biased configuration makes about 2,000 of each. */
    static final int SLICE_CALLS = 6_000;

    /** One switching kernel of each kind per JVM, however often AUTO is selected. */
    private static TransmissionKernel transmission;
    private static ComplexSliceKernel complexSlices;
    private static StiffnessKernel stiffness;

    private ScalarFirst() {}

    /** What the switching kernels also are, for tests: whether calls now go to the vector kernel. */
    interface Switching {
        boolean onVector();
    }

    /** Counts calls until the switch; racy increments only delay it a little, and stop once it is made. */
    private static final class Switch<K> {
        private final K scalar;
        private final K vector;
        private final int calls;
        private int made;
        private volatile boolean switched;

        Switch(K scalar, K vector, int calls) {
            this.scalar = scalar;
            this.vector = vector;
            this.calls = calls;
        }

        boolean onVector() {
            return switched;
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

    private interface SwitchingTransmissionKernel extends TransmissionKernel, Switching {}

    private interface SwitchingComplexSliceKernel extends ComplexSliceKernel, Switching {}

    private interface SwitchingStiffnessKernel extends StiffnessKernel, Switching {}

    static synchronized TransmissionKernel transmission(TransmissionKernel scalar, TransmissionKernel vector) {
        if (transmission == null) {
            Switch<TransmissionKernel> s = new Switch<>(scalar, vector, TRANSMISSION_CALLS);
            transmission = new SwitchingTransmissionKernel() {
                @Override
                public boolean onVector() {
                    return s.onVector();
                }

                @Override
                public String name() {
                    return vector.name();
                }

                @Override
                public void log10Transmission(Staircase profile, double massU, double[] energyEv, double[] log10T,
                                              int count) {
                    s.current().log10Transmission(profile, massU, energyEv, log10T, count);
                }
            };
        }
        return transmission;
    }

    static synchronized ComplexSliceKernel complexSlices(ComplexSliceKernel scalar, ComplexSliceKernel vector) {
        if (complexSlices == null) {
            Switch<ComplexSliceKernel> s = new Switch<>(scalar, vector, SLICE_CALLS);
            complexSlices = new SwitchingComplexSliceKernel() {
                @Override
                public boolean onVector() {
                    return s.onVector();
                }

                @Override
                public String name() {
                    return vector.name();
                }

                @Override
                public void coefficients(double[] potentialEv, double[] widthA, int count, double factor, double eRe,
                                         double eIm, double[] out) {
                    s.current().coefficients(potentialEv, widthA, count, factor, eRe, eIm, out);
                }
            };
        }
        return complexSlices;
    }

    static synchronized StiffnessKernel stiffness(StiffnessKernel scalar, StiffnessKernel vector) {
        if (stiffness == null) {
            Switch<StiffnessKernel> s = new Switch<>(scalar, vector, SLICE_CALLS);
            stiffness = new SwitchingStiffnessKernel() {
                @Override
                public boolean onVector() {
                    return s.onVector();
                }

                @Override
                public String name() {
                    return vector.name();
                }

                @Override
                public void stiffness(double[] potentialEv, double[] widthA, int count, double factor, double energyEv,
                                      double[] out) {
                    s.current().stiffness(potentialEv, widthA, count, factor, energyEv, out);
                }
            };
        }
        return stiffness;
    }
}
