package org.qalam.core.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A token of the original text: its surface {@code text}, a normalized form {@code norm}
 * (diacritics stripped, letters unified) for matching, its kind, and the words inside it.
 *
 * <p>{@code words} is empty until a word segmenter has run; afterwards every word lies inside
 * the token's span.
 */
public record Token(Span span, String text, String norm, TokenKind kind, List<Word> words)
        implements Annotation {

    /** Checks that the surface matches the span length and that words lie inside the token. */
    public Token {
        requireNonNull(span, "span");
        requireNonNull(text, "text");
        requireNonNull(norm, "norm");
        requireNonNull(kind, "kind");
        words = List.copyOf(words);
        if (text.length() != span.length()) {
            throw new IllegalArgumentException(
                    "token text '" + text + "' does not fit span " + span);
        }
        for (Word word : words) {
            if (!span.contains(word.span())) {
                throw new IllegalArgumentException(
                        "word " + word + " lies outside token " + span);
            }
        }
    }

    /** A token without words. */
    public static Token of(Span span, String text, String norm, TokenKind kind) {
        return new Token(span, text, norm, kind, List.of());
    }

    /** This token with the given words. */
    public Token withWords(List<Word> newWords) {
        return new Token(span, text, norm, kind, newWords);
    }
}
