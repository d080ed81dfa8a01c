package io.ionsweep.engine.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ionsweep.engine.kernel.Kernels;
import io.ionsweep.engine.kernel.TransmissionKernel;
import io.ionsweep.engine.physics.SpeciesTable;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Gaussian barriers, biased barriers and tables at the default accuracy against an independent
 * Runge-Kutta integration of the Schrodinger equation (itself checked against the Eckart closed form),
 * with every kernel.
 */
class SmoothProfilesTest {
    private static final double K = SpeciesTable.lookup("K+").orElseThrow().massU();
    private static final double LI = SpeciesTable.lookup("Li+").orElseThrow().massU();
    private static final double LN10 = Math.log(10.0);
    /** RK4 step of the reference, Angstrom: its error stays below 1e-8 in ln T for k <= 70 / A. */
    private static final double REFERENCE_STEP_A = 1.25e-4;
    /** How much the reference may be off, in ln T (shown by {@link #referenceMatchesTheEckartClosedForm}). */
    private static final double REFERENCE_ERROR_LN = 1e-8;

    private static double[] energies(double lowEv, double highEv, int n) {
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            e[i] = lowEv + (highEv - lowEv) * i / (n - 1.0);
        }
        return e;
    }

    /** The bias ramp the profiles document: 0 left of [start, end], -drop right of it, linear inside. */
    private static double ramp(double x, double start, double end, double drop) {
        return x <= start ? 0.0 : x >= end ? -drop : -drop * (x - start) / (end - start);
    }

    @Test
    void referenceMatchesTheEckartClosedForm() {
        double v0 = 0.1;
        double a = 0.5;
        double reach = 16 * a;
        for (double e : energies(0.005, 0.2, 9)) {
            double ref = OdeReference.lnT(x -> v0 / Math.pow(Math.cosh(x / a), 2), new double[] {-reach, reach},
                    0, 0, K, e, REFERENCE_STEP_A);
            double exact = EckartExact.lnT(K, v0, a, e);
            assertEquals(exact, ref, REFERENCE_ERROR_LN, "RK4 reference at E=" + e);
        }
    }

    /** Checks a profile against the reference at every energy, within the accuracy and the reported estimate. */
    private static void check(String what, ProfileSpec p, double massU, double biasDropEv, double[] e,
                              DoubleUnaryOperator referenceLnT) {
        for (TransmissionKernel kernel : Kernels.available()) {
            double[] log10T = new double[e.length];
            double estimate = p.log10Transmission(kernel, massU, biasDropEv, e, log10T, e.length);
            assertTrue(Double.isFinite(estimate) && estimate <= Accuracy.DEFAULT, what + ": estimate " + estimate);
            double worst = 0;
            for (int i = 0; i < e.length; i++) {
                double ref = referenceLnT.applyAsDouble(e[i]);
                if (ref == Double.NEGATIVE_INFINITY) {
                    assertEquals(Double.NEGATIVE_INFINITY, log10T[i], what + ": closed lead at E=" + e[i]);
                    continue;
                }
                double errLn = Math.abs(log10T[i] * LN10 - ref);
                double allowedLn = Accuracy.toleranceLog10(ref / LN10, Accuracy.DEFAULT) * LN10 + REFERENCE_ERROR_LN;
                worst = Math.max(worst, errLn / allowedLn);
                int row = i;
                assertTrue(errLn <= allowedLn, () -> what + " " + kernel.name() + " E=" + e[row] + ": ln T "
                        + log10T[row] * LN10 + " vs reference " + ref);
                assertTrue(errLn <= estimate * LN10 + REFERENCE_ERROR_LN, () -> what + " E=" + e[row]
                        + ": error " + errLn + " above the reported estimate");
            }
            System.out.printf("%-40s %-16s worst error = %.3f of the tolerance, estimate %.2e (log10 T)%n",
                    what, kernel.name(), worst, estimate);
        }
    }

    @Test
    void gaussianBarriers() {
        for (double[] c : new double[][] {{K, 0.1, 0.3}, {LI, 0.12, 0.5}}) {
            double m = c[0];
            double h = c[1];
            double sigma = c[2];
            double reach = 10 * sigma;
            check("gaussian " + h + " eV sigma " + sigma + " A", GaussianProfile.of(h, sigma), m, 0.0,
                    energies(0.004, 2 * h, 21),
                    e -> OdeReference.lnT(x -> h * Math.exp(-x * x / (2 * sigma * sigma)), new double[] {-reach, reach},
                            0, 0, m, e, REFERENCE_STEP_A));
        }
    }

    @Test
    void biasedGaussianOffCentre() {
        double h = 0.1;
        double sigma = 0.3;
        double center = 1.0;
        double field = 4.0;
        double drop = 0.05;
        double reach = 10 * sigma;
        double start = center - field / 2;
        double end = center + field / 2;
        check("gaussian, bias drop 0.05 eV over 4 A", new GaussianProfile(h, sigma, center, field, Accuracy.DEFAULT), K,
                drop, energies(0.004, 0.2, 21),
                e -> OdeReference.lnT(x -> h * Math.exp(-Math.pow(x - center, 2) / (2 * sigma * sigma)) + ramp(x, start, end, drop),
                        new double[] {center - reach, start, end, center + reach}, 0, -drop, K, e, REFERENCE_STEP_A));
    }

    @Test
    void biasedEckartBothWays() {
        double v0 = 0.1;
        double a = 0.5;
        double reach = 16 * a;
        double half = EckartProfile.defaultFieldWidthA(a) / 2;
        for (double drop : new double[] {0.03, -0.02}) {
            check("eckart, bias drop " + drop + " eV", EckartProfile.of(v0, a), K, drop, energies(0.004, 0.2, 21),
                    e -> e <= -drop ? Double.NEGATIVE_INFINITY
                            : OdeReference.lnT(x -> v0 / Math.pow(Math.cosh(x / a), 2) + ramp(x, -half, half, drop),
                            new double[] {-reach, -half, half, reach}, 0, -drop, K, e, REFERENCE_STEP_A));
        }
    }
}
