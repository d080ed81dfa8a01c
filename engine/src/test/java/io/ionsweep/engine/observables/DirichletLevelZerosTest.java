package io.ionsweep.engine.observables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ionsweep.engine.profile.Staircase;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Zeros the counting intervals pin but no search can locate, where the profile's Dirichlet spectrum has a level:
 * resonances too narrow for any search, not a miscount, so the contour is not laid again (it was, 8 times, for
 * 119 s). The profile is `configs/fuzz-layers.yaml` configuration 100 (Rb+ x 4.686, five layers, unequal leads):
 * a 0.12 A well at -0.154 eV between a 4.5 A layer at 0.276 eV and 0.76-0.77 eV barriers, whose four levels below
 * 0.2757 eV have widths far below double precision. Their energies are the 200-digit mpmath Sturm count's
 * (engine/src/test/resources/independent/independent_thermal.py, box_eigenvalues, no code shared with the engine).
 */
class DirichletLevelZerosTest {
    private static final double MASS_U = 85.46725142009095 * 4.686445722896931;
    private static final double[] LEVELS_EV = {0.04345743730726350276, 0.095259415054566944939, 0.15264585991587652949,
        0.2150343964421198526};

    private static Staircase profile() {
        return Staircase.of(0.03828125, 0.02421875,
                new double[] {0.27578125000000003, -0.15390624999999997, 0.75703125, 0.77421875, 0.6023437500000002},
                new double[] {4.488435662236571, 0.1229122034460099, 0.11437866001591981, 0.25240328583337357,
                    4.823308099555999});
    }

    @Test
    void theWellsLevelsAreReportedUnresolvedAtTheirEnergies() {
        List<Resonance> below = ResonanceFinder.find(profile(), MASS_U, 0.03828125, 0.2757);
        assertEquals(LEVELS_EV.length, below.size(), below.toString());
        for (int k = 0; k < LEVELS_EV.length; k++) {
            Resonance r = below.get(k);
            assertEquals(LEVELS_EV[k], r.energyEv(), 1e-12 * LEVELS_EV[k], "level " + k);
            assertFalse(r.resolved(), "level " + k + " has a width far below the floor");
        }
    }

    @Test
    void zerosOnDirichletLevelsAreExplainedAndOthersAreNot() {
        BoxSpectrum spectrum = new BoxSpectrum(profile(), MASS_U);
        for (double level : LEVELS_EV) {
            // where the counting intervals put them: within a few ulps (4e-15 relative)
            double centre = level * (1 - 4e-15);
            assertTrue(PoleFinder.onDirichletLevels(spectrum, centre, 1), "one zero at " + level);
            assertFalse(PoleFinder.onDirichletLevels(spectrum, centre, 2), "two zeros at the simple level " + level);
        }
        // between the levels there is none: zeros counted there are a miscount, and the contour is laid again
        assertFalse(PoleFinder.onDirichletLevels(spectrum, 0.07, 1));
        assertFalse(PoleFinder.onDirichletLevels(spectrum, LEVELS_EV[0] * (1 + 1e-9), 1));
    }
}
