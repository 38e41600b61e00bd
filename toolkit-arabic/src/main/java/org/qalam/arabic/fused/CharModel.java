package org.qalam.arabic.fused;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Character 1–5-gram model of Arabic words: log10 P(letter | up to four previous letters of the
 * same word), compiled at build time from the Arabic model of {@code com.github.pemistahl:lingua}
 * (Apache-2.0) by {@link CharModelCompiler}.
 *
 * <p>Why: the model was trained on separate words, so letter sequences that straddle two fused
 * words (تال in الولاياتالمتحدة) are rare in it; how much the text "holds together" across a cut
 * point tells a real word from two fused ones better than the lexicon alone. Immutable and
 * thread-safe.
 */
final class CharModel {

    static final String RESOURCE = "ar-chars.bin";
    static final int MAX_ORDER = 5;
    /** Letters of the model: hamza (U+0621) to yeh (U+064A); anything else is unknown. */
    static final char FIRST = '\u0621';

    static final char LAST = '\u064A';
    /** Log10 scale of the stored values (thousandths). */
    static final float SCALE = 1000f;

    private static final float BACKOFF = (float) Math.log10(0.4);
    private static final float UNKNOWN = -4f;

    private final int[] keys;
    private final short[] values;

    private CharModel(int[] keys, short[] values) {
        this.keys = keys;
        this.values = values;
    }

    /** The bundled model; fails clearly when the build did not compile it. */
    static CharModel load() {
        return Holder.INSTANCE;
    }

    /** Index 1..42 of an Arabic letter, 0 for anything else. */
    static int code(char c) {
        return c >= FIRST && c <= LAST ? c - FIRST + 1 : 0;
    }

    /** The packed key of {@code s[from, to)} (at most five model letters), or -1 if one is unknown. */
    static int key(CharSequence s, int from, int to) {
        int k = 0;
        for (int i = from; i < to; i++) {
            int c = code(s.charAt(i));
            if (c == 0) {
                return -1;
            }
            k = (k << 6) | c;
        }
        return k;
    }

    /**
     * log10 P(s[i] | s[max(from, i-4), i)): the longest n-gram the model knows, with a fixed penalty
     * for every order it backs off.
     */
    float logProb(CharSequence s, int from, int i) {
        float penalty = 0;
        for (int start = Math.max(from, i - (MAX_ORDER - 1)); start <= i; start++) {
            int k = key(s, start, i + 1);
            if (k >= 0) {
                int at = Arrays.binarySearch(keys, k);
                if (at >= 0) {
                    return penalty + values[at] / SCALE;
                }
            }
            penalty += BACKOFF;
        }
        return penalty + UNKNOWN;
    }

    /**
     * How much better the text holds together across {@code cut} than as two words: the log10
     * probability of the (up to four) letters after the cut with the context before it, minus
     * without. Strongly negative means the letters on both sides never meet inside a word.
     */
    float cohesion(CharSequence s, int runStart, int cut, int runEnd) {
        float delta = 0;
        for (int i = cut; i < Math.min(runEnd, cut + MAX_ORDER - 1); i++) {
            delta += logProb(s, runStart, i) - logProb(s, cut, i);
        }
        return delta;
    }

    private static CharModel read() {
        try (InputStream raw = CharModel.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException(
                        "resource " + RESOURCE + " missing next to " + CharModel.class.getName()
                                + " (the build compiles it from com.github.pemistahl:lingua)");
            }
            DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
            int n = in.readInt();
            int[] keys = new int[n];
            short[] values = new short[n];
            for (int i = 0; i < n; i++) {
                keys[i] = in.readInt();
            }
            for (int i = 0; i < n; i++) {
                values[i] = in.readShort();
            }
            return new CharModel(keys, values);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Lazy, thread-safe initialization of the bundled model. */
    private static final class Holder {
        static final CharModel INSTANCE = read();
    }
}
