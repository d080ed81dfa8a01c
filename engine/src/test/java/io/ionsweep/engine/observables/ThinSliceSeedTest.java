package io.ionsweep.engine.observables;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ionsweep.engine.profile.Staircase;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The broad zeros above a filter's thin barriers, where the wave fits n half-wavelengths over one barrier
 * (E_n = V + (n pi / d)^2 / f), come from the seeds (pass three of {@link SeedPolisher}), not from the argument
 * principle's completion. observables-throughput.yaml configuration 6 (K+, four sites, barriers 0.05 eV x 0.2 A,
 * wells 0.0857 eV deep and 3 A wide): its zeros at n = 2, 3 and 4, the last two nearly double pairs from the
 * mirror-image barriers, are 74-digit mpmath values (scripts/audit_poles.py, which polished the run's rows with
 * independent_thermal.py and found each a zero of its own). Before pass three the seeds led to none of the five
 * (the nearest seeded zero to n = 2 was another, 7e-7 eV below).
 */
class ThinSliceSeedTest {
    private static final double MASS_U = 39.09775142009096;
    /** {E_r, Gamma} in eV. */
    private static final double[][] MPMATH = {
        {0.10245160029976316798, 0.0104749515311883},
        {0.16835484402317544694, 0.019254446261578},
        {0.1683548498446986423, 0.0192544428980144},
        {0.26067029263659698114, 0.0283463396291761},
        {0.26067029282602971704, 0.0283463397061912},
    };

    private static Staircase profile() {
        return FourSiteFilter.of(0.05, 0.2, -0.08571428571428572, 3.0);
    }

    @Test
    void theSeedsFindTheBarriersBroadZeros() {
        Staircase s = profile();
        double lo = 0;
        double hi = 0.3085;
        List<Pole> seeded = SeedPolisher.polish(s, MASS_U, new ZeroIteration(s, MASS_U), lo, hi, hi - lo,
                PoleFinder.TOP_FRACTION);
        for (int k = 0; k < 3; k++) {
            NearlyDoubleBroadPoleTest.assertMember(seeded, MPMATH[k][0], MPMATH[k][1]);
        }
        // of the n = 4 pair, 1.9e-10 eV apart, at least one (the other is the completion's, whose search for
        // a nearly double zero's second member is made for that)
        assertTrue(contains(seeded, MPMATH[3]) || contains(seeded, MPMATH[4]), "n = 4: " + seeded);
    }

    private static boolean contains(List<Pole> poles, double[] z) {
        for (Pole p : poles) {
            if (Math.abs(p.energyEv() - z[0]) <= 1e-12 * z[0] && Math.abs(p.widthEv() - z[1]) <= 1e-6 * z[1]) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theFullSearchKeepsThemOnceEach() {
        Staircase s = profile();
        List<Pole> poles = PoleFinder.find(s, MASS_U, 0, 0.3085);
        for (double[] z : MPMATH) {
            NearlyDoubleBroadPoleTest.assertMember(poles, z[0], z[1]);
        }
        for (int k = 1; k < poles.size(); k++) {
            Pole a = poles.get(k - 1);
            Pole b = poles.get(k);
            assertTrue(!(a.energyEv() == b.energyEv() && a.widthEv() == b.widthEv()), "doubled " + a);
        }
    }
}
