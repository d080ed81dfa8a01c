package io.ionsweep.engine.observables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ionsweep.engine.physics.PhysicalConstants;
import io.ionsweep.engine.profile.Staircase;
import org.junit.jupiter.api.Test;

/** Sturm counts and Dirichlet eigenvalues against closed forms. */
class BoxSpectrumTest {
    private static final double MASS_U = 39.0977514;
    private static final double F = PhysicalConstants.waveNumberFactor(MASS_U);

    /** A flat region of width d at potential v between hard walls: E_n = v + (n pi / d)^2 / f. */
    private static double level(double v, double d, int n) {
        double k = n * Math.PI / d;
        return v + k * k / F;
    }

    @Test
    void flatRegionCountsMatchTheClosedFormSplitIntoAnySlices() {
        double v = 0.1;
        double d = 0.5;
        for (int pieces : new int[] {1, 3, 7}) {
            double[] vs = new double[pieces];
            double[] ws = new double[pieces];
            java.util.Arrays.fill(vs, v);
            java.util.Arrays.fill(ws, d / pieces);
            BoxSpectrum box = new BoxSpectrum(Staircase.of(0, 0, vs, ws), MASS_U);
            for (double e = 0.0; e < 0.6; e += 0.0037) {
                int expected = e <= v ? 0 : (int) Math.floor(d * Math.sqrt(F * (e - v)) / Math.PI);
                assertEquals(expected, box.count(e), pieces + " slices, E = " + e);
            }
            double[] ev = box.eigenvalues(0.0, 0.6);
            for (int n = 1; n <= ev.length; n++) {
                // seeds to 1/16 of their separation
                double sep = level(v, d, n + 1) - level(v, d, n);
                assertEquals(level(v, d, n), ev[n - 1], sep / 16, pieces + " slices, n = " + n);
            }
            assertTrue(ev.length >= 10);
        }
    }

    /**
     * Two identical wells behind barriers so opaque that the doublet splitting (about e^{-q d} of the
     * level spacing, far below one ulp) cannot be resolved: the count still steps by two across the
     * doublet, and both members are reported within the rounding band of the count, far closer together
     * than to any other level.
     */
    @Test
    void unresolvedDoubletIsCountedTwice() {
        // barrier 0.5 eV, 3 A wide: q d = sqrt(f 0.5) 3 ~ 290, splitting ~ e^-290 of the level spacing
        double[] v = {0.5, 0.0, 0.5, 0.0, 0.5};
        double[] w = {3, 3, 3, 3, 3};
        BoxSpectrum box = new BoxSpectrum(Staircase.of(0, 0, v, w), MASS_U);
        double[] ev = box.eigenvalues(1e-6, 0.02);
        assertTrue(ev.length >= 2 && ev.length % 2 == 0, "levels come in pairs: " + ev.length);
        for (int i = 0; i < ev.length; i += 2) {
            assertEquals(ev[i], ev[i + 1], 1e-8 * ev[i], "pair " + i / 2);
            assertEquals(box.count(ev[i] * (1 - 1e-7)) + 2, box.count(ev[i] * (1 + 1e-7)), "step of two at " + ev[i]);
        }
        // the lowest pair sits near the level of one well of width 3 A (a little below: the walls are soft)
        assertEquals(level(0, 3, 1), ev[0], 0.2 * level(0, 3, 1));
    }

    /**
     * A quartet split by ~100 ulps (0.17 eV x 0.947 A barriers, 3 A wells, K+): the count separates its members
     * in order, each within a few ulps of the independent 120-digit poles of multiplet-poles-mpmath.json (the
     * leads move these members by far less than an ulp from their Dirichlet eigenvalues). Shooting one
     * solution across the filter put its seeds ~1e-10 apart in random order.
     */
    @Test
    void quartetSplitByAHundredUlpsIsResolvedInOrder() {
        double b = 0.17000000000000004;
        double wb = 0.9466666666666668;
        double mass = io.ionsweep.engine.physics.SpeciesTable.lookup("K+").orElseThrow().massU();
        BoxSpectrum box = new BoxSpectrum(FourSiteFilter.of(b, wb, 0, 3), mass);
        double[] reference = {0.12588825624916464787, 0.12588825624916694248, 0.12588825624916977878, 0.1258882562491720734};
        double[] ev = box.eigenvaluesToUlp(0.1258882562, 0.1258882563);
        assertEquals(4, ev.length);
        for (int k = 0; k < 4; k++) {
            double ulps = Math.abs(ev[k] - reference[k]) / Math.ulp(reference[k]);
            assertTrue(ulps <= 8, "member " + k + ": " + ev[k] + " is " + ulps + " ulps from " + reference[k]);
        }
    }
}
