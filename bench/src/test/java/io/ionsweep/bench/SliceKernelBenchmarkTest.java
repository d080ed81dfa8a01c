package io.ionsweep.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ionsweep.engine.kernel.ComplexSliceKernel;
import io.ionsweep.engine.kernel.StiffnessKernel;
import org.junit.jupiter.api.Test;

/**
 * The slice-kernel benchmark's state is the 144 distinct slices of the k-four-site filter at 50 mV, and
 * its kernels compute the right terms there: c~ = cosh(qd) e^{-Re(qd)} and s~ = sinh(qd)/q e^{-Re(qd)}
 * from Math's complex exponentials, and the stiffness diagonal q coth(qd) or k cot(kd) from StrictMath;
 * and its Dirichlet counts are the number of nodes of the solution shot from the left wall (the Sturm
 * oscillation theorem).
 */
class SliceKernelBenchmarkTest {

    /** The benchmark's state set up for each kernel this JVM can run. */
    private static java.util.List<SliceKernelBenchmark> benchmarks() {
        java.util.List<SliceKernelBenchmark> list = new java.util.ArrayList<>();
        for (String kernel : new String[] {"scalar", "vector"}) {
            if (kernel.equals("vector") && !io.ionsweep.engine.kernel.KernelProvider.vectorModulePresent()) {
                continue;
            }
            SliceKernelBenchmark b = new SliceKernelBenchmark();
            b.kernel = kernel;
            b.setUp();
            list.add(b);
        }
        return list;
    }

    @Test
    void workloadIsTheTiltedFourSiteFilterAndItsTermsAreRight() {
        for (SliceKernelBenchmark b : benchmarks()) {
            String kernel = b.kernel;
            int n = b.potentialEv.length;
            assertEquals(144, n);
            assertEquals(144, java.util.stream.IntStream.range(0, n)
                    .mapToObj(j -> b.potentialEv[j] + "/" + b.widthA[j]).distinct().count(), "all slices distinct");
            double e = b.energyEv[SliceKernelBenchmark.ENERGIES / 2];
            double eIm = SliceKernelBenchmark.IMAGINARY_EV;
            b.complex.coefficients(b.potentialEv, b.widthA, n, b.factor, e, eIm, b.complexOut);
            b.stiffness.stiffness(b.potentialEv, b.widthA, n, b.factor, e, b.stiffnessOut);
            for (int p = 0; p < n; p++) {
                double d = b.widthA[p];
                double lr = b.factor * (b.potentialEv[p] - e);
                double li = -b.factor * eIm;
                double m = Math.hypot(lr, li);
                double qr = lr >= 0 ? Math.sqrt(0.5 * (m + lr)) : Math.abs(li) / (2 * Math.sqrt(0.5 * (m - lr)));
                double qi = lr >= 0 ? li / (2 * qr) : Math.signum(li) * Math.sqrt(0.5 * (m - lr));
                // e^{qd} e^{-Re qd} = e^{i Im qd}; e^{-qd} e^{-Re qd} = e^{-2 Re qd} e^{-i Im qd}
                double far = Math.exp(-2 * qr * d);
                double cos = Math.cos(qi * d);
                double sin = Math.sin(qi * d);
                double cr = 0.5 * (cos + far * cos);
                double ci = 0.5 * (sin - far * sin);
                double nr = 0.5 * (cos - far * cos);
                double ni = 0.5 * (sin + far * sin);
                double qq = qr * qr + qi * qi;
                String at = kernel + " slice " + p;
                assertEquals(cr, b.complexOut[ComplexSliceKernel.C0R * n + p], 1e-13, at);
                assertEquals(ci, b.complexOut[ComplexSliceKernel.C0I * n + p], 1e-13, at);
                assertEquals((nr * qr + ni * qi) / qq, b.complexOut[ComplexSliceKernel.S0R * n + p], 1e-13 * d, at);
                assertEquals((ni * qr - nr * qi) / qq, b.complexOut[ComplexSliceKernel.S0I * n + p], 1e-13 * d, at);
                double diagonal = b.stiffnessOut[StiffnessKernel.DIAGONAL * n + p];
                double expected = lr > 0 ? Math.sqrt(lr) / StrictMath.tanh(Math.sqrt(lr) * d)
                        : Math.sqrt(-lr) / StrictMath.tan(Math.sqrt(-lr) * d);
                assertEquals(expected, diagonal, 1e-12 * Math.abs(expected), at);
            }
        }
    }

    @Test
    void dirichletCountsAreTheNodesOfTheShotSolution() {
        for (SliceKernelBenchmark b : benchmarks()) {
            String kernel = b.kernel;
            int[] counts = b.countAll();
            int previous = 0;
            for (int i = 0; i < SliceKernelBenchmark.ENERGIES; i++) {
                int nodes = nodes(b.potentialEv, b.widthA, b.factor, b.energyEv[i]);
                assertEquals(nodes, counts[i], kernel + " energy " + i);
                previous = Math.max(previous, nodes);
            }
            assertTrue(previous >= 10, "the energies span many eigenvalues: " + previous);
        }
    }

    /**
     * The zeros in (0, L) of psi with psi(0) = 0, psi'(0) = 1, shot slice by slice with the exact solutions:
     * R cos(kx - theta) in an allowed slice (its zeros counted from the phase), a cosh + b sinh in a forbidden
     * one (at most one zero, where psi changes sign).
     */
    private static int nodes(double[] v, double[] w, double factor, double e) {
        double psi = 0;
        double slope = 1;
        int zeros = 0;
        for (int j = 0; j < v.length; j++) {
            double lambda = factor * (v[j] - e);
            double d = w[j];
            double nextPsi;
            double nextSlope;
            if (lambda < 0) {
                double k = Math.sqrt(-lambda);
                double theta = Math.atan2(slope / k, psi);
                zeros += (int) (Math.floor((k * d - theta - Math.PI / 2) / Math.PI)
                        - Math.floor((-theta - Math.PI / 2) / Math.PI));
                nextPsi = psi * Math.cos(k * d) + slope / k * Math.sin(k * d);
                nextSlope = -psi * k * Math.sin(k * d) + slope * Math.cos(k * d);
            } else {
                double q = Math.sqrt(lambda);
                double sinh = q > 0 ? Math.sinh(q * d) / q : d;
                nextPsi = psi * Math.cosh(q * d) + slope * sinh;
                nextSlope = psi * q * q * sinh + slope * Math.cosh(q * d);
                if (psi != 0 && Math.signum(nextPsi) != Math.signum(psi)) {
                    zeros++;
                }
            }
            double norm = Math.hypot(nextPsi, nextSlope);
            psi = nextPsi / norm;
            slope = nextSlope / norm;
        }
        return zeros;
    }
}
