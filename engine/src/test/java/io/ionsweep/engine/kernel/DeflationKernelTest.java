package io.ionsweep.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The deflation kernels against a sum of logarithms and a plain sum of reciprocals (independent of both
 * implementations), on seeded random zeros at counts that are not multiples of any lane count, including
 * products far outside the double range (these also for {@link LanesDeflationKernel}, which
 * {@code DeflationOrderTest} holds to the vector kernel bit for bit); and the vector kernel against the
 * scalar one.
 */
class DeflationKernelTest {

    /** The provider's kernels, and the lanes kernel at this machine's lane count and at an odd one. */
    private static List<DeflationKernel> available() {
        List<DeflationKernel> list = new java.util.ArrayList<>(Kernels.availableDeflation());
        list.add(new LanesDeflationKernel(8));
        list.add(new LanesDeflationKernel(3));
        return list;
    }

    /** Zeros as a resonance search has them: E_r in (0, 0.4) eV, Im from -0.01 eV to 0, some clustered. */
    private static double[][] zeros(SplittableRandom rnd, int count) {
        double[] re = new double[count];
        double[] im = new double[count];
        for (int k = 0; k < count; k++) {
            re[k] = k > 0 && rnd.nextInt(4) == 0 ? re[k - 1] + rnd.nextDouble(1e-12, 1e-6) : rnd.nextDouble(1e-3, 0.4);
            im[k] = -Math.pow(10, rnd.nextDouble(-14, -2));
        }
        return new double[][] {re, im};
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 7, 13, 16, 17, 31, 64, 397, 1021})
    void productAndSumMatchLogarithmsAndReciprocals(int count) {
        SplittableRandom rnd = new SplittableRandom(77 + count);
        for (DeflationKernel kernel : available()) {
            double[] out = kernel.newBuffer();
            for (int trial = 0; trial < 50; trial++) {
                double[][] z = zeros(rnd, count);
                double eRe = rnd.nextDouble(0, 0.45);
                double eIm = trial % 2 == 0 ? -rnd.nextDouble(0, 0.02) : rnd.nextDouble(0, 0.005);
                double logModulus = 0;
                double argument = 0;
                double sumRe = 0;
                double sumIm = 0;
                double sumAbs = 0;
                for (int k = 0; k < count; k++) {
                    double dr = eRe - z[0][k];
                    double di = eIm - z[1][k];
                    double m = Math.hypot(dr, di);
                    logModulus += Math.log(m);
                    argument += Math.atan2(di, dr);
                    sumRe += dr / (m * m);
                    sumIm += -di / (m * m);
                    sumAbs += 1 / m;
                }
                kernel.divideOut(eRe, eIm, z[0], z[1], count, out);
                double pr = out[DeflationKernel.PRODUCT_RE];
                double pi = out[DeflationKernel.PRODUCT_IM];
                double exponent = out[DeflationKernel.PRODUCT_EXPONENT];
                String where = kernel.name() + " count " + count + " trial " + trial;
                assertTrue(Double.isFinite(pr) && Double.isFinite(pi) && (pr != 0 || pi != 0), where);
                assertEquals(Math.rint(exponent), exponent, where);
                // ln|P| to n ulps of the largest |ln|d||: relative accuracy of P
                double got = Math.log(Math.hypot(pr, pi)) + exponent * Math.log(2);
                assertEquals(logModulus, got, 1e-14 * (count + 1) * (1 + Math.abs(logModulus) / Math.max(count, 1)), where);
                double turn = Math.IEEEremainder(Math.atan2(pi, pr) - argument, 2 * Math.PI);
                assertEquals(0, turn, 1e-14 * (count + 1), where);
                double tol = 1e-14 * (count + 1) * sumAbs;
                assertEquals(sumRe, out[DeflationKernel.SUM_RE], tol, where);
                assertEquals(sumIm, out[DeflationKernel.SUM_IM], tol, where);
            }
        }
    }

    /** 1021 zeros within 1e-6 eV of E (P ~ 1e-6100) and 1021 near 0.3 eV away: no underflow or overflow. */
    @ParameterizedTest
    @ValueSource(doubles = {1e-6, 0.3})
    void productsFarOutsideTheDoubleRangeKeepTheirMantissa(double distance) {
        int count = 1021;
        double[] re = new double[count];
        double[] im = new double[count];
        for (int k = 0; k < count; k++) {
            re[k] = 0.1 + distance * Math.cos(k);
            im[k] = distance * Math.sin(k);
        }
        for (DeflationKernel kernel : available()) {
            double[] out = kernel.newBuffer();
            kernel.divideOut(0.1, 0, re, im, count, out);
            double lnExpected = count * Math.log(distance);
            double got = Math.log(Math.hypot(out[0], out[1])) + out[DeflationKernel.PRODUCT_EXPONENT] * Math.log(2);
            assertEquals(lnExpected, got, 1e-12 * Math.abs(lnExpected), kernel.name());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 17, 37, 395, 1021})
    void vectorAgreesWithScalar(int count) {
        assumeTrue(KernelProvider.vectorModulePresent(), "runs where jdk.incubator.vector is present");
        DeflationKernel scalar = KernelProvider.selectDeflation(KernelChoice.SCALAR);
        DeflationKernel vector = KernelProvider.selectDeflation(KernelChoice.VECTOR);
        double[] a = scalar.newBuffer();
        double[] b = vector.newBuffer();
        SplittableRandom rnd = new SplittableRandom(5 + count);
        double worst = 0;
        for (int trial = 0; trial < 200; trial++) {
            double[][] z = zeros(rnd, count);
            double eRe = rnd.nextDouble(0, 0.45);
            double eIm = -rnd.nextDouble(0, 0.02);
            scalar.divideOut(eRe, eIm, z[0], z[1], count, a);
            vector.divideOut(eRe, eIm, z[0], z[1], count, b);
            // P_vector / P_scalar = 1 to rounding
            double scale = Math.scalb(1.0, (int) (b[DeflationKernel.PRODUCT_EXPONENT] - a[DeflationKernel.PRODUCT_EXPONENT]));
            double nr = b[0] * a[0] + b[1] * a[1];
            double ni = b[1] * a[0] - b[0] * a[1];
            double den = a[0] * a[0] + a[1] * a[1];
            double err = Math.hypot(nr / den * scale - 1, ni / den * scale);
            worst = Math.max(worst, err);
            assertEquals(0, err, 1e-15 * count, "trial " + trial);
            double s = Math.hypot(a[DeflationKernel.SUM_RE], a[DeflationKernel.SUM_IM]);
            assertEquals(a[DeflationKernel.SUM_RE], b[DeflationKernel.SUM_RE], 1e-13 * s + 1e-12, "trial " + trial);
            assertEquals(a[DeflationKernel.SUM_IM], b[DeflationKernel.SUM_IM], 1e-13 * s + 1e-12, "trial " + trial);
        }
        System.out.printf("deflation, %d zeros: worst |P_vector / P_scalar - 1| = %.2e%n", count, worst);
    }

    /**
     * The lanes' product without step-by-step rescaling gives the step-by-step one's bits: mantissa and exponent,
     * on seeded lane values with parts from 2^-700 to 2^700 (one part sometimes exactly zero), strided and not,
     * and through the fallback where a lane is zero or subnormal.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5, 8, 13, 16})
    void lanesProductMatchesTheStepByStepOneBitForBit(int n) {
        SplittableRandom rnd = new SplittableRandom(4099 + n);
        for (int stride : new int[] {1, 4}) {
            for (int trial = 0; trial < 2000; trial++) {
                double[] lanes = new double[n * stride + 1];
                for (int j = 0; j < n; j++) {
                    int kind = rnd.nextInt(10);
                    lanes[j * stride] = kind == 0 ? 0.0 : part(rnd);
                    lanes[j * stride + 1] = kind == 1 ? 0.0 : part(rnd);
                }
                if (trial % 500 == 7) {
                    int j = rnd.nextInt(n);
                    lanes[j * stride] = trial % 1000 == 7 ? Double.MIN_VALUE * 3 : 0.0;
                    lanes[j * stride + 1] = 0.0;
                }
                double[] fast = new double[DeflationKernel.OUT_LENGTH];
                double[] slow = new double[DeflationKernel.OUT_LENGTH];
                double start = 1 + rnd.nextDouble();
                fast[DeflationKernel.PRODUCT_RE] = start;
                slow[DeflationKernel.PRODUCT_RE] = start;
                fast[DeflationKernel.PRODUCT_IM] = -0.5 * start;
                slow[DeflationKernel.PRODUCT_IM] = -0.5 * start;
                int eFast = LanesDeflationKernel.timesLanes(fast, lanes, 0, 1, stride, n);
                int eSlow = LanesDeflationKernel.timesEachLane(slow, lanes, 0, 1, stride, n);
                String at = "n " + n + ", stride " + stride + ", trial " + trial;
                assertEquals(eSlow, eFast, at);
                assertEquals(Double.doubleToRawLongBits(slow[DeflationKernel.PRODUCT_RE]),
                        Double.doubleToRawLongBits(fast[DeflationKernel.PRODUCT_RE]), at);
                assertEquals(Double.doubleToRawLongBits(slow[DeflationKernel.PRODUCT_IM]),
                        Double.doubleToRawLongBits(fast[DeflationKernel.PRODUCT_IM]), at);
            }
        }
    }

    /** A random signed part with a binary exponent from -700 to 700. */
    private static double part(SplittableRandom rnd) {
        double m = Math.scalb(1 + rnd.nextDouble(), rnd.nextInt(-700, 701));
        return rnd.nextBoolean() ? m : -m;
    }
}
