package org.qalam.extractors.numbers;

import org.qalam.arabic.normalize.Normalizer;
import org.qalam.arabic.orthography.ArabicLetters;
import org.qalam.arabic.orthography.ArabicMarks;
import org.qalam.arabic.orthography.CharClasses;

/**
 * The letter folding number words are matched under: the toolkit's {@code search} normalization
 * (hamza-carrying alefs to ا, ى to ي, ة to ه, diacritics, tatweel and bidi marks removed, digits of
 * every script to ASCII).
 *
 * <p>It is the tokenizer's {@code norm} and is idempotent, so the parser accepts both raw words and
 * normalized ones.
 */
final class Folding {

    private static final Normalizer SEARCH = Normalizer.search();

    private Folding() {
    }

    /** The folded form of {@code word}. */
    static String fold(CharSequence word) {
        return SEARCH.normalize(word);
    }

    /** Chars folding drops without a trace: diacritics, tatweel and invisible bidi controls. */
    static boolean isIgnorable(char c) {
        return ArabicMarks.isDiacritic(c) || c == ArabicLetters.TATWEEL || CharClasses.isBidiControl(c);
    }
}
