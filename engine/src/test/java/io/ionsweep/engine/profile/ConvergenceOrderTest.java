package io.ionsweep.engine.profile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ionsweep.engine.kernel.KernelChoice;
import io.ionsweep.engine.kernel.KernelProvider;
import io.ionsweep.engine.kernel.TransmissionKernel;
import io.ionsweep.engine.physics.SpeciesTable;
import org.junit.jupiter.api.Test;

/**
 * The order of convergence, measured: the plain midpoint staircase loses a factor 4 of error per doubling
 * (second order), one Richardson step a factor 16 (fourth order), two steps a factor of about 64.
 * Errors are against the Eckart closed form (window so wide that the tails are below 1e-11); under bias,
 * where no closed form exists, the ratio of successive differences shows the same orders, so the kinks
 * of the bias ramp sit on slice boundaries as they should.
 */
class ConvergenceOrderTest {
    private static final double MASS_U = SpeciesTable.lookup("K+").orElseThrow().massU();
    private static final double HEIGHT_EV = 0.1;
    private static final double LENGTH_A = 0.5;
    private static final double[] ENERGY_FRACTIONS = {0.1, 0.5, 0.9, 1.0, 1.2};
    private static final TransmissionKernel KERNEL = KernelProvider.select(KernelChoice.SCALAR);
    /** Levels 4..10: from 128 to 8192 slices. */
    private static final int FIRST = 4;
    private static final int LAST = 10;

    private static double[] energies() {
        double[] e = new double[ENERGY_FRACTIONS.length];
        for (int i = 0; i < e.length; i++) {
            e[i] = ENERGY_FRACTIONS[i] * HEIGHT_EV;
        }
        return e;
    }

    /** log10 T at every level from FIRST to LAST: [level][energy]. */
    private static double[][] levels(Discretisation d, double[] e) {
        double[][] out = new double[LAST + 1][];
        for (int l = FIRST; l <= LAST; l++) {
            out[l] = new double[e.length];
            KERNEL.log10Transmission(d.staircase(l), MASS_U, e, out[l], e.length);
        }
        return out;
    }

    /** One Richardson step over a table of levels, removing the error term h^(2 step). */
    private static double[][] richardson(double[][] t, int step) {
        double q = Math.pow(4, step);
        double[][] out = new double[t.length][];
        for (int l = 1; l < t.length; l++) {
            if (t[l] != null && t[l - 1] != null) {
                out[l] = new double[t[l].length];
                for (int i = 0; i < t[l].length; i++) {
                    out[l][i] = (q * t[l][i] - t[l - 1][i]) / (q - 1);
                }
            }
        }
        return out;
    }

    private static double worstError(double[] log10T, double[] e) {
        double worst = 0;
        for (int i = 0; i < e.length; i++) {
            worst = Math.max(worst, Math.abs(log10T[i] - EckartExact.log10T(MASS_U, HEIGHT_EV, LENGTH_A, e[i])));
        }
        return worst;
    }

    private static double worstDifference(double[] a, double[] b) {
        double worst = 0;
        for (int i = 0; i < a.length; i++) {
            worst = Math.max(worst, Math.abs(a[i] - b[i]));
        }
        return worst;
    }

    @Test
    void againstTheClosedForm() {
        EckartProfile barrier = EckartProfile.of(HEIGHT_EV, LENGTH_A).withAccuracy(Accuracy.TIGHTEST);
        double[] e = energies();
        double[][] plain = levels(barrier.discretisation(MASS_U, 0.0), e);
        double[][] r1 = richardson(plain, 1);
        double[][] r2 = richardson(r1, 2);
        StringBuilder report = new StringBuilder("Eckart K+ 0.1 eV 0.5 A, worst |error of log10 T| per level (plain staircase, one and two Richardson steps):");
        for (int l = FIRST; l <= LAST; l++) {
            report.append(String.format("%n  level %2d: %.2e %s %s", l, worstError(plain[l], e),
                    r1[l] == null ? "-" : String.format("%.2e", worstError(r1[l], e)),
                    r2[l] == null ? "-" : String.format("%.2e", worstError(r2[l], e))));
        }
        System.out.println(report);
        // Second order: levels 5..8 (errors from 3e-3 down to 2e-5, far above rounding).
        for (int l = 5; l < 8; l++) {
            double ratio = worstError(plain[l], e) / worstError(plain[l + 1], e);
            assertTrue(ratio > 3.6 && ratio < 4.4, "plain staircase, level " + l + ": error ratio " + ratio + ", expected 4");
        }
        // Fourth order after one step: levels 6..9 (errors from 1e-6 to 1e-9).
        for (int l = 6; l < 9; l++) {
            double ratio = worstError(r1[l], e) / worstError(r1[l + 1], e);
            assertTrue(ratio > 12 && ratio < 20, "one Richardson step, level " + l + ": error ratio " + ratio + ", expected 16");
        }
        // Sixth order after two steps, while the error is well above rounding (~1e-12).
        double ratio = worstError(r2[7], e) / worstError(r2[8], e);
        assertTrue(ratio > 40, "two Richardson steps, level 7: error ratio " + ratio + ", expected about 64");
    }

    @Test
    void underBiasTheSameOrders() {
        double drop = 0.04;
        for (ProfileSpec p : new ProfileSpec[] {
                new EckartProfile(HEIGHT_EV, LENGTH_A, 0.3, 2.2, Accuracy.TIGHTEST),
                new GaussianProfile(HEIGHT_EV, 0.4, -0.2, 3.0, Accuracy.TIGHTEST)}) {
            Discretisation d = p instanceof EckartProfile ek ? ek.discretisation(MASS_U, drop)
                    : ((GaussianProfile) p).discretisation(MASS_U, drop);
            double[] e = energies();
            double[][] plain = levels(d, e);
            double[][] r1 = richardson(plain, 1);
            for (int l = 5; l < 8; l++) {
                double ratio = worstDifference(plain[l], plain[l + 1]) / worstDifference(plain[l + 1], plain[l + 2]);
                assertTrue(ratio > 3.6 && ratio < 4.4, p + ", level " + l + ": difference ratio " + ratio + ", expected 4");
            }
            for (int l = 6; l < 9; l++) {
                double ratio = worstDifference(r1[l], r1[l + 1]) / worstDifference(r1[l + 1], r1[l + 2]);
                assertTrue(ratio > 12 && ratio < 20, p + ", one Richardson step, level " + l + ": difference ratio "
                        + ratio + ", expected 16");
            }
        }
    }
}
