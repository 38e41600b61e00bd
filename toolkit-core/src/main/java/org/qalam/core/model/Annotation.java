package org.qalam.core.model;

/**
 * Anything anchored to a span of a document's original text: tokens, words, sentences, mentions.
 *
 * <p>Implementations are immutable values; {@link Document} keeps them sorted by span.
 */
public interface Annotation {

    /** Where this annotation sits in the original text. */
    Span span();

    /** Start offset (inclusive, UTF-16 chars). */
    default int start() {
        return span().start();
    }

    /** End offset (exclusive, UTF-16 chars). */
    default int end() {
        return span().end();
    }
}
