package io.ionsweep.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ionsweep.engine.physics.PhysicalConstants;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Dirichlet count's slice terms against StrictMath's cot, coth and sinh (relative to the terms'
 * conditioning), the couplings in logarithms (down to where e^{-qd} is subnormal), and every kernel against the scalar one bit for bit at counts that are not multiples of any
 * lane count.
 */
class StiffnessKernelTest {
    private static final int R = StiffnessKernel.ROWS;

    private static double[][] pairs(SplittableRandom rnd, int count, double energy) {
        double[] v = new double[count];
        double[] w = new double[count];
        for (int p = 0; p < count; p++) {
            int kind = rnd.nextInt(6);
            v[p] = kind == 0 ? energy : kind == 1 ? energy + rnd.nextDouble(-1e-9, 1e-9) : rnd.nextDouble(-0.2, 0.8);
            w[p] = kind == 2 ? rnd.nextDouble(1e-6, 1e-3) : rnd.nextDouble(0.01, 30);
        }
        return new double[][] {v, w};
    }

    @Test
    void termsMatchTheirClosedForms() {
        SplittableRandom rnd = new SplittableRandom(31);
        for (StiffnessKernel kernel : Kernels.availableStiffness()) {
            for (int trial = 0; trial < 2000; trial++) {
                double factor = PhysicalConstants.waveNumberFactor(rnd.nextDouble(1, 140));
                double e = rnd.nextDouble(1e-3, 0.5);
                int count = 1 + rnd.nextInt(20);
                double[][] s = pairs(rnd, count, e);
                double[] out = new double[R * count];
                kernel.stiffness(s[0], s[1], count, factor, e, out);
                for (int p = 0; p < count; p++) {
                    double d = s[1][p];
                    double lambda = factor * (s[0][p] - e);
                    double clamped = out[StiffnessKernel.CLAMPED * count + p];
                    double diagonal = out[StiffnessKernel.DIAGONAL * count + p];
                    double coupling = out[StiffnessKernel.COUPLING * count + p];
                    String at = kernel.name() + " lambda = " + lambda + ", d = " + d;
                    if (lambda < 0) {
                        double k = Math.sqrt(-lambda);
                        double sin = StrictMath.sin(k * d);
                        // an ulp of kd moves sin by up to an ulp of kd: the terms' own conditioning
                        double tol = 4e-16 * (1 + k * d) / Math.abs(sin);
                        assertEquals(Math.floor(k * d / Math.PI), clamped, 0, at);
                        assertEquals(k * StrictMath.cos(k * d) / sin, diagonal, tol * Math.abs(k / sin), at);
                        assertEquals(k / sin, coupling, tol * Math.abs(k / sin), at);
                    } else if (lambda > 0) {
                        double q = Math.sqrt(lambda);
                        double qd = q * d;
                        assertEquals(0, clamped, 0, at);
                        assertEquals(q / StrictMath.tanh(qd), diagonal, 1e-14 * Math.abs(diagonal), at);
                        // q / sinh(qd) in logs: ln q - qd - ln((1 - e^{-2qd})/2)
                        double logCoupling = Math.log(q) - qd - Math.log(-StrictMath.expm1(-2 * qd) / 2);
                        if (coupling >= Double.MIN_NORMAL) {
                            assertEquals(logCoupling, Math.log(coupling), 1e-13 * (1 + qd), at);
                        } else {
                            // e^{-qd} is subnormal: it carries an absolute error of half the least subnormal
                            double truth = Math.exp(logCoupling);
                            assertEquals(truth, coupling, (2 * q + 1) * Double.MIN_VALUE + 1e-13 * (1 + qd) * truth, at);
                        }
                    } else {
                        assertEquals(1 / d, diagonal, 0, at);
                        assertEquals(1 / d, coupling, 0, at);
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 7, 13, 17, 31, 97, 149})
    void everyKernelEqualsTheScalarOneBitForBit(int count) {
        SplittableRandom rnd = new SplittableRandom(9 + count);
        List<StiffnessKernel> kernels = Kernels.availableStiffness();
        for (int trial = 0; trial < 300; trial++) {
            double factor = PhysicalConstants.waveNumberFactor(rnd.nextDouble(1, 400));
            double e = rnd.nextDouble(1e-3, 0.5);
            double[][] s = pairs(rnd, count, e);
            double[] expected = new double[R * count];
            kernels.get(0).stiffness(s[0], s[1], count, factor, e, expected);
            for (StiffnessKernel kernel : kernels) {
                double[] out = new double[R * count];
                kernel.stiffness(s[0], s[1], count, factor, e, out);
                for (int i = 0; i < out.length; i++) {
                    assertEquals(Double.doubleToLongBits(expected[i]), Double.doubleToLongBits(out[i]),
                            kernel.name() + " trial " + trial + ", row " + i / count + ", pair " + i % count);
                }
            }
        }
    }

    /**
     * Pairs in runs of one kind, as a layer cut into slices for the bias gives them (the vector kernel skips a
     * branch no lane of a vector takes): runs of 1-24 slices stepping down in potential, some thin (small qd),
     * the energy sometimes one of the potentials (an empty slice) or inside a run (a mixed vector).
     */
    @ParameterizedTest
    @ValueSource(ints = {8, 16, 17, 64, 144, 149})
    void kernelsAgreeBitForBitOnRunsOfOneKind(int count) {
        SplittableRandom rnd = new SplittableRandom(77 + count);
        List<StiffnessKernel> kernels = Kernels.availableStiffness();
        for (int trial = 0; trial < 300; trial++) {
            double factor = PhysicalConstants.waveNumberFactor(rnd.nextDouble(1, 400));
            double[] v = new double[count];
            double[] w = new double[count];
            for (int p = 0; p < count; ) {
                int run = Math.min(count - p, 1 + rnd.nextInt(24));
                double top = rnd.nextDouble(-0.1, 0.4);
                double step = rnd.nextDouble(0, 2e-3);
                double width = rnd.nextInt(4) == 0 ? rnd.nextDouble(1e-4, 1e-2) : rnd.nextDouble(0.01, 0.5);
                for (int j = 0; j < run; j++, p++) {
                    v[p] = top - step * j;
                    w[p] = width;
                }
            }
            int pick = rnd.nextInt(3);
            double e = pick == 0 ? v[rnd.nextInt(count)]
                    : pick == 1 ? v[rnd.nextInt(count)] + 1e-4 : rnd.nextDouble(1e-3, 0.5);
            double[] expected = new double[R * count];
            kernels.get(0).stiffness(v, w, count, factor, e, expected);
            for (StiffnessKernel kernel : kernels) {
                double[] out = new double[R * count];
                kernel.stiffness(v, w, count, factor, e, out);
                for (int i = 0; i < out.length; i++) {
                    assertEquals(Double.doubleToLongBits(expected[i]), Double.doubleToLongBits(out[i]),
                            kernel.name() + " trial " + trial + ", row " + i / count + ", pair " + i % count);
                }
            }
        }
    }

    /**
     * The count of a flat region split into slices of random widths: the eigenvalues of a box of width L at
     * potential v below E, floor(L sqrt(f (E - v)) / pi), at batches of energies of every size around the lane
     * counts (each kernel's full vectors, padded last vector and one-by-one tail).
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 7, 8, 13, 17, 31})
    void countsOfAFlatRegionMatchTheClosedForm(int n) {
        SplittableRandom rnd = new SplittableRandom(5 + n);
        for (StiffnessKernel kernel : Kernels.availableStiffness()) {
            for (int trial = 0; trial < 200; trial++) {
                double factor = PhysicalConstants.waveNumberFactor(rnd.nextDouble(1, 140));
                // fewer pairs than lanes go one energy at a time, more in lanes: both
                int slices = 1 + rnd.nextInt(24);
                double v = rnd.nextDouble(-0.1, 0.3);
                double[] potential = new double[slices];
                double[] width = new double[slices];
                int[] pairOf = new int[slices];
                double length = 0;
                for (int j = 0; j < slices; j++) {
                    potential[j] = v;
                    width[j] = rnd.nextDouble(0.05, 4);
                    length += width[j];
                    pairOf[j] = j;
                }
                double[] e = new double[n];
                for (int i = 0; i < n; i++) {
                    e[i] = v + rnd.nextDouble(-0.05, 0.5);
                }
                int[] out = new int[n];
                kernel.counts(potential, width, slices, pairOf, slices, factor, e, n, out,
                        new double[kernel.countScratch(slices)]);
                for (int i = 0; i < n; i++) {
                    double kl = length * Math.sqrt(factor * Math.max(e[i] - v, 0)) / Math.PI;
                    if (Math.abs(kl - Math.rint(kl)) < 1e-9) {
                        continue; // at an eigenvalue to rounding: either side is right
                    }
                    assertEquals((int) Math.floor(kl), out[i], kernel.name() + " trial " + trial + ", energy " + i);
                }
            }
        }
    }

    /**
     * Counts of random staircases (slices drawn from a few pairs, as a multisite filter's, or each its own, as
     * under bias; energies sometimes on a potential or an eigenvalue's rounding band) equal, for every kernel and
     * batch size, the scalar kernel's one energy at a time.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 7, 13, 17, 31, 97})
    void countsAgreeAcrossKernelsAndBatchSizes(int n) {
        SplittableRandom rnd = new SplittableRandom(41 + n);
        List<StiffnessKernel> kernels = Kernels.availableStiffness();
        StiffnessKernel scalar = kernels.get(0);
        for (int trial = 0; trial < 100; trial++) {
            double factor = PhysicalConstants.waveNumberFactor(rnd.nextDouble(1, 400));
            int slices = 1 + rnd.nextInt(150);
            boolean shared = rnd.nextBoolean();
            int m = shared ? Math.min(slices, 1 + rnd.nextInt(12)) : slices;
            double[][] pairs = pairs(rnd, m, 0.1);
            int[] pairOf = new int[slices];
            for (int j = 0; j < slices; j++) {
                pairOf[j] = shared ? (j < m ? j : rnd.nextInt(m)) : j;
            }
            double[] e = new double[n];
            for (int i = 0; i < n; i++) {
                e[i] = rnd.nextInt(5) == 0 ? pairs[0][rnd.nextInt(m)] : rnd.nextDouble(1e-3, 0.5);
            }
            int[] expected = new int[n];
            double[] one = new double[scalar.countScratch(m)];
            for (int i = 0; i < n; i++) {
                int[] single = new int[1];
                scalar.counts(pairs[0], pairs[1], m, pairOf, slices, factor, new double[] {e[i]}, 1, single, one);
                expected[i] = single[0];
            }
            for (StiffnessKernel kernel : kernels) {
                int[] out = new int[n];
                kernel.counts(pairs[0], pairs[1], m, pairOf, slices, factor, e, n, out,
                        new double[kernel.countScratch(m)]);
                for (int i = 0; i < n; i++) {
                    assertEquals(expected[i], out[i], kernel.name() + " trial " + trial + ", energy " + i);
                }
            }
        }
    }
}
