package io.ionsweep.engine.observables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ionsweep.engine.profile.MultisiteProfile;
import io.ionsweep.engine.profile.Staircase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The approximate resonances that guide the biased profile's quadrature, against the full search. */
class QuadratureGuideTest {
    private static final double K_MASS_U = 39.0977514;

    @Test
    void guidedMeanTransmissionEqualsTheFullSearchOne() {
        // the k-four-site filter under +-50 mV (16 slices per layer), and a taller, wider one
        for (double[] c : new double[][] {{0.08, 0.3, 0.05, 0.05}, {0.08, 0.3, 0.05, -0.05}, {0.2, 0.8, 0.1, 0.05}}) {
            Staircase tilted = new MultisiteProfile(4, c[0], c[1], c[2], 3.0, 16).staircase(c[3]);
            ThermalWindow w = ThermalWindow.of(tilted, 310);
            List<Resonance> full = ResonanceFinder.find(tilted, K_MASS_U, w);
            List<Resonance> guide = QuadratureGuide.resonances(tilted, K_MASS_U, w);
            // every narrow resonance of the full search is in the guide, to a small part of its width
            int narrow = 0;
            for (Resonance r : full) {
                if (r.widthEv() < 1e-3 * r.energyEv() && r.resolved()) {
                    narrow++;
                    Resonance near = guide.get(0);
                    for (Resonance g : guide) {
                        if (Math.abs(g.energyEv() - r.energyEv()) < Math.abs(near.energyEv() - r.energyEv())) {
                            near = g;
                        }
                    }
                    assertEquals(r.energyEv(), near.energyEv(), 0.01 * r.widthEv(), "E_r " + r.energyEv());
                    assertEquals(r.widthEv(), near.widthEv(), 0.01 * r.widthEv(), "Gamma at " + r.energyEv());
                }
            }
            double a = BoltzmannAverage.log10MeanTransmission(tilted, K_MASS_U, w, full);
            double b = BoltzmannAverage.log10MeanTransmission(tilted, K_MASS_U, w, guide);
            System.out.printf("guide %s: %d of %d poles, %d narrow matched; <T> rel %.1e%n", java.util.Arrays.toString(c),
                    guide.size(), full.size(), narrow, Math.abs(Math.pow(10, b - a) - 1));
            assertTrue(narrow > 10);
            assertEquals(0, b - a, 1e-9 / Math.log(10));
        }
    }
}
