package org.qalam.core.model;

import java.util.Locale;

/** What a token is made of; written in lower case in JSON ({@code "word"}, {@code "number"}). */
public enum TokenKind {
    /** Arabic-script word, with its diacritics and tatweel. */
    WORD,
    /** Word in Latin or another non-Arabic script. */
    LATIN,
    /** Number in any digit script, with its separators and sign. */
    NUMBER,
    /** Number followed by a percent sign (% or ٪). */
    PERCENT,
    /** Punctuation, including Arabic ، ؛ ؟ « ». */
    PUNCT,
    /** Any other symbol (currency, maths, arrows). */
    SYMBOL,
    /** Web address. */
    URL,
    /** E-mail address. */
    EMAIL,
    /** {@code #hashtag}. */
    HASHTAG,
    /** {@code @mention}. */
    MENTION,
    /** Emoji, including sequences joined by ZWJ. */
    EMOJI,
    /** Anything else that is not white space. */
    OTHER;

    /** The lower-case name used in output formats. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
