package io.ionsweep.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.ionsweep.engine.observables.ConductanceModel;
import io.ionsweep.engine.observables.ObservableSettings;
import io.ionsweep.engine.observables.ObservableSummary;
import io.ionsweep.engine.observables.Observables;
import io.ionsweep.engine.physics.Species;
import io.ionsweep.engine.physics.SpeciesTable;
import io.ionsweep.engine.profile.LayersProfile;
import io.ionsweep.engine.profile.ProfileSpec;
import io.ionsweep.engine.profile.Staircase;
import io.ionsweep.engine.sweep.Configuration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The unbiased part of the observables kept across a sweep's biases, and a symmetric profile's biased part across
 * +-V: the same results, computed once a profile.
 */
class ZeroBiasReuseTest {
    private static final Species K = SpeciesTable.lookup("K+").orElseThrow();
    /** Two wells between barriers: resonances below and above the tops. */
    private static final ProfileSpec A = new LayersProfile(0, 0, new double[] {0.1, 0.0, 0.1},
            new double[] {0.4, 3.0, 0.4}, 4);
    /** A differs from A only in one width. */
    private static final ProfileSpec B = new LayersProfile(0, 0, new double[] {0.1, 0.0, 0.1},
            new double[] {0.4, 3.0, 0.5}, 4);

    /**
     * Bias outermost, as a sweep orders it, over two profiles, two mass factors and two temperatures: every
     * configuration's observables equal a fresh computation's (records compare every double), and the unbiased
     * part was computed once for each of the 8 combinations other than bias, not 24 times.
     */
    @Test
    void eachProfileIsComputedOnceAndEveryResultIsAFreshOne() {
        List<Configuration> sweep = new ArrayList<>();
        for (double biasMv : new double[] {-50, 0, 50}) {
            for (double temperatureK : new double[] {300, 310}) {
                for (double massFactor : new double[] {1, 2}) {
                    for (ProfileSpec p : List.of(A, B)) {
                        sweep.add(Configuration.of(sweep.size(), K, massFactor, temperatureK, biasMv, p));
                    }
                }
            }
        }
        ThermalObservable fresh = new ThermalObservable(ConductanceModel.defaultModel(), Double.NaN, Double.NaN,
                true, true, false);
        ThermalObservable reusing = new ThermalObservable(ConductanceModel.defaultModel(), Double.NaN, Double.NaN,
                true, true, true);
        for (Configuration c : sweep) {
            ObservableSummary expected = fresh.observe(c);
            assertFalse(expected.resonances().isEmpty(), "configuration " + c.configId() + " has resonances");
            assertEquals(expected, reusing.observe(c), "configuration " + c.configId());
        }
        assertEquals(8, reusing.zeroBiasComputations());
        assertEquals(-1, fresh.zeroBiasComputations());
        // the symmetric A's tilted <T>, once for -50 and +50 mV in each of its 4 combinations (B's are not kept)
        assertEquals(4, reusing.biasedComputations());
        assertEquals(-1, fresh.biasedComputations());
    }

    private record Key(Staircase profile, double massU, ObservableSettings settings) {}

    private static ResultCache<Key, Observables.ZeroBias> cache(int capacity) {
        return new ResultCache<>(capacity, k -> Observables.zeroBias(k.profile(), k.massU(), k.settings()));
    }

    /** The least recently used profile goes first when the cache is full. */
    @Test
    void theLeastRecentlyUsedProfileGoesFirst() {
        Staircase a = A.staircase(0);
        Staircase b = B.staircase(0);
        ObservableSettings settings = ObservableSettings.defaults().withResonanceSearch(false);
        double massU = K.massU();
        ResultCache<Key, Observables.ZeroBias> two = cache(2);
        for (Staircase s : List.of(a, b, a, b, a)) {
            two.get(new Key(s, massU, settings));
        }
        assertEquals(2, two.misses());
        ResultCache<Key, Observables.ZeroBias> one = cache(1);
        for (Staircase s : List.of(a, b, a, a)) {
            one.get(new Key(s, massU, settings));
        }
        assertEquals(3, one.misses());
        // every part of the key counts
        one.get(new Key(a, massU, settings.withResonanceSearch(true)));
        one.get(new Key(a, 2 * massU, settings.withResonanceSearch(true)));
        assertEquals(5, one.misses());
        // a result handed out once is gone
        ResultCache<Key, Observables.ZeroBias> once = cache(2);
        for (Staircase s : List.of(a, a, a, b)) {
            once.getOnce(new Key(s, massU, settings));
        }
        assertEquals(3, once.misses());
    }
}
