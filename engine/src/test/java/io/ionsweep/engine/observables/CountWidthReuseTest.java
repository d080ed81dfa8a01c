package io.ionsweep.engine.observables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ionsweep.engine.kernel.GlobalMatrixDeterminant;
import io.ionsweep.engine.kernel.ScalarTransmissionKernel;
import io.ionsweep.engine.physics.PhysicalConstants;
import io.ionsweep.engine.profile.Staircase;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ResonanceFinder.describe takes the width a Sturm-count member carries instead of refining it again: that is
 * only right while it is the refiner's own value at the same point, and the batched peaks must equal the
 * scalar kernel's (the determinant's where Q >= 1e6). Both checked on four-site K+ filters with unresolved
 * quartets.
 */
class CountWidthReuseTest {

    @Test
    void countMembersCarryTheRefinersWidthAndPeaksMatchTheScalarKernel() {
        double mass = 39.0983;
        double factor = PhysicalConstants.waveNumberFactor(mass);
        int taken = 0;
        for (double barrierWidthA : new double[] {0.6, 0.8, 1.0}) {
            Staircase filter = FourSiteFilter.of(0.2, barrierWidthA, -0.05, 3.0);
            ThermalWindow window = ThermalWindow.of(filter, 300);
            List<Pole> poles = PoleFinder.find(filter, mass, window.e0Ev(), window.resonanceTopEv());
            List<Resonance> described = ResonanceFinder.describe(filter, mass, poles);
            for (int i = 0; i < poles.size(); i++) {
                Pole p = poles.get(i);
                double e = p.energyEv();
                double floor = ResonanceFinder.RESOLUTION_ULPS * Math.ulp(e);
                if (p.fluxAtFloor()) {
                    taken++;
                    assertEquals(NarrowPoleRefiner.width(filter, factor, e, p.widthEv(), floor), p.widthEv(), 0.0,
                            "member at " + e);
                }
                // the narrowest peaks come from the determinant instead (NarrowPeakTransmissionTest)
                double peak = Math.pow(10, described.get(i).qFactor() >= ResonanceFinder.STABLE_PEAK_Q
                        ? new GlobalMatrixDeterminant(filter, mass).log10Transmission(e)
                        : ScalarTransmissionKernel.log10Transmission(filter, factor, e));
                assertEquals(Double.isFinite(peak) ? peak : 0.0, described.get(i).peakTransmission(), 0.0, "peak at " + e);
            }
        }
        assertTrue(taken >= 8, "quartet members taken from the count: " + taken);
    }
}
