package org.qalam.core.model;

import static java.util.Objects.requireNonNull;

/** A sentence of the original text. */
public record Sentence(Span span) implements Annotation {

    /** Rejects a null span. */
    public Sentence {
        requireNonNull(span, "span");
    }

    /** The sentence {@code [start, end)}. */
    public static Sentence of(int start, int end) {
        return new Sentence(Span.of(start, end));
    }
}
