package io.ionsweep.engine.kernel.panama;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ionsweep.engine.kernel.KernelChoice;
import io.ionsweep.engine.kernel.KernelProvider;
import io.ionsweep.engine.kernel.TransmissionKernel;
import io.ionsweep.engine.profile.Staircase;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The vector kernel's bookkeeping against the scalar reference: slice counts on both sides of the
 * block size (32) and its multiples, and energy counts that give an odd number of full vectors
 * (the last one paired with itself), an even number, and a scalar tail.
 */
class BlockingAndPairingTest {
    /** Relative agreement in ln T: the kernels' rounding differs only in the vector maths library. */
    private static final double LN_T_TOLERANCE = 1e-12;
    private static final double MASS_U = 39.0978;

    @ParameterizedTest(name = "{0} slices, {1} energies")
    @CsvSource({"1, 17", "31, 24", "32, 8", "33, 40", "64, 16", "65, 25", "100, 7", "100, 56", "0, 9"})
    void vectorMatchesScalarAcrossBlocksAndPairs(int slices, int energies) {
        assumeTrue(KernelProvider.vectorModulePresent(), "runs where jdk.incubator.vector is present");
        TransmissionKernel scalar = KernelProvider.select(KernelChoice.SCALAR);
        TransmissionKernel vector = KernelProvider.select(KernelChoice.VECTOR);
        SplittableRandom rnd = new SplittableRandom(31L * slices + energies);
        double[] v = new double[slices];
        double[] w = new double[slices];
        for (int j = 0; j < slices; j++) {
            v[j] = rnd.nextDouble(-0.05, 0.2);
            w[j] = rnd.nextDouble(0.05, 0.5);
        }
        Staircase profile = Staircase.of(0.0, -0.01, v, w);
        // Sorted energies from below the left lead (closed: T = 0) to above every barrier.
        double[] e = new double[energies];
        for (int i = 0; i < energies; i++) {
            e[i] = -0.005 + 0.3 * i / energies;
        }
        double[] a = new double[energies];
        double[] b = new double[energies];
        scalar.log10Transmission(profile, MASS_U, e, a, energies);
        // Output past count must stay untouched.
        double[] wide = new double[energies + 3];
        java.util.Arrays.fill(wide, 42.0);
        vector.log10Transmission(profile, MASS_U, e, wide, energies);
        System.arraycopy(wide, 0, b, 0, energies);
        for (int i = energies; i < wide.length; i++) {
            assertEquals(42.0, wide[i], "wrote past count");
        }
        double worst = 0;
        for (int i = 0; i < energies; i++) {
            if (a[i] == Double.NEGATIVE_INFINITY) {
                assertEquals(Double.NEGATIVE_INFINITY, b[i], "closed lead at E=" + e[i]);
                continue;
            }
            assertTrue(Double.isFinite(b[i]), "E=" + e[i]);
            double lnA = a[i] * Math.log(10);
            double rel = Math.abs(lnA - b[i] * Math.log(10)) / Math.max(1, Math.abs(lnA));
            worst = Math.max(worst, rel);
            assertTrue(rel <= LN_T_TOLERANCE, "E=" + e[i] + ": log10 T scalar " + a[i] + " vector " + b[i]);
        }
        System.out.printf("%d slices, %d energies: worst relative ln T difference %.2e%n", slices, energies, worst);
    }
}
