package org.qalam.arabic.clitic;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Values computed once per word form and kept for every later document, by all threads, up to a
 * bound on the number of forms; past it, new forms are computed each time and kept nowhere.
 *
 * <p>Why: the words of running text follow Zipf's law, so a bounded memo of the first forms seen
 * (which include the frequent ones) saves most of the lexicon look-ups at a heap cost fixed in
 * advance, and a full memo needs no eviction bookkeeping, so a hit never writes. Thread-safe.
 *
 * @param <V> the value, a function of the form only
 */
final class FormMemo<V> {

    private final Map<String, V> values = new ConcurrentHashMap<>();
    private final int bound;

    /** A memo of at most {@code bound} forms. */
    FormMemo(int bound) {
        if (bound < 0) {
            throw new IllegalArgumentException("negative bound " + bound);
        }
        this.bound = bound;
    }

    /** The value kept for {@code form}, or null. */
    V get(String form) {
        return values.get(form);
    }

    /**
     * Keeps {@code value} for {@code form} while the memo has room (a value already kept wins);
     * returns {@code value}. Taking the value rather than a function to compute it lets a caller
     * compute from more than the form without allocating a capturing function per look-up.
     */
    V keep(String form, V value) {
        if (values.size() < bound) {
            values.putIfAbsent(form, value);
        }
        return value;
    }

    /** Number of forms kept. */
    int size() {
        return values.size();
    }
}
