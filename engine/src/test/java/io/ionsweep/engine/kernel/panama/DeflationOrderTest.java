package io.ionsweep.engine.kernel.panama;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ionsweep.engine.kernel.DeflationKernel;
import io.ionsweep.engine.kernel.KernelChoice;
import io.ionsweep.engine.kernel.KernelProvider;
import io.ionsweep.engine.kernel.LanesDeflationKernel;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The vector deflation kernel against its algorithm written out lane by lane in plain Java
 * ({@link LanesDeflationKernel}, which also runs in its place until it is compiled): bit for bit. Results of
 * the pole search must not depend on the JIT (the interpreter's and the compiled code's lanes must agree),
 * so the kernel may use no operation whose order is unspecified; a floating-point reduceLanes(ADD), which
 * the first version used, fails this test. Counts around a round (2 lanes) and a rescale (8 rounds); every
 * fourth trial puts half the zeros within 1e-9 eV of E and half 10 eV away, so that the rescaling matters.
 */
class DeflationOrderTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 5, 15, 16, 17, 64, 127, 128, 129, 131, 257, 395, 1021})
    void vectorKernelIsItsAlgorithmLaneByLane(int count) {
        assumeTrue(KernelProvider.vectorModulePresent(), "runs where jdk.incubator.vector is present");
        DeflationKernel vector = KernelProvider.selectDeflation(KernelChoice.VECTOR);
        DeflationKernel lanes = new LanesDeflationKernel(VectorConstants.DOUBLES.length());
        double[] out = vector.newBuffer();
        double[] expected = lanes.newBuffer();
        SplittableRandom rnd = new SplittableRandom(11 + count);
        for (int trial = 0; trial < 300; trial++) {
            double[] zRe = new double[count];
            double[] zIm = new double[count];
            double eRe = rnd.nextDouble(0, 0.45);
            double eIm = trial % 3 == 0 ? rnd.nextDouble(0, 0.005) : -rnd.nextDouble(0, 0.02);
            for (int k = 0; k < count; k++) {
                zRe[k] = trial % 4 != 1 ? rnd.nextDouble(0, 0.4)
                        : k % 2 == 0 ? eRe + rnd.nextDouble(-1e-9, 1e-9) : 10 + rnd.nextDouble();
                zIm[k] = -Math.pow(10, rnd.nextDouble(-14, -2));
            }
            vector.divideOut(eRe, eIm, zRe, zIm, count, out);
            lanes.divideOut(eRe, eIm, zRe, zIm, count, expected);
            for (int i = 0; i < DeflationKernel.OUT_LENGTH; i++) {
                assertEquals(Double.doubleToRawLongBits(expected[i]), Double.doubleToRawLongBits(out[i]),
                        "output " + i + " of trial " + trial + ": " + expected[i] + " vs " + out[i]);
            }
        }
    }
}
