package io.ionsweep.engine.kernel.panama;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ionsweep.engine.kernel.DeflationKernel;
import io.ionsweep.engine.kernel.FastMath;
import io.ionsweep.engine.kernel.KernelChoice;
import io.ionsweep.engine.kernel.KernelProvider;
import io.ionsweep.engine.kernel.ScalarDeflationKernel;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The vector deflation kernel against its own algorithm written out lane by lane in plain Java: bit for bit.
 * Results of the pole search must not depend on the JIT (the interpreter's and the compiled code's lanes must
 * agree), so the kernel may use no operation whose order is unspecified; a floating-point reduceLanes(ADD),
 * which the first version used, fails this test.
 */
class DeflationOrderTest {
    private static final long BIAS = 1023;
    private static final int RESCALE_EVERY = 8;

    @ParameterizedTest
    @ValueSource(ints = {0, 5, 16, 17, 64, 129, 395, 1021})
    void vectorKernelIsItsAlgorithmLaneByLane(int count) {
        assumeTrue(KernelProvider.vectorModulePresent(), "runs where jdk.incubator.vector is present");
        DeflationKernel vector = KernelProvider.selectDeflation(KernelChoice.VECTOR);
        double[] out = vector.newBuffer();
        SplittableRandom rnd = new SplittableRandom(11 + count);
        for (int trial = 0; trial < 300; trial++) {
            double[] zRe = new double[count];
            double[] zIm = new double[count];
            for (int k = 0; k < count; k++) {
                zRe[k] = rnd.nextDouble(0, 0.4);
                zIm[k] = -Math.pow(10, rnd.nextDouble(-14, -2));
            }
            double eRe = rnd.nextDouble(0, 0.45);
            double eIm = -rnd.nextDouble(0, 0.02);
            vector.divideOut(eRe, eIm, zRe, zIm, count, out);
            double[] expected = laneByLane(eRe, eIm, zRe, zIm, count, VectorConstants.DOUBLES.length());
            for (int i = 0; i < DeflationKernel.OUT_LENGTH; i++) {
                assertEquals(Double.doubleToRawLongBits(expected[i]), Double.doubleToRawLongBits(out[i]),
                        "output " + i + " of trial " + trial + ": " + expected[i] + " vs " + out[i]);
            }
        }
    }

    private static double[] laneByLane(double eRe, double eIm, double[] zRe, double[] zIm, int count, int lanes) {
        int chains = 2 * lanes;
        int bound = count - count % chains;
        // per chain lane: P, P', biased exponent sum
        double[] pr = new double[chains];
        double[] pi = new double[chains];
        double[] dr = new double[chains];
        double[] di = new double[chains];
        long[] ex = new long[chains];
        java.util.Arrays.fill(pr, 1);
        int rounds = 0;
        for (int k = 0; k < bound; k += chains) {
            for (int c = 0; c < chains; c++) {
                double xr = eRe - zRe[k + c];
                double xi = eIm - zIm[k + c];
                double t = Math.fma(dr[c], xr, pr[c] - di[c] * xi);
                di[c] = Math.fma(dr[c], xi, Math.fma(di[c], xr, pi[c]));
                dr[c] = t;
                t = pr[c] * xr - pi[c] * xi;
                pi[c] = Math.fma(pr[c], xi, pi[c] * xr);
                pr[c] = t;
            }
            if (++rounds % RESCALE_EVERY == 0) {
                for (int c = 0; c < chains; c++) {
                    long biased = Math.max(Math.max(Double.doubleToRawLongBits(pr[c]) & Long.MAX_VALUE,
                            Double.doubleToRawLongBits(pi[c]) & Long.MAX_VALUE) >>> 52, 1);
                    double scale = Double.longBitsToDouble((2 * BIAS - biased) << 52);
                    pr[c] *= scale;
                    pi[c] *= scale;
                    dr[c] *= scale;
                    di[c] *= scale;
                    ex[c] += biased;
                }
            }
        }
        double[] out = new double[DeflationKernel.OUT_LENGTH];
        if (bound > 0) {
            double mr = 1;
            double mi = 0;
            double exponent = -2.0 * lanes * BIAS * (rounds / RESCALE_EVERY);
            double sr = 0;
            double si = 0;
            for (int chain = 0; chain < 2; chain++) {
                for (int j = 0; j < lanes; j++) {
                    int c = chain * lanes + j;
                    double norm = pr[c] * pr[c] + pi[c] * pi[c];
                    sr += (dr[c] * pr[c] + di[c] * pi[c]) / norm;
                    si += (di[c] * pr[c] - dr[c] * pi[c]) / norm;
                }
                for (int j = 0; j < lanes; j++) {
                    int c = chain * lanes + j;
                    double t = mr * pr[c] - mi * pi[c];
                    mi = mr * pi[c] + mi * pr[c];
                    mr = t;
                    int e = Math.getExponent(Math.max(Math.abs(mr), Math.abs(mi)));
                    double s = FastMath.powerOfTwo(-e);
                    mr *= s;
                    mi *= s;
                    exponent += e + ex[c];
                }
            }
            out[DeflationKernel.PRODUCT_RE] = mr;
            out[DeflationKernel.PRODUCT_IM] = mi;
            out[DeflationKernel.PRODUCT_EXPONENT] = exponent;
            out[DeflationKernel.SUM_RE] = sr;
            out[DeflationKernel.SUM_IM] = si;
        } else {
            out[DeflationKernel.PRODUCT_RE] = 1;
        }
        ScalarDeflationKernel.oneByOne(eRe, eIm, zRe, zIm, bound, count, out);
        int e = Math.getExponent(Math.max(Math.abs(out[0]), Math.abs(out[1])));
        double s = FastMath.powerOfTwo(-e);
        out[DeflationKernel.PRODUCT_RE] *= s;
        out[DeflationKernel.PRODUCT_IM] *= s;
        out[DeflationKernel.PRODUCT_EXPONENT] += e;
        return out;
    }
}
