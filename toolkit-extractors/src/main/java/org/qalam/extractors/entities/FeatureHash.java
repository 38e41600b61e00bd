package org.qalam.extractors.entities;

/**
 * 64-bit feature keys hashed from a template number and its strings or numbers, without building
 * a string per feature.
 *
 * <p>The tagger stores these keys and no feature text, so a model file holds weights only, and
 * the per-token cost stays a few multiplications.
 */
final class FeatureHash {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    /** Ends each part, so that ("ab", "c") and ("a", "bc") differ. */
    private static final int PART_END = 0xFFFF;

    private FeatureHash() {
    }

    /** The start of a key of {@code template}. */
    static long start(int template) {
        return add(FNV_OFFSET, template);
    }

    /** {@code hash} extended by {@code part} and a part end. */
    static long add(long hash, CharSequence part) {
        long h = hash;
        for (int i = 0; i < part.length(); i++) {
            h = (h ^ part.charAt(i)) * FNV_PRIME;
        }
        return (h ^ PART_END) * FNV_PRIME;
    }

    /** {@code hash} extended by {@code part[from, to)} and a part end. */
    static long add(long hash, CharSequence part, int from, int to) {
        long h = hash;
        for (int i = from; i < to; i++) {
            h = (h ^ part.charAt(i)) * FNV_PRIME;
        }
        return (h ^ PART_END) * FNV_PRIME;
    }

    /** {@code hash} extended by the number {@code value}. */
    static long add(long hash, int value) {
        long h = hash;
        for (int shift = 0; shift < Integer.SIZE; shift += Byte.SIZE) {
            h = (h ^ ((value >>> shift) & 0xFF)) * FNV_PRIME;
        }
        return (h ^ PART_END) * FNV_PRIME;
    }

    /** The final key: the hash with its bits mixed (MurmurHash3's finalizer). */
    static long finish(long hash) {
        long h = hash;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93fe53ec4cbL;
        h ^= h >>> 33;
        return h;
    }
}
