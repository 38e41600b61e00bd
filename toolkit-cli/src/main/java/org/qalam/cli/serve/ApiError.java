package org.qalam.cli.serve;

/**
 * A request the server answers with an error status and a JSON body
 * {@code {"error": MESSAGE, "field": FIELD}}, the field only when one part of the request is to
 * blame. Why an exception: the checks sit deep in body reading and parsing, and one catch in the
 * handler turns every one of them into the same response shape.
 */
final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The request was malformed or a field was wrong. */
    static final int BAD_REQUEST = 400;
    /** No such path. */
    static final int NOT_FOUND = 404;
    /** The path exists, the method does not. */
    static final int METHOD_NOT_ALLOWED = 405;
    /** The body is larger than {@code --max-body-size}. */
    static final int PAYLOAD_TOO_LARGE = 413;
    /** Every worker is busy and the queue is full. */
    static final int TOO_MANY_REQUESTS = 429;
    /** A bug, reported without its stack trace. */
    static final int INTERNAL_ERROR = 500;
    /** The request ran past {@code --request-timeout}, or the server is shutting down. */
    static final int UNAVAILABLE = 503;

    private final int status;
    private final String field;

    ApiError(int status, String message, String field) {
        super(message);
        this.status = status;
        this.field = field;
    }

    static ApiError badField(String field, String message) {
        return new ApiError(BAD_REQUEST, message, field);
    }

    int status() {
        return status;
    }

    /** The request field at fault, or null. */
    String field() {
        return field;
    }
}
