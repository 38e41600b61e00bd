package org.qalam.arabic.diacritics;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.qalam.arabic.orthography.ArabicMarks;
import org.qalam.core.model.Span;

/**
 * A text prepared for repeated diacritics-insensitive search: its undiacritized skeleton plus the
 * way back to the original offsets.
 *
 * <p>Why: searching a vocalized text (Quran, textbooks, WikiNews truth) for plain words must
 * report spans of the vocalized original, diacritics of the matched letters included. Search is
 * Knuth–Morris–Pratt over the skeleton, so it runs in linear time whatever the input. Instances
 * are immutable and thread-safe.
 */
public final class DiacriticsInsensitiveText {

    private final String original;
    private final String skeleton;
    private final int[] positions;

    private DiacriticsInsensitiveText(String original, String skeleton, int[] positions) {
        this.original = original;
        this.skeleton = skeleton;
        this.positions = positions;
    }

    /** Prepares {@code text} for search. */
    public static DiacriticsInsensitiveText of(CharSequence text) {
        String original = text.toString();
        int n = original.length();
        StringBuilder skeleton = new StringBuilder(n);
        int[] positions = new int[n + 1];
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = original.charAt(i);
            if (!ArabicMarks.isDiacritic(c)) {
                skeleton.append(c);
                positions[k++] = i;
            }
        }
        positions[k] = n;
        return new DiacriticsInsensitiveText(original, skeleton.toString(), positions);
    }

    /** The original text. */
    public String original() {
        return original;
    }

    /** The text without diacritics. */
    public String skeleton() {
        return skeleton;
    }

    /**
     * The first occurrence of {@code query} (diacritics ignored on both sides) that starts at or
     * after original offset {@code from}, as a span of the original text that includes the
     * diacritics of its last letter. A query without any non-diacritic char matches nothing.
     */
    public Optional<Span> find(CharSequence query, int from) {
        String pattern = Diacritics.strip(requireNonNull(query, "query"));
        if (pattern.isEmpty()) {
            return Optional.empty();
        }
        int hit = search(pattern, failureTable(pattern), skeletonIndex(from));
        return hit < 0 ? Optional.empty() : Optional.of(span(hit, hit + pattern.length()));
    }

    /** Every non-overlapping occurrence of {@code query}, left to right. */
    public List<Span> findAll(CharSequence query) {
        String pattern = Diacritics.strip(requireNonNull(query, "query"));
        List<Span> spans = new ArrayList<>();
        if (pattern.isEmpty()) {
            return spans;
        }
        int[] failure = failureTable(pattern);
        int at = 0;
        int hit;
        while ((hit = search(pattern, failure, at)) >= 0) {
            spans.add(span(hit, hit + pattern.length()));
            at = hit + pattern.length();
        }
        return spans;
    }

    /** Whether {@code query} occurs anywhere, diacritics ignored. */
    public boolean contains(CharSequence query) {
        return find(query, 0).isPresent();
    }

    /** The original span of skeleton range {@code [start, end)}. */
    private Span span(int start, int end) {
        return Span.of(positions[start], positions[end]);
    }

    /**
     * The first skeleton index whose original offset is at or after {@code offset}; the positions
     * strictly increase, so a miss's insertion point is that index.
     */
    private int skeletonIndex(int offset) {
        int found = Arrays.binarySearch(positions, 0, skeleton.length(), offset);
        return found >= 0 ? found : -found - 1;
    }

    private int search(String pattern, int[] failure, int from) {
        int matched = 0;
        for (int i = from; i < skeleton.length(); i++) {
            char c = skeleton.charAt(i);
            while (matched > 0 && pattern.charAt(matched) != c) {
                matched = failure[matched - 1];
            }
            if (pattern.charAt(matched) == c) {
                matched++;
                if (matched == pattern.length()) {
                    return i - matched + 1;
                }
            }
        }
        return -1;
    }

    private static int[] failureTable(String pattern) {
        int[] failure = new int[pattern.length()];
        int k = 0;
        for (int i = 1; i < pattern.length(); i++) {
            while (k > 0 && pattern.charAt(k) != pattern.charAt(i)) {
                k = failure[k - 1];
            }
            if (pattern.charAt(k) == pattern.charAt(i)) {
                k++;
            }
            failure[i] = k;
        }
        return failure;
    }

    @Override
    public String toString() {
        return "DiacriticsInsensitiveText[" + original.length() + " chars]";
    }
}
