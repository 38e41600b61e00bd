package org.qalam.core.pipeline;

import static java.util.Objects.requireNonNull;

/**
 * An extractor that failed on one document: its output for that document is dropped, every
 * other extractor's output is kept.
 *
 * @param extractor the provider name
 * @param error the exception's class name
 * @param message the exception's message, or the empty string
 */
public record StepFailure(String extractor, String error, String message) {

    /** Rejects null parts. */
    public StepFailure {
        requireNonNull(extractor, "extractor");
        requireNonNull(error, "error");
        requireNonNull(message, "message");
    }

    static StepFailure of(String extractor, Throwable thrown) {
        return new StepFailure(extractor, thrown.getClass().getName(),
                thrown.getMessage() == null ? "" : thrown.getMessage());
    }

    @Override
    public String toString() {
        return extractor + ": " + error + (message.isEmpty() ? "" : ": " + message);
    }
}
