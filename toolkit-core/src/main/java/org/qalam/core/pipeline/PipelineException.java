package org.qalam.core.pipeline;

/** A pipeline that cannot be built: unknown extractor, missing layer, dependency cycle, bad config. */
public final class PipelineException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** With a message for people. */
    public PipelineException(String message) {
        super(message);
    }

    /** With a message and the cause. */
    public PipelineException(String message, Throwable cause) {
        super(message, cause);
    }
}
