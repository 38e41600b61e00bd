package org.qalam.core.model;

import java.util.Locale;

/**
 * What a {@link Word} does inside its token: one of the clitics Arabic writes attached to a word,
 * or the stem they attach to; written in lower case in output formats ({@code "conjunction"}).
 *
 * <p>Why in the model: extractors and plugins read roles instead of stripping letters again, so
 * وبالأردن and الأردن reach every reader as the same stem.
 */
public enum WordRole {
    /** و or ف, "and", "so". */
    CONJUNCTION,
    /** ب, ك or ل, "in/with", "like", "for/to". */
    PREPOSITION,
    /** The definite article ال, also when realized by the second ل of لل. */
    ARTICLE,
    /** The future particle س of سيقول. */
    FUTURE,
    /** The word itself: a stem, a function word, or a whole non-Arabic token (digits, Latin). */
    STEM,
    /** An attached pronoun: ه ها هم هما هن كم كن كما نا ني ي ك. */
    PRONOUN;

    /** Whether this role is written before the stem (conjunction, preposition, article, future). */
    public boolean isProclitic() {
        return this != STEM && this != PRONOUN;
    }

    /** The lower-case name used in output formats. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
