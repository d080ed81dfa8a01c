package io.ionsweep.engine.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ionsweep.engine.kernel.Kernels;
import io.ionsweep.engine.kernel.TransmissionKernel;
import io.ionsweep.engine.physics.SpeciesTable;
import org.junit.jupiter.api.Test;

/** Tabulated potentials: the interpolant, the transmission against independent truth, and bad tables. */
class TableProfileTest {
    private static final double K = SpeciesTable.lookup("K+").orElseThrow().massU();
    private static final double LN10 = Math.log(10.0);

    // A non-monotone, unevenly spaced table with a flat stretch (0.7..2.0) and limited end slopes.
    private static final double[] X = {-6.0, -4.5, -3.0, -2.2, -1.0, 0.0, 0.7, 2.0, 3.5, 5.0};
    private static final double[] V = {0.0, 0.02, 0.11, 0.05, 0.12, -0.03, 0.09, 0.09, 0.01, 0.0};

    @Test
    void pchipMatchesScipy() {
        // scipy.interpolate.PchipInterpolator(X, V) (SciPy 1.17.1), evaluated at these points and its slopes at X.
        double[] at = {-5.7, -4.0, -2.9, -2.5, -1.7, -0.4, 0.3, 1.1, 1.9, 2.8, 4.2, 4.9};
        double[] scipy = {0.0010327272727272717, 0.04818181818181818, 0.10742187499999999, 0.06898437499999999,
                0.07633101851851853, 0.022800000000000015, 0.017230320699708455, 0.09, 0.09, 0.04836576131687245,
                0.003139423868312756, 5.3662551440328624e-05};
        double[] scipySlopes = {0.0, 0.021818181818181816, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, -0.011851851851851851, 0.0};
        TableInterpolant f = new TableInterpolant(X, V, Interpolation.PCHIP);
        for (int i = 0; i < at.length; i++) {
            assertEquals(scipy[i], f.valueEv(at[i]), 1e-15, "at x=" + at[i]);
        }
        double[] slopes = TableInterpolant.pchipSlopes(X, V);
        for (int i = 0; i < X.length; i++) {
            assertEquals(scipySlopes[i], slopes[i], 1e-15, "slope at x=" + X[i]);
        }
    }

    @Test
    void pchipHitsTheKnotsAndNeverOvershoots() {
        TableInterpolant f = new TableInterpolant(X, V, Interpolation.PCHIP);
        for (int k = 0; k < X.length - 1; k++) {
            assertEquals(V[k], f.valueEv(k, X[k]), 1e-15);
            assertEquals(V[k + 1], f.valueEv(k, X[k + 1]), 1e-15);
            double lo = Math.min(V[k], V[k + 1]);
            double hi = Math.max(V[k], V[k + 1]);
            for (int j = 1; j < 100; j++) {
                double x = X[k] + (X[k + 1] - X[k]) * j / 100.0;
                double v = f.valueEv(k, x);
                assertTrue(v >= lo - 1e-15 && v <= hi + 1e-15, "overshoot at x=" + x + ": " + v);
            }
        }
    }

    @Test
    void linearAndPchipReproduceStraightLines() {
        double[] x = {0.0, 0.3, 1.0, 2.5};
        double[] v = {0.1, 0.07, 0.0, -0.15};
        for (Interpolation how : Interpolation.values()) {
            TableInterpolant f = new TableInterpolant(x, v, how);
            for (double q = 0; q <= 2.5; q += 0.05) {
                assertEquals(0.1 - 0.1 * q, f.valueEv(q), 1e-15, how + " at " + q);
            }
        }
    }

    /** A piecewise-linear table against the RK4 reference on the same straight lines (coded independently here). */
    @Test
    void linearTableAgainstTheReference() {
        double[] x = {-3.0, -2.0, -1.2, -0.5, 0.0, 0.6, 1.5, 2.4, 3.0};
        double[] v = {0.0, 0.05, 0.12, 0.03, 0.09, -0.02, 0.11, 0.04, 0.02};
        double leadRight = 0.02;
        TableProfile table = TableProfile.of(x, v, Interpolation.LINEAR);
        for (double drop : new double[] {0.0, 0.04}) {
            double[] e = {0.025, 0.05, 0.08, 0.11, 0.115, 0.13, 0.2, 0.3};
            for (TransmissionKernel kernel : Kernels.available()) {
                double[] log10T = new double[e.length];
                double estimate = table.log10Transmission(kernel, K, drop, e, log10T, e.length);
                for (int i = 0; i < e.length; i++) {
                    double energy = e[i];
                    double ref = OdeReference.lnT(q -> linear(x, v, q) - drop * (q - x[0]) / (x[x.length - 1] - x[0]), x,
                            0.0, leadRight - drop, K, energy, 1.25e-4);
                    double err = Math.abs(log10T[i] * LN10 - ref);
                    assertTrue(err <= Accuracy.DEFAULT + 1e-8, kernel.name() + " drop " + drop + " E=" + energy
                            + ": ln T " + log10T[i] * LN10 + " vs " + ref);
                    assertTrue(err <= estimate * LN10 + 1e-8, "error above the estimate at E=" + energy);
                }
            }
        }
    }

    private static double linear(double[] x, double[] v, double q) {
        for (int k = 0; k < x.length - 1; k++) {
            if (q <= x[k + 1]) {
                return v[k] + (v[k + 1] - v[k]) * (q - x[k]) / (x[k + 1] - x[k]);
            }
        }
        return v[v.length - 1];
    }

    /**
     * The Eckart barrier sampled every 0.01 A and interpolated by PCHIP against its closed form. PCHIP's
     * own error (about h^3 V''' / 100, a few 1e-8 eV here) dominates, so the bound is the interpolation's,
     * not the accuracy's.
     */
    @Test
    void denseEckartTableAgainstTheClosedForm() {
        double v0 = 0.1;
        double a = 0.5;
        int n = 1601;
        double[] x = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = -8.0 + 16.0 * i / (n - 1);
            v[i] = v0 / Math.pow(Math.cosh(x[i] / a), 2);
        }
        TableProfile table = TableProfile.of(x, v, Interpolation.PCHIP).withLeads(0.0, 0.0);
        double[] e = {0.01, 0.05, 0.09, 0.1, 0.11, 0.15};
        double[] log10T = new double[e.length];
        table.log10Transmission(Kernels.available().getLast(), K, 0.0, e, log10T, e.length);
        for (int i = 0; i < e.length; i++) {
            double rel = Math.abs(Math.expm1(log10T[i] * LN10 - EckartExact.lnT(K, v0, a, e[i])));
            assertTrue(rel < 1e-4, "E=" + e[i] + ": relative error " + rel);
        }
    }

    @Test
    void leadsDefaultToTheEndValues() {
        TableProfile t = TableProfile.of(X, V, Interpolation.PCHIP);
        assertEquals(V[0], t.leadLeftEv());
        assertEquals(V[V.length - 1], t.leadRightEv());
        Staircase s = t.staircase(0.01);
        assertEquals(V[0], s.leadLeftEv());
        assertEquals(V[V.length - 1] - 0.01, s.leadRightEv(), 1e-15);
        assertEquals(X[X.length - 1] - X[0], s.lengthA(), 1e-12);
    }

    @Test
    void badTablesNameTheProblem() {
        assertMessage("profile.table row 3: x_A must increase strictly, got 0.5 after 1.0",
                () -> TableProfile.of(new double[] {0, 1, 0.5}, new double[] {0, 0, 0}, Interpolation.PCHIP));
        assertMessage("profile.table row 2: x_A must increase strictly, got 1.0 after 1.0",
                () -> TableProfile.of(new double[] {1, 1}, new double[] {0, 0}, Interpolation.LINEAR));
        assertMessage("profile.table: needs at least two points, got 1",
                () -> TableProfile.of(new double[] {1}, new double[] {0}, Interpolation.PCHIP));
        assertMessage("profile.table row 2: V must be a finite number, got NaN",
                () -> TableProfile.of(new double[] {0, 1}, new double[] {0, Double.NaN}, Interpolation.PCHIP));
        assertMessage("profile.table row 1: x_A must be a finite number, got Infinity",
                () -> TableProfile.of(new double[] {Double.POSITIVE_INFINITY, 1}, new double[] {0, 0}, Interpolation.PCHIP));
        assertMessage("profile.table: x_A has 3 values but V has 2",
                () -> TableProfile.of(new double[] {0, 1, 2}, new double[] {0, 0}, Interpolation.PCHIP));
        assertMessage("profile.table: missing column V",
                () -> TableProfile.of(new double[] {0, 1}, null, Interpolation.PCHIP));
        assertMessage("profile.interpolation must be one of pchip (monotone cubic), linear; got 'spline'",
                () -> Interpolation.parse("spline"));
        assertEquals(Interpolation.PCHIP, Interpolation.parse(" Monotone_Cubic "));
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable e) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, e).getMessage());
    }
}
