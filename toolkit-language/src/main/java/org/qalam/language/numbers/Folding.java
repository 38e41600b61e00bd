package org.qalam.language.numbers;

import org.qalam.arabic.normalize.Normalizer;

/**
 * The letter folding number words are matched under: the toolkit's {@code search} normalization
 * (hamza-carrying alefs to ا, ى to ي, ة to ه, diacritics, tatweel and bidi marks removed, digits of
 * every script to ASCII).
 *
 * <p>It is the tokenizer's {@code norm} and {@code Word.folded()}, and is idempotent, so the
 * parser accepts raw words, normalized ones and the words layer alike.
 */
final class Folding {

    private static final Normalizer SEARCH = Normalizer.search();

    private Folding() {
    }

    /** The folded form of {@code word}. */
    static String fold(CharSequence word) {
        return SEARCH.normalize(word);
    }
}
