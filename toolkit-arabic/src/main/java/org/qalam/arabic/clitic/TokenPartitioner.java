package org.qalam.arabic.clitic;

import java.util.List;
import org.qalam.core.model.Span;
import org.qalam.core.model.Token;

/**
 * Splits a token into the parts that the clitic segmenter then cuts further: the whole token by
 * default, or the parts a fused-word splitter finds (الولاياتالمتحدة → الولايات | المتحدة).
 *
 * <p>Why: the {@code words} layer has two sources of word boundaries, fused-word repair and
 * clitics; this is the seam where the first plugs into the second. Implementations must be
 * thread-safe and return contiguous, non-empty spans inside the token, in order, that depend on
 * the token's text alone: a token with the same text at another offset gets the same parts,
 * shifted (the {@code words} step keeps the words of a text for its later tokens).
 */
@FunctionalInterface
public interface TokenPartitioner {

    /** The parts of {@code token}, as spans of the original text. */
    List<Span> parts(Token token);

    /** Every token is one part. */
    static TokenPartitioner wholeToken() {
        return token -> List.of(token.span());
    }
}
