package io.ionsweep.engine.observables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ionsweep.engine.profile.Staircase;
import org.junit.jupiter.api.Test;

/**
 * The count behind the run's size estimate against the search it stands in for: four-site K+ filters over
 * the ranges of observables-throughput.yaml, every one within 2 resonances (of 50-700), the total within 0.5 %
 * (over the seed sweeps' 5,888 configurations: worst 2, totals within 0.03 %).
 */
class ResonanceEstimateTest {

    @Test
    void sturmCountEstimatesTheResonancesFound() {
        double mass = 39.0983;
        long found = 0;
        long estimated = 0;
        for (double barrierEv : new double[] {0.05, 0.12, 0.2}) {
            for (double barrierWidthA : new double[] {0.2, 0.6, 1.0}) {
                for (double wellEv : new double[] {0, -0.05, -0.1}) {
                    Staircase filter = FourSiteFilter.of(barrierEv, barrierWidthA, wellEv, 3.0);
                    ThermalWindow window = ThermalWindow.of(filter, 300);
                    int n = ResonanceFinder.find(filter, mass, window).size();
                    int e = ResonanceFinder.estimateCount(filter, mass, window.e0Ev(), window.resonanceTopEv());
                    assertTrue(Math.abs(n - e) <= 2, "found " + n + ", estimated " + e + " for "
                            + barrierEv + " eV x " + barrierWidthA + " A, wells " + wellEv + " eV");
                    found += n;
                    estimated += e;
                }
            }
        }
        assertEquals(found, estimated, 0.005 * found, "totals");
        assertEquals(0, ResonanceFinder.estimateCount(FourSiteFilter.of(0.1, 0.5, 0, 3), mass, 0.2, 0.1));
    }
}
