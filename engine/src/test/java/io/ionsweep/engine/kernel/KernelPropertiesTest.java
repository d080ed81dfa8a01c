package io.ionsweep.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ionsweep.engine.physics.PhysicalConstants;
import io.ionsweep.engine.physics.SpeciesTable;
import io.ionsweep.engine.profile.Staircase;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Closed forms, conservation and symmetry laws, for every kernel available in this JVM. */
class KernelPropertiesTest {
    private static final double K_MASS = SpeciesTable.lookup("K+").orElseThrow().massU();
    private static final double K_FACTOR = PhysicalConstants.waveNumberFactor(K_MASS);

    static Stream<TransmissionKernel> kernels() {
        return Kernels.available().stream();
    }

    private static double[] run(TransmissionKernel kernel, Staircase p, double massU, double[] e) {
        double[] out = new double[e.length];
        kernel.log10Transmission(p, massU, e, out, e.length);
        return out;
    }

    @Test
    void kineticConstantIsTheIssuesValue() {
        assertEquals(2.0900796398894985e-3, PhysicalConstants.HBAR2_OVER_2U_EV_A2, 2e-18);
    }

    @ParameterizedTest
    @MethodSource("kernels")
    void rectangularBarrierMatchesClosedFormFromTunnellingToAboveTheTop(TransmissionKernel kernel) {
        double v0 = 0.1;
        double d = 0.5;
        Staircase p = Staircase.of(0, 0, new double[] {v0}, new double[] {d});
        double[] e = new double[97];
        for (int i = 0; i < e.length; i++) {
            e[i] = 0.0005 + i * 0.003; // crosses the top at 0.1 eV
        }
        double[] log10T = run(kernel, p, K_MASS, e);
        for (int i = 0; i < e.length; i++) {
            double expectedLn = e[i] < v0 ? ClosedForms.lnRectangularBelow(K_FACTOR, v0, d, e[i])
                    : Math.log(ClosedForms.rectangularAbove(K_FACTOR, v0, d, e[i]));
            assertEquals(expectedLn / Math.log(10), log10T[i], 1e-11 * (1 + Math.abs(log10T[i])), "E=" + e[i]);
        }
    }

    @ParameterizedTest
    @MethodSource("kernels")
    void log10TOfMinusAThousandComesOutRight(TransmissionKernel kernel) {
        // Cs+ under 0.5 eV: kappa ~ 170 per A, so 6 A give log10 T near -900 .. -1000.
        double mass = SpeciesTable.lookup("Cs+").orElseThrow().massU();
        double factor = PhysicalConstants.waveNumberFactor(mass);
        Staircase p = Staircase.of(0, 0, new double[] {0.5}, new double[] {6.5});
        double[] e = {0.001, 0.01, 0.05, 0.1, 0.2, 0.3, 0.4, 0.45, 0.49};
        double[] log10T = run(kernel, p, mass, e);
        for (int i = 0; i < e.length; i++) {
            double expected = ClosedForms.lnRectangularBelow(factor, 0.5, 6.5, e[i]) / Math.log(10);
            assertTrue(Double.isFinite(log10T[i]));
            assertEquals(expected, log10T[i], 1e-12 * Math.abs(expected), "E=" + e[i]);
        }
        assertTrue(log10T[0] < -1000, "the case must reach below 1e-1000, got " + log10T[0]);
    }

    @ParameterizedTest
    @MethodSource("kernels")
    void stepMatchesClosedFormAndClosedLeadsGiveZero(TransmissionKernel kernel) {
        // A step is a lead at a different potential with no layers in between: a zero-width layer.
        Staircase p = Staircase.of(0, -0.05, new double[] {0.0}, new double[] {0.0});
        double[] e = {-0.06, -0.05, 0.0, 1e-6, 0.01, 0.2, 3.0};
        double[] log10T = run(kernel, p, K_MASS, e);
        assertEquals(Double.NEGATIVE_INFINITY, log10T[0]);
        assertEquals(Double.NEGATIVE_INFINITY, log10T[1]);
        assertEquals(Double.NEGATIVE_INFINITY, log10T[2]);
        for (int i = 3; i < e.length; i++) {
            double t = Math.pow(10, log10T[i]);
            // Step down by 0.05 eV = step "up" by -0.05 in ClosedForms' convention.
            assertEquals(ClosedForms.step(K_FACTOR, -0.05, e[i]), t, 1e-13, "E=" + e[i]);
        }
    }

    @Test
    void reflectionPlusTransmissionIsOne() {
        SplittableRandom rnd = new SplittableRandom(20261125);
        double worst = 0;
        for (int trial = 0; trial < 300; trial++) {
            Staircase p = RandomProfiles.next(rnd, 12);
            double factor = PhysicalConstants.waveNumberFactor(rnd.nextDouble(6, 140));
            for (double e : RandomProfiles.energies(rnd, 20, 0.4)) {
                double log10T = ScalarTransmissionKernel.log10Transmission(p, factor, e);
                if (log10T == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                double r = ScalarTransmissionKernel.reflection(p, factor, e);
                double err = Math.abs(r + Math.pow(10, log10T) - 1);
                worst = Math.max(worst, err);
                assertTrue(err <= 1e-12, "R + T - 1 = " + err + " for " + p + " at E=" + e);
            }
        }
        System.out.printf("worst |R + T - 1| = %.2e%n", worst);
    }

    @ParameterizedTest
    @MethodSource("kernels")
    void mirroredProfileTransmitsTheSame(TransmissionKernel kernel) {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int trial = 0; trial < 100; trial++) {
            Staircase p = RandomProfiles.next(rnd, 10);
            double mass = rnd.nextDouble(6, 140);
            double[] e = RandomProfiles.energies(rnd, 23, 0.4);
            double[] a = run(kernel, p, mass, e);
            double[] b = run(kernel, p.mirrored(), mass, e);
            for (int i = 0; i < e.length; i++) {
                if (a[i] == Double.NEGATIVE_INFINITY) {
                    assertEquals(Double.NEGATIVE_INFINITY, b[i]);
                    continue;
                }
                assertEquals(a[i], b[i], 1e-10 * (1 + Math.abs(a[i])), "E=" + e[i] + " " + p);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("kernels")
    void splittingALayerInTwoChangesNothing(TransmissionKernel kernel) {
        SplittableRandom rnd = new SplittableRandom(11);
        for (int trial = 0; trial < 100; trial++) {
            Staircase p = RandomProfiles.next(rnd, 8);
            int cut = rnd.nextInt(p.sliceCount());
            double fraction = rnd.nextDouble(0.1, 0.9);
            double[] v = p.potentialsEv();
            double[] w = p.widthsA();
            double[] v2 = new double[v.length + 1];
            double[] w2 = new double[w.length + 1];
            for (int i = 0, j = 0; i < v.length; i++) {
                v2[j] = v[i];
                w2[j++] = i == cut ? w[i] * fraction : w[i];
                if (i == cut) {
                    v2[j] = v[i];
                    w2[j++] = w[i] * (1 - fraction);
                }
            }
            Staircase split = Staircase.of(p.leadLeftEv(), p.leadRightEv(), v2, w2);
            double mass = rnd.nextDouble(6, 140);
            double[] e = RandomProfiles.energies(rnd, 17, 0.4);
            double[] a = run(kernel, p, mass, e);
            double[] b = run(kernel, split, mass, e);
            for (int i = 0; i < e.length; i++) {
                if (a[i] == Double.NEGATIVE_INFINITY) {
                    assertEquals(Double.NEGATIVE_INFINITY, b[i]);
                    continue;
                }
                assertEquals(a[i], b[i], 1e-10 * (1 + Math.abs(a[i])), "E=" + e[i] + " " + p);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("kernels")
    void everyEnergyAboveBothLeadsGivesAFiniteValueAtMostOne(TransmissionKernel kernel) {
        SplittableRandom rnd = new SplittableRandom(3);
        for (int trial = 0; trial < 200; trial++) {
            Staircase p = RandomProfiles.next(rnd, 30);
            double mass = rnd.nextDouble(1, 300);
            double[] e = RandomProfiles.energies(rnd, 31, 2.0);
            double[] out = run(kernel, p, mass, e);
            for (int i = 0; i < e.length; i++) {
                boolean open = e[i] > p.leadLeftEv() && e[i] > p.leadRightEv();
                if (open) {
                    assertTrue(Double.isFinite(out[i]) && out[i] <= 1e-12, "E=" + e[i] + " gave " + out[i]);
                } else {
                    assertEquals(Double.NEGATIVE_INFINITY, out[i]);
                }
            }
        }
    }
}
