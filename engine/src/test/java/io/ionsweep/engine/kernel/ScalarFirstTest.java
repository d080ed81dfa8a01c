package io.ionsweep.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ionsweep.engine.physics.PhysicalConstants;
import io.ionsweep.engine.profile.Staircase;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Under AUTO the bit-identical pairs run scalar for their first calls, then vector: one switching kernel
 * per JVM, and every call's output, before and after the switch, equals the scalar kernel's bit for bit
 * (the deflation kernel's: the vector kernel's).
 */
class ScalarFirstTest {

    @Test
    void autoSlicesAndStiffnessSwitchToVectorAndGiveTheScalarResultsThroughout() {
        assumeTrue(KernelProvider.vectorModulePresent(), "runs where jdk.incubator.vector is present");
        ComplexSliceKernel complex = KernelProvider.selectComplexSlices(KernelChoice.AUTO);
        StiffnessKernel stiffness = KernelProvider.selectStiffness(KernelChoice.AUTO);
        assertSame(complex, KernelProvider.complexSlices());
        assertSame(stiffness, KernelProvider.selectStiffness(KernelChoice.AUTO));
        assertTrue(complex.name().startsWith("vector"), complex.name());
        ComplexSliceKernel complexScalar = new ScalarComplexSliceKernel();
        StiffnessKernel stiffnessScalar = new ScalarStiffnessKernel();
        SplittableRandom rnd = new SplittableRandom(41);
        int n = 29;
        double[] v = new double[n];
        double[] w = new double[n];
        double[] a = new double[ComplexSliceKernel.FIELDS * n];
        double[] b = new double[ComplexSliceKernel.FIELDS * n];
        for (int call = 0; call < ScalarFirst.SLICE_CALLS + 100; call++) {
            for (int p = 0; p < n; p++) {
                v[p] = rnd.nextDouble(-0.1, 0.5);
                w[p] = rnd.nextDouble(0.01, 3);
            }
            double factor = PhysicalConstants.waveNumberFactor(rnd.nextDouble(1, 140));
            double e = rnd.nextDouble(1e-3, 0.4);
            complex.coefficients(v, w, n, factor, e, -1e-6, a);
            complexScalar.coefficients(v, w, n, factor, e, -1e-6, b);
            assertBits(a, b, ComplexSliceKernel.FIELDS * n, call);
            stiffness.stiffness(v, w, n, factor, e, a);
            stiffnessScalar.stiffness(v, w, n, factor, e, b);
            assertBits(a, b, StiffnessKernel.ROWS * n, call);
        }
        assertTrue(((ScalarFirst.Switching) complex).onVector());
        assertTrue(((ScalarFirst.Switching) stiffness).onVector());
    }

    @Test
    void autoTransmissionSwitchesToVectorAndGivesTheScalarResultsThroughout() {
        assumeTrue(KernelProvider.vectorModulePresent(), "runs where jdk.incubator.vector is present");
        TransmissionKernel auto = KernelProvider.select(KernelChoice.AUTO);
        assertSame(auto, KernelProvider.get());
        TransmissionKernel scalar = new ScalarTransmissionKernel();
        SplittableRandom rnd = new SplittableRandom(43);
        double[] e = new double[37];
        double[] a = new double[e.length];
        double[] b = new double[e.length];
        for (int call = 0; call < ScalarFirst.TRANSMISSION_CALLS + 20; call++) {
            Staircase s = RandomProfiles.next(rnd, 12);
            for (int i = 0; i < e.length; i++) {
                e[i] = rnd.nextDouble(1e-3, 0.5);
            }
            auto.log10Transmission(s, 39.1, e, a, e.length);
            scalar.log10Transmission(s, 39.1, e, b, e.length);
            assertBits(a, b, e.length, call);
        }
        assertTrue(((ScalarFirst.Switching) auto).onVector());
    }

    /** The deflation switch's scalar half is the vector kernel's lanes one by one: its results throughout. */
    @Test
    void autoDeflationSwitchesToVectorAndGivesItsResultsThroughout() {
        assumeTrue(KernelProvider.vectorModulePresent(), "runs where jdk.incubator.vector is present");
        DeflationKernel auto = KernelProvider.selectDeflation(KernelChoice.AUTO);
        assertSame(auto, KernelProvider.deflation());
        DeflationKernel vector = KernelProvider.selectDeflation(KernelChoice.VECTOR);
        assertEquals(vector.lanes(), auto.lanes());
        SplittableRandom rnd = new SplittableRandom(47);
        int n = 211;
        double[] re = new double[n];
        double[] im = new double[n];
        double[] a = auto.newBuffer();
        double[] b = vector.newBuffer();
        for (int call = 0; call < ScalarFirst.DEFLATION_CALLS + 20; call++) {
            for (int k = 0; k < n; k++) {
                re[k] = rnd.nextDouble(1e-3, 0.4);
                im[k] = -Math.pow(10, rnd.nextDouble(-12, -2));
            }
            double eRe = rnd.nextDouble(0, 0.45);
            double eIm = -rnd.nextDouble(0, 0.02);
            auto.divideOut(eRe, eIm, re, im, n, a);
            vector.divideOut(eRe, eIm, re, im, n, b);
            assertBits(b, a, DeflationKernel.OUT_LENGTH, call);
        }
        assertTrue(((ScalarFirst.Switching) auto).onVector());
    }

    private static void assertBits(double[] a, double[] b, int n, int call) {
        for (int i = 0; i < n; i++) {
            assertEquals(Double.doubleToLongBits(b[i]), Double.doubleToLongBits(a[i]), "call " + call + ", entry " + i);
        }
    }
}
