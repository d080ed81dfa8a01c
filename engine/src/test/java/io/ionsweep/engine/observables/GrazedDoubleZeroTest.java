package io.ionsweep.engine.observables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ionsweep.engine.physics.SpeciesTable;
import io.ionsweep.engine.profile.Staircase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rectangles whose side passes close beside a double zero: the double zero of configs/kcsa-tunnelling.yaml
 * configuration 392 (E_r and Gamma from independent 40-digit mpmath, resources/independent/double_zeros.py, as in
 * {@link DoubleZeroTest}). The default {@link PhaseTracker} can miss the 2 pi such a side turns (trapezoid and
 * principal value both say 0); in a fuzzed sweep that made {@link StrayZeros#enclose} follow empty rectangles down
 * to rounding and report their centres as poles.
 */
class GrazedDoubleZeroTest {
    private static final double ER = 0.3802929784265106500385096;
    private static final double GAMMA = 0.356469187887139811153075;

    private static final Staircase FILTER = FourSiteFilter.of(0.025852, 0.11767734468251262, -0.1, 3);
    private static final double MASS = SpeciesTable.lookup("K+").orElseThrow().massU() * 0.10000000000000002;

    /**
     * A square of side 2e-4 E_r around the zero, its top passing {@code above} E_r above it, with the zero beneath the
     * middle of the top's second piece (where a piece's turn aliases; at a piece's end it cannot).
     */
    private static double winding(PhaseTracker t, ComplexAmplitudeFunction g, double above) {
        double r = 1e-4 * ER;
        double x0 = ER - 0.75 * r;
        double x1 = x0 + 2 * r;
        double y1 = -0.5 * GAMMA + above * ER;
        double y0 = y1 - 2 * r;
        AmplitudeSample a = g.at(x0, y0);
        AmplitudeSample b = g.at(x1, y0);
        AmplitudeSample c = g.at(x1, y1);
        AmplitudeSample d = g.at(x0, y1);
        int n = PoleFinder.LINE_PIECES;
        return (t.track(a, b, n, null, null) + t.track(b, c, n, null, null) + t.track(c, d, n, null, null)
                + t.track(d, a, n, null, null)) / (2 * Math.PI);
    }

    @ParameterizedTest(name = "side {0} of E_r above the zero")
    @ValueSource(doubles = {1e-5, 1e-6, 4e-8, 1e-9, 1e-11})
    void theStrictTrackerCountsBothMembers(double above) {
        ComplexAmplitudeFunction g = new ComplexAmplitudeFunction(FILTER, MASS);
        assertEquals(2.0, winding(PhaseTracker.strict(g), g, above), 0.1);
    }

    /** The failure the strict tracker is for, so that the test above tests something. */
    @Test
    void theDefaultTrackerAliasesThere() {
        ComplexAmplitudeFunction g = new ComplexAmplitudeFunction(FILTER, MASS);
        int aliased = 0;
        for (double above : new double[] {1e-5, 1e-6, 4e-8, 1e-9, 1e-11}) {
            aliased += Math.abs(winding(new PhaseTracker(g), g, above) - 2) > 0.1 ? 1 : 0;
        }
        assertTrue(aliased > 0, "the default tracker counted every square right");
    }

    /** The first cut across the real axis passes 4e-8 E_r beside the zero, as in the fuzzed sweep. */
    @Test
    void encloseLocatesTheZeroItsFirstCutGrazes() {
        double centre = ER - 4e-8 * ER;
        StrayZeros stray = new StrayZeros(FILTER, MASS, PoleFinder.determinant(FILTER, MASS), 0.5);
        Pole p = stray.enclose(centre, List.of());
        assertNotNull(p);
        assertEquals(ER, p.energyEv(), 1e-12 * ER, p.toString());
        assertEquals(GAMMA, p.widthEv(), 1e-12 * GAMMA, p.toString());
    }
}
