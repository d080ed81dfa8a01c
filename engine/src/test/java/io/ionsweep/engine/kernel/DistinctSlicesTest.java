package io.ionsweep.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ionsweep.engine.physics.PhysicalConstants;
import io.ionsweep.engine.profile.Staircase;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The complex amplitude computed once per distinct (potential, width) pair of slices is the per-slice
 * computation, bit for bit, on seeded random profiles whose layers repeat (as in multisite filters) and
 * on profiles whose layers are all distinct.
 */
class DistinctSlicesTest {

    @Test
    void pairsAreFoundAndEachSliceMapsToItsOwn() {
        Staircase s = Staircase.of(0, 0, new double[] {0.1, -0.05, 0.1, -0.05, 0.1, 0.2},
                new double[] {0.5, 3, 0.5, 3, 0.5, 0.5});
        DistinctSlices p = new DistinctSlices(s);
        assertEquals(3, p.count());
        for (int j = 0; j < s.sliceCount(); j++) {
            assertEquals(s.potentialEv(j), p.potentialEv(p.pairOf(j)), 0);
            assertEquals(s.widthA(j), p.widthA(p.pairOf(j)), 0);
        }
    }

    @Test
    void amplitudeWithPairsEqualsThePerSliceAmplitudeBitForBit() {
        SplittableRandom rnd = new SplittableRandom(20261130L);
        double[] plain = new double[5];
        double[] paired = new double[5];
        for (int trial = 0; trial < 200; trial++) {
            Staircase s = trial % 2 == 0 ? repeating(rnd) : RandomProfiles.next(rnd, 12);
            DistinctSlices pairs = new DistinctSlices(s);
            double[] work = new double[pairs.count() * ComplexSliceKernel.FIELDS];
            double factor = PhysicalConstants.waveNumberFactor(1 + 140 * rnd.nextDouble());
            for (int k = 0; k < 20; k++) {
                double eRe = 1e-4 + 0.5 * rnd.nextDouble();
                double eIm = k % 4 == 0 ? 0 : -0.2 * rnd.nextDouble() + 0.05 * rnd.nextDouble();
                ComplexIncidentAmplitude.evaluateWithDerivative(s, factor, eRe, eIm, plain);
                ComplexIncidentAmplitude.evaluateWithDerivative(s, pairs, work, factor, eRe, eIm, paired);
                for (int i = 0; i < 5; i++) {
                    assertEquals(Double.doubleToLongBits(plain[i]), Double.doubleToLongBits(paired[i]),
                            "trial " + trial + " E = " + eRe + " + " + eIm + "i, output " + i);
                }
            }
        }
    }

    /** A multisite-like profile: a few distinct layers repeated in a random pattern. */
    private static Staircase repeating(SplittableRandom rnd) {
        int kinds = 1 + rnd.nextInt(3);
        double[] v = new double[kinds];
        double[] w = new double[kinds];
        for (int k = 0; k < kinds; k++) {
            v[k] = -0.1 + 0.4 * rnd.nextDouble();
            w[k] = 0.05 + 3 * rnd.nextDouble();
        }
        int n = 1 + rnd.nextInt(15);
        double[] pv = new double[n];
        double[] pw = new double[n];
        for (int j = 0; j < n; j++) {
            int k = rnd.nextInt(kinds);
            pv[j] = v[k];
            pw[j] = w[k];
        }
        return Staircase.of(0, -0.02 * rnd.nextDouble(), pv, pw);
    }
}
