package io.ionsweep.engine.observables;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ionsweep.engine.profile.Staircase;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * peak_transmission (T at E_r) of narrow resonances: the filter is symmetric, so T is 1 at an isolated peak, and
 * where the multiplet members are split by a thousand widths or more (Q >= 1e8 here) T(E_r) is 1 to within 1e-6.
 * The kernels' value there was as low as 0.002 at Q = 2.4e12; the matching determinant's is off by about the
 * square of how far rounding the potentials moves the pole, in half-widths (within 20 Q ulps here).
 */
class NarrowPeakTransmissionTest {
    @Test
    void isolatedPeaksOfASymmetricFilterAreOne() {
        Staircase s = FigureMap74.profile();
        List<Resonance> res = ResonanceFinder.find(s, FigureMap74.MASS_U, ThermalWindow.of(s, 300));
        int checked = 0;
        double worst = 0;
        for (Resonance r : res) {
            if (!r.resolved() || r.qFactor() < 1e8 || r.energyEv() > s.maxPotentialEv()) {
                continue;
            }
            double bound = 1e-6 + 20 * r.qFactor() * Math.ulp(1.0);
            double off = Math.abs(r.peakTransmission() - 1);
            worst = Math.max(worst, off / bound);
            assertTrue(off <= bound, "T(E_r) = " + r.peakTransmission() + " at E_r " + r.energyEv() + ", Q " + r.qFactor());
            checked++;
        }
        System.out.printf("%d isolated peaks, worst |T(E_r) - 1| %.2f of its bound%n", checked, worst);
        assertTrue(checked > 100, "only " + checked + " peaks checked");
    }
}
