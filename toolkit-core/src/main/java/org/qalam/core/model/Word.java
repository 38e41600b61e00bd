package org.qalam.core.model;

import static java.util.Objects.requireNonNull;

/**
 * A syntactic word inside a token: a clitic (و, ب, ال, ه), a stem, or one part of a fused word.
 *
 * <p>Like a CoNLL-U multi-word token part, a word has its own {@code form}, which may differ from
 * the letters it covers where orthography changed (لل of للأمم is ل + ال). Its span covers the
 * letters that realize it in the original text.
 */
public record Word(Span span, String form) implements Annotation {

    /** Rejects null parts and an empty form. */
    public Word {
        requireNonNull(span, "span");
        requireNonNull(form, "form");
        if (form.isEmpty()) {
            throw new IllegalArgumentException("a word needs a non-empty form");
        }
    }

    /** The word {@code form} at {@code [start, end)}. */
    public static Word of(int start, int end, String form) {
        return new Word(Span.of(start, end), form);
    }
}
