package org.qalam.core.memo;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values computed once per key and kept for every later document, by all threads, up to a bound
 * on the number of keys; past it, new keys are computed each time and kept nowhere.
 *
 * <p>Why: the words of running text follow Zipf's law, so a bounded memo of the first keys seen
 * (which include the frequent ones) saves most of the work on a word form (lexicon look-ups,
 * segmentations, feature scores) at a heap cost fixed in advance; a full memo needs no eviction
 * bookkeeping, so a hit never writes. An extractor that keeps such a memo stays stateless in what
 * it returns. Thread-safe.
 *
 * @param <K> the key
 * @param <V> the value, a function of the key only
 */
public final class BoundedMemo<K, V> {

    private final Map<K, V> values = new ConcurrentHashMap<>();
    private final int bound;

    /**
     * A memo of at most {@code bound} keys.
     *
     * @throws IllegalArgumentException if {@code bound} is negative
     */
    public BoundedMemo(int bound) {
        if (bound < 0) {
            throw new IllegalArgumentException("negative bound " + bound);
        }
        this.bound = bound;
    }

    /** The value kept for {@code key}, or null. */
    public V get(K key) {
        return values.get(key);
    }

    /**
     * Keeps {@code value} for {@code key} while the memo has room (a value already kept wins);
     * returns {@code value}. Taking the value rather than a function to compute it lets a caller
     * compute from more than the key without allocating a capturing function per look-up.
     */
    public V keep(K key, V value) {
        if (values.size() < bound) {
            values.putIfAbsent(key, value);
        }
        return value;
    }

    /** The value kept for {@code key}, else {@code compute}'s, kept while the memo has room. */
    public V get(K key, Function<K, V> compute) {
        V value = values.get(key);
        return value != null ? value : keep(key, compute.apply(key));
    }

    /** The number of keys kept. */
    public int size() {
        return values.size();
    }
}
