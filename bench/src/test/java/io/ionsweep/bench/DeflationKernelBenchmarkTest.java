package io.ionsweep.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ionsweep.engine.kernel.DeflationKernel;
import io.ionsweep.engine.kernel.KernelProvider;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The deflation benchmark's state holds the k-four-site filter's poles (hundreds, the count of a
 * workload configuration, not a multiple of the lanes' round), and each kernel's product and sum there are
 * prod (E - z) and sum 1/(E - z) taken term by term: log |P| as a sum of logarithms of hypot, arg P as a sum
 * of atan2, S as a plain sum of reciprocals.
 */
class DeflationKernelBenchmarkTest {

    private static List<DeflationKernelBenchmark> benchmarks() {
        List<DeflationKernelBenchmark> list = new ArrayList<>();
        for (String kernel : new String[] {"scalar", "vector"}) {
            if (kernel.equals("vector") && !KernelProvider.vectorModulePresent()) {
                continue;
            }
            DeflationKernelBenchmark b = new DeflationKernelBenchmark();
            b.kernel = kernel;
            b.setUp();
            list.add(b);
        }
        return list;
    }

    @Test
    void productAndSumAreTheTermByTermOnes() {
        for (DeflationKernelBenchmark b : benchmarks()) {
            int n = b.zRe.length;
            assertTrue(n > 100, b.kernel + ": " + n + " poles");
            assertTrue(n % 16 != 0, "the rounds leave a remainder: " + n);
            for (double e : b.energyEv) {
                double eIm = DeflationKernelBenchmark.IMAGINARY_EV;
                double logModulus = 0;
                double argument = 0;
                double sumRe = 0;
                double sumIm = 0;
                double sumAbs = 0;
                for (int k = 0; k < n; k++) {
                    double dr = e - b.zRe[k];
                    double di = eIm - b.zIm[k];
                    double m = Math.hypot(dr, di);
                    logModulus += Math.log(m);
                    argument += Math.atan2(di, dr);
                    sumRe += dr / (m * m);
                    sumIm += -di / (m * m);
                    sumAbs += 1 / m;
                }
                b.deflation.divideOut(e, eIm, b.zRe, b.zIm, n, b.out);
                double pr = b.out[DeflationKernel.PRODUCT_RE];
                double pi = b.out[DeflationKernel.PRODUCT_IM];
                double log = Math.log(Math.hypot(pr, pi)) + b.out[DeflationKernel.PRODUCT_EXPONENT] * Math.log(2);
                String at = b.kernel + " at E = " + e;
                assertEquals(logModulus, log, 1e-12 * n, at);
                double turn = Math.IEEEremainder(Math.atan2(pi, pr) - argument, 2 * Math.PI);
                assertEquals(0, turn, 1e-12 * n, at);
                assertEquals(sumRe, b.out[DeflationKernel.SUM_RE], 1e-14 * n * sumAbs, at);
                assertEquals(sumIm, b.out[DeflationKernel.SUM_IM], 1e-14 * n * sumAbs, at);
            }
        }
    }
}
