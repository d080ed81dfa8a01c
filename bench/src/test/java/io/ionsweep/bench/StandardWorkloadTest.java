package io.ionsweep.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ionsweep.engine.kernel.KernelChoice;
import io.ionsweep.engine.kernel.KernelProvider;
import io.ionsweep.engine.kernel.TransmissionKernel;
import io.ionsweep.engine.profile.Staircase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The benchmarked workloads are what they claim, and the kernels compute the right T on them. */
class StandardWorkloadTest {
    /** Relative error allowed in T against the textbook product. */
    private static final double RELATIVE_TOLERANCE = 1e-9;
    /** The textbook product overflows near exp(709); stay far below, so its rounding is small too. */
    private static final double MAX_GROWTH_EXPONENT = 600;

    @Test
    void standardWorkloadIsTheDocumentedRecipe() {
        Workload w = StandardWorkload.create();
        Staircase p = w.profile();
        assertEquals("K+", w.species().name());
        assertEquals(StandardWorkload.LAYERS, p.sliceCount());
        assertEquals(StandardWorkload.ENERGIES, w.energyCount());
        assertEquals(0.0, p.leadLeftEv());
        assertEquals(0.0, p.leadRightEv());
        for (int j = 0; j < p.sliceCount(); j++) {
            assertTrue(p.potentialEv(j) >= 0 && p.potentialEv(j) < 0.2, "potential " + p.potentialEv(j));
            assertTrue(p.widthA(j) >= 0.05 && p.widthA(j) < 0.5, "width " + p.widthA(j));
        }
        double[] e = w.energyEv();
        assertEquals(1e-3, e[0], 1e-18);
        assertEquals(0.3, e[e.length - 1], 1e-15);
        double step = (0.3 - 1e-3) / (StandardWorkload.ENERGIES - 1);
        for (int i = 1; i < e.length; i++) {
            assertEquals(step, e[i] - e[i - 1], 1e-15);
        }
        assertEquals(40960L, w.evaluations());
    }

    @Test
    void sameSeedGivesTheSameLayers() {
        Workload a = StandardWorkload.create();
        Workload b = StandardWorkload.create();
        assertEquals(a.profile(), b.profile());
        assertArrayEquals(a.energyEv(), b.energyEv());
        // The layers are really random: not all equal.
        Staircase p = a.profile();
        assertNotEquals(p.potentialEv(0), p.potentialEv(1));
        assertNotEquals(p.widthA(0), p.widthA(1));
        // Longer profiles extend the standard one.
        Staircase longer = StandardWorkload.create(40, 16, 1.0).profile();
        for (int j = 0; j < p.sliceCount(); j++) {
            assertEquals(p.potentialEv(j), longer.potentialEv(j));
            assertEquals(p.widthA(j), longer.widthA(j));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"scalar", "vector"})
    void kernelsMatchTheTextbookTransferMatrixOnTheStandardWorkload(String kernel) {
        double worst = checkAgainstTextbook(kernel, StandardWorkload.create());
        System.out.printf("%s on the standard workload: worst relative T error vs textbook %.2e%n", kernel, worst);
    }

    @ParameterizedTest
    @CsvSource({"scalar, 40, 1", "vector, 40, 1", "scalar, 10, 0.25", "vector, 10, 0.25", "scalar, 10, 4", "vector, 10, 4"})
    void kernelsMatchTheTextbookOnTheScalingWorkloads(String kernel, int layers, double barrierScale) {
        Workload w = StandardWorkload.create(layers, ScalingBenchmark.EVALUATIONS / layers, barrierScale);
        double worst = checkAgainstTextbook(kernel, w);
        System.out.printf("%s, %d layers, barrier x%s: worst relative T error vs textbook %.2e%n",
                kernel, layers, barrierScale, worst);
    }

    /** Every energy of the workload against the textbook T; returns the worst relative error. */
    private static double checkAgainstTextbook(String kernelName, Workload w) {
        TransmissionKernel kernel = KernelProvider.select(KernelChoice.parse(kernelName));
        Staircase p = w.profile();
        double massU = w.species().massU();
        double[] e = w.energyEv();
        double[] log10T = new double[e.length];
        kernel.log10Transmission(p, massU, e, log10T, e.length);
        double worst = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < e.length; i++) {
            // Preconditions of the textbook product: no overflow, no slice exactly at E.
            double growth = TextbookTransferMatrix.growthExponent(p, massU, e[i]);
            assertTrue(growth < MAX_GROWTH_EXPONENT, "sum kappa*d = " + growth + " at E=" + e[i]);
            for (int j = 0; j < p.sliceCount(); j++) {
                assertNotEquals(p.potentialEv(j), e[i], "slice at E");
            }
            double expectedLnT = TextbookTransferMatrix.lnTransmission(p, massU, e[i]);
            assertTrue(expectedLnT <= 1e-12, "textbook ln T=" + expectedLnT + " at E=" + e[i]);
            // Relative error in T, computed from the logarithms so T may be below the smallest double.
            double rel = Math.abs(Math.expm1(log10T[i] * Math.log(10) - expectedLnT));
            worst = Math.max(worst, rel);
            if (!(rel <= RELATIVE_TOLERANCE)) {
                failures.add("E=" + e[i] + ": log10 T=" + log10T[i] + " vs textbook " + expectedLnT / Math.log(10));
            }
        }
        assertTrue(failures.isEmpty(), kernelName + ": " + failures.size() + " energies off by more than "
                + RELATIVE_TOLERANCE + ", first: " + (failures.isEmpty() ? "" : failures.get(0)));
        return worst;
    }
}
