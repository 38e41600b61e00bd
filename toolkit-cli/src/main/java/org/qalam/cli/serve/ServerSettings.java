package org.qalam.cli.serve;

import java.time.Duration;

/**
 * How the server listens and what it allows: address, worker threads, queue length, largest body,
 * time limit per request and the grace period for requests in flight at shutdown. Why a record:
 * the command fills it from options and the tests fill it directly, with the same checks.
 *
 * @param host address to listen on; loopback unless the user says otherwise
 * @param port TCP port, 0 for any free one (tests)
 * @param threads analysis workers: requests analysed at the same time
 * @param queue requests admitted beyond the busy workers; past them the answer is 429
 * @param maxBodyBytes largest request body; past it the answer is 413
 * @param requestTimeout longest time one request may take; past it the answer is 503
 * @param shutdownGrace how long requests in flight may still take after SIGTERM
 */
public record ServerSettings(String host, int port, int threads, int queue, long maxBodyBytes,
                             Duration requestTimeout, Duration shutdownGrace) {

    /** Address the server listens on unless {@code --host} says otherwise. */
    public static final String LOOPBACK = "127.0.0.1";

    /** Checks the numbers. */
    public ServerSettings {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be from 0 to 65535: " + port);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        if (queue < 0) {
            throw new IllegalArgumentException("queue must not be negative: " + queue);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("max body size must be positive: " + maxBodyBytes);
        }
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("request timeout must be positive: "
                    + requestTimeout);
        }
    }
}
