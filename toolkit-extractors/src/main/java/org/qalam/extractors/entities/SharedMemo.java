package org.qalam.extractors.entities;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values computed once per key and kept for every later document, by all threads, up to a bound
 * on the number of keys; past it, new keys are computed each time and kept nowhere.
 *
 * <p>Why: the words of news text follow Zipf's law, so a bounded memo of the frequent ones saves
 * most of the work (lexicon look-ups, feature scores) at a heap cost fixed in advance.
 *
 * @param <K> the key
 * @param <V> the value, a function of the key only
 */
final class SharedMemo<K, V> {

    private final Map<K, V> values = new ConcurrentHashMap<>();
    private final int bound;

    /** A memo of at most {@code bound} keys. */
    SharedMemo(int bound) {
        this.bound = bound;
    }

    /** The value kept for {@code key}, or null. */
    V get(K key) {
        return values.get(key);
    }

    /** Keeps {@code value} for {@code key} unless the memo is full; returns it. */
    V offer(K key, V value) {
        if (values.size() < bound) {
            values.putIfAbsent(key, value);
        }
        return value;
    }

    /** The value kept for {@code key}, else {@code compute}'s, offered to the memo. */
    V get(K key, Function<K, V> compute) {
        V value = values.get(key);
        return value != null ? value : offer(key, compute.apply(key));
    }
}
