package io.ionsweep.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ionsweep.engine.profile.Staircase;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The vector kernel against the scalar reference on seeded random profiles, at batch sizes that are
 * not multiples of any lane count. Both evaluate the same IEEE operations in the same order
 * (KernelMath), so they must agree bit for bit, which is stronger than the 1e-12 in ln T required.
 */
class ScalarVectorEquivalenceTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 13, 31, 127, 1021})
    void vectorAgreesWithScalarBitForBit(int batch) {
        compare(batch, new SplittableRandom(1000 + batch), rnd -> RandomProfiles.next(rnd, 25));
    }

    /** Profiles that repeat a few slices, up to 97 of them (over three of the vector kernel's blocks of 32). */
    @ParameterizedTest
    @ValueSource(ints = {13, 127})
    void repeatedSlicesAgreeBitForBit(int batch) {
        compare(batch, new SplittableRandom(2000 + batch), rnd -> RandomProfiles.repeating(rnd, 97));
    }

    private static void compare(int batch, SplittableRandom rnd,
                                java.util.function.Function<SplittableRandom, Staircase> profiles) {
        assumeTrue(KernelProvider.vectorModulePresent(), "runs where jdk.incubator.vector is present");
        TransmissionKernel scalar = KernelProvider.select(KernelChoice.SCALAR);
        TransmissionKernel vector = KernelProvider.select(KernelChoice.VECTOR);
        double worst = 0;
        for (int trial = 0; trial < 40; trial++) {
            Staircase p = profiles.apply(rnd);
            double mass = rnd.nextDouble(6, 140);
            // Energies in ascending runs, as real grids are, plus some shuffled ones for mixed vectors.
            double[] e = RandomProfiles.energies(rnd, batch, 0.4);
            if (trial % 2 == 0) {
                java.util.Arrays.sort(e);
            }
            double[] a = new double[batch];
            double[] b = new double[batch];
            scalar.log10Transmission(p, mass, e, a, batch);
            vector.log10Transmission(p, mass, e, b, batch);
            for (int i = 0; i < batch; i++) {
                if (a[i] == Double.NEGATIVE_INFINITY) {
                    assertEquals(Double.NEGATIVE_INFINITY, b[i]);
                    continue;
                }
                double lnDiff = Math.abs(a[i] - b[i]) * Math.log(10);
                worst = Math.max(worst, lnDiff);
                assertEquals(0, lnDiff, 1e-12, "E=" + e[i] + " ln T " + a[i] * Math.log(10) + " " + p);
                assertEquals(Double.doubleToRawLongBits(a[i]), Double.doubleToRawLongBits(b[i]), "bit-identical at E=" + e[i]);
            }
        }
        System.out.printf("batch %d: worst |ln T scalar - ln T vector| = %.2e%n", batch, worst);
    }
}
