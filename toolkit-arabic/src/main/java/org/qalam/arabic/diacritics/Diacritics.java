package org.qalam.arabic.diacritics;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.qalam.arabic.orthography.ArabicLetters;
import org.qalam.arabic.orthography.ArabicMarks;
import org.qalam.core.model.Span;

/**
 * The Arabic diacritics and what to do with them: test, strip (optionally keeping shadda or final
 * tanween), measure, and compare or search while ignoring them.
 *
 * <p>Which code points are diacritics is defined once, by
 * {@link ArabicMarks#isDiacritic}; this class holds the operations on them.
 * All methods are static, allocation-light char loops; none uses regular expressions.
 */
public final class Diacritics {

    private Diacritics() {
    }

    /** Whether the text contains at least one diacritic. */
    public static boolean has(CharSequence text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            if (ArabicMarks.isDiacritic(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Number of diacritics in the text. */
    public static int count(CharSequence text) {
        int count = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            if (ArabicMarks.isDiacritic(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    /**
     * Diacritics per letter: 0 for plain text, about 1 for fully vocalized text; 0 when the text
     * has no letters. Tells a fully diacritized source (Quran, textbooks) from ordinary news text.
     */
    public static double density(CharSequence text) {
        int letters = 0;
        int marks = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (ArabicMarks.isDiacritic(c)) {
                marks++;
            } else if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters == 0 ? 0 : (double) marks / letters;
    }

    /** The text without any diacritic. */
    public static String strip(CharSequence text) {
        return strip(text, StripOptions.ALL);
    }

    /** The text without the diacritics that {@code options} do not keep. */
    public static String strip(CharSequence text, StripOptions options) {
        requireNonNull(options, "options");
        int n = text.length();
        int first = 0;
        while (first < n && !ArabicMarks.isDiacritic(text.charAt(first))) {
            first++;
        }
        if (first == n) {
            return text.toString();
        }
        StringBuilder out = new StringBuilder(n);
        out.append(text, 0, first);
        for (int i = first; i < n; i++) {
            char c = text.charAt(i);
            if (!ArabicMarks.isDiacritic(c) || keeps(text, i, options)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Whether the diacritic at {@code index} of {@code text} survives stripping with
     * {@code options}.
     */
    public static boolean keeps(CharSequence text, int index, StripOptions options) {
        char c = text.charAt(index);
        if (c == ArabicMarks.SHADDA) {
            return options.keepShadda();
        }
        return options.keepFinalTanween() && ArabicMarks.isTanween(c) && isFinal(text, index);
    }

    /** Whether the mark at {@code index} sits on the last letter of its word. */
    private static boolean isFinal(CharSequence text, int index) {
        int next = skipMarks(text, index + 1);
        if (next == text.length() || !Character.isLetter(text.charAt(next))) {
            return true;
        }
        char letter = text.charAt(next);
        if (letter != ArabicLetters.ALEF && letter != ArabicLetters.ALEF_MAKSURA) {
            return false;
        }
        int after = skipMarks(text, next + 1);
        return after == text.length() || !Character.isLetter(text.charAt(after));
    }

    private static int skipMarks(CharSequence text, int from) {
        int i = from;
        while (i < text.length() && (ArabicMarks.isDiacritic(text.charAt(i)) || text.charAt(i) == ArabicLetters.TATWEEL)) {
            i++;
        }
        return i;
    }

    /** Whether the two texts are equal once every diacritic is removed from both. */
    public static boolean equalsIgnoreDiacritics(CharSequence a, CharSequence b) {
        int i = 0;
        int j = 0;
        int n = a.length();
        int m = b.length();
        while (true) {
            while (i < n && ArabicMarks.isDiacritic(a.charAt(i))) {
                i++;
            }
            while (j < m && ArabicMarks.isDiacritic(b.charAt(j))) {
                j++;
            }
            if (i == n || j == m) {
                return i == n && j == m;
            }
            if (a.charAt(i++) != b.charAt(j++)) {
                return false;
            }
        }
    }

    /**
     * The first place where {@code query} occurs in {@code text} when diacritics are ignored on
     * both sides, as a span of the original {@code text} that includes the diacritics of the
     * matched letters.
     */
    public static Optional<Span> find(CharSequence text, CharSequence query) {
        return DiacriticsInsensitiveText.of(text).find(query, 0);
    }

    /** Every non-overlapping occurrence of {@code query} in {@code text}, diacritics ignored. */
    public static List<Span> findAll(CharSequence text, CharSequence query) {
        return DiacriticsInsensitiveText.of(text).findAll(query);
    }

    /**
     * The start (in the original {@code text}) of the first occurrence of {@code query} ignoring
     * diacritics, or -1.
     */
    public static int indexOf(CharSequence text, CharSequence query) {
        return find(text, query).map(Span::start).orElse(-1);
    }

    /** Whether {@code text} contains {@code query} when diacritics are ignored. */
    public static boolean contains(CharSequence text, CharSequence query) {
        return find(text, query).isPresent();
    }
}
