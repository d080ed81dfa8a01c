package io.ionsweep.engine.run;

import io.ionsweep.engine.observables.ObservableSettings;
import io.ionsweep.engine.observables.Observables;
import io.ionsweep.engine.profile.Staircase;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The unbiased part of the thermal observables ({@link Observables.ZeroBias}: the resonance search and <T>,
 * about a quarter of a biased configuration's time) kept for the profiles seen last, so that a sweep over
 * {@code bias_mV} computes it once per profile instead of once per bias. The key is everything that part
 * depends on: the unbiased staircase (by content), the mass and the settings; the values are those a fresh
 * computation gives, so reuse changes no result. Least recently used entries go first; two threads that miss
 * on one key both compute it, with the same result.
 */
final class ZeroBiasCache {
    /**
     * Profiles kept: a sweep's configurations vary the profile fastest, so a profile comes back after all the
     * sweep's profile combinations (240 in kcsa-scan); an entry holds about 300 resonances, some 30 KB.
     */
    static final int CAPACITY = 512;

    private record Key(Staircase profile, double massU, ObservableSettings settings) {}

    private final int capacity;
    private final Map<Key, Observables.ZeroBias> entries;
    private long misses;

    ZeroBiasCache() {
        this(CAPACITY);
    }

    ZeroBiasCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Observables.ZeroBias> eldest) {
                return size() > ZeroBiasCache.this.capacity;
            }
        };
    }

    /** The unbiased part for this profile, mass and settings: kept, or computed (outside the lock) and kept. */
    Observables.ZeroBias get(Staircase profile, double massU, ObservableSettings settings) {
        Key key = new Key(profile, massU, settings);
        synchronized (this) {
            Observables.ZeroBias kept = entries.get(key);
            if (kept != null) {
                return kept;
            }
            misses++;
        }
        Observables.ZeroBias computed = Observables.zeroBias(profile, massU, settings);
        synchronized (this) {
            entries.put(key, computed);
        }
        return computed;
    }

    /** How many calls computed the part (for tests). */
    synchronized long misses() {
        return misses;
    }
}
