package org.qalam.core.pipeline;

import static java.util.Objects.requireNonNull;

/**
 * An extractor that failed on one document, or was skipped on it: its output for that document
 * is dropped, every other extractor's output is kept.
 *
 * @param extractor the provider name
 * @param error the exception's class name, {@value #SKIPPED} for a step skipped because a step
 *              it requires failed, or {@value #TIMED_OUT} for a step that ran past its time limit
 * @param message the exception's message, or the empty string
 */
public record StepFailure(String extractor, String error, String message) {

    /** The error of a step skipped because a step it requires failed. */
    public static final String SKIPPED = "skipped";
    /** The error of a step that ran past the pipeline's step time limit. */
    public static final String TIMED_OUT = "timed-out";

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
