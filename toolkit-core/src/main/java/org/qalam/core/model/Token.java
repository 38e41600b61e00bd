package org.qalam.core.model;

import static java.util.Objects.requireNonNull;

/**
 * A token of the original text: its surface {@code text}, a normalized form {@code norm}
 * (diacritics stripped, letters unified) for matching, and its kind.
 *
 * <p>The words inside a token (clitics, fused-word parts) live in the {@link Layers#WORDS words}
 * layer: {@code document.selectCovered(Layers.WORDS, token)}.
 */
public record Token(Span span, String text, String norm, TokenKind kind) implements Annotation {

    /** Checks that the surface matches the span length. */
    public Token {
        requireNonNull(span, "span");
        requireNonNull(text, "text");
        requireNonNull(norm, "norm");
        requireNonNull(kind, "kind");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException(
                    "token text '" + text + "' does not fit span " + span);
        }
    }
}
