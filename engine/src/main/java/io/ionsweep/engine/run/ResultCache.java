package io.ionsweep.engine.run;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Results of a costly pure computation kept for the keys seen last, so that a sweep over {@code bias_mV}
 * computes a profile's unbiased observables once instead of once per bias (and a symmetric profile's biased
 * ones once for +V and -V). The key must be everything the result depends on; the values are those a fresh
 * computation gives, so reuse changes no result. Least recently used entries go first; two threads that miss
 * on one key both compute it, with the same result.
 *
 * @param <K> the key (a record: compared by content)
 * @param <V> the result
 */
final class ResultCache<K, V> {
    private final int capacity;
    private final Function<K, V> compute;
    private final Map<K, V> entries;
    private long misses;

    ResultCache(int capacity, Function<K, V> compute) {
        this.capacity = capacity;
        this.compute = compute;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > ResultCache.this.capacity;
            }
        };
    }

    /** The result for this key: kept, or computed (outside the lock) and kept. */
    V get(K key) {
        return get(key, false);
    }

    /**
     * As {@link #get}, but a kept result is handed out once and then dropped: for results a sweep asks for twice
     * (a symmetric profile's tilted part, at +V and at -V), so that only the pending ones take memory.
     */
    V getOnce(K key) {
        return get(key, true);
    }

    private V get(K key, boolean once) {
        synchronized (this) {
            V kept = once ? entries.remove(key) : entries.get(key);
            if (kept != null) {
                return kept;
            }
            misses++;
        }
        V computed = compute.apply(key);
        synchronized (this) {
            entries.put(key, computed);
        }
        return computed;
    }

    /** How many calls computed the result (for tests). */
    synchronized long misses() {
        return misses;
    }
}
