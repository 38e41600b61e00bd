package org.qalam.arabic.token;

import org.qalam.core.model.TokenKind;

/**
 * Receives the tokens of {@link ArabicTokenizer#scan} as bare offsets and kinds, in text order.
 *
 * <p>Why: indexing and benchmarks want the token boundaries without allocating a {@code Token}
 * and two strings per token.
 */
@FunctionalInterface
public interface TokenHandler {

    /** One token {@code [start, end)} of the scanned text. */
    void token(int start, int end, TokenKind kind);
}
