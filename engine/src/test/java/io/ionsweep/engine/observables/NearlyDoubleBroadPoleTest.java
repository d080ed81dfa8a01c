package io.ionsweep.engine.observables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ionsweep.engine.profile.Staircase;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two broad poles 8.6e-6 eV apart (widths 3.3e-3 eV) above the barriers of a four-site Rb+ filter
 * (kcsa-scan.yaml configuration 7724), against 60-digit mpmath values (independent/broad_pair.py). The seeds
 * lead to one of them; the completion must find the other. A build that searched there with Newton steps on
 * the amplitude wandered instead, and the bisection that followed reported a phantom pole at 0.0750158 eV,
 * where |a| is about 1, and lost the real one.
 */
class NearlyDoubleBroadPoleTest {
    private static final double MASS_U = 85.46725142009095;

    @Test
    void bothMembersAreFoundAndNoPhantom() {
        double[] v = new double[9];
        double[] w = new double[9];
        for (int i = 0; i < 9; i++) {
            v[i] = i % 2 == 0 ? 0.027789909887462754 : -0.1;
            w[i] = i % 2 == 0 ? 0.5 : 3.0;
        }
        Staircase s = Staircase.of(0, 0, v, w);
        List<Pole> poles = PoleFinder.find(s, MASS_U, 0, 0.3);
        assertMember(poles, 0.06242105745136697321, 0.0033359568574881107859);
        assertMember(poles, 0.062429704070906588411, 0.0033186053425053029961);
        for (Pole p : poles) {
            assertTrue(Math.abs(p.energyEv() - 0.075015806242248) > 1e-6 * 0.075, "phantom pole " + p);
        }
    }

    /** The pole nearest energyEv has E_r within 1e-12 and Gamma within 1e-6 (relative) of the values given. */
    static void assertMember(List<Pole> poles, double energyEv, double widthEv) {
        Pole nearest = poles.get(0);
        for (Pole p : poles) {
            if (Math.abs(p.energyEv() - energyEv) < Math.abs(nearest.energyEv() - energyEv)) {
                nearest = p;
            }
        }
        assertEquals(energyEv, nearest.energyEv(), 1e-12 * energyEv, "E_r of " + nearest);
        assertEquals(widthEv, nearest.widthEv(), 1e-6 * widthEv, "Gamma of " + nearest);
    }
}
