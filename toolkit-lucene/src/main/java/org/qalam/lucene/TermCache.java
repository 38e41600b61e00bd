package org.qalam.lucene;

import org.apache.lucene.analysis.CharArrayMap;

/**
 * A bounded map from a term's chars to what a filter computed for it, looked up without
 * allocating; emptied when full.
 *
 * <p>Why: word frequencies follow Zipf's law, so a few thousand forms make most of any text, and
 * the lexicon-backed clitic segmentation and fused-word splitting cost far more than a hash
 * lookup. One cache per filter instance: a token stream is used by one thread at a time, so no
 * locking is needed. Emptying when full (instead of LRU bookkeeping) keeps hits free of writes.
 */
final class TermCache<V> {

    /** Default number of terms a cache holds before it is emptied. */
    static final int DEFAULT_CAPACITY = 16_384;
    /** Starting size: a short-lived analyzer (one small document) does not pay for the full table. */
    private static final int INITIAL_SIZE = 256;

    private final CharArrayMap<V> map;
    private final int capacity;

    TermCache(int capacity) {
        this.capacity = capacity;
        this.map = new CharArrayMap<>(Math.min(capacity, INITIAL_SIZE), false);
    }

    /** The value cached for {@code term[0, length)}, or null. */
    V get(char[] term, int length) {
        return map.get(term, 0, length);
    }

    /** Caches {@code value} for a copy of {@code term[0, length)}. */
    void put(char[] term, int length, V value) {
        if (map.size() >= capacity) {
            map.clear();
        }
        map.put(new String(term, 0, length), value);
    }
}
