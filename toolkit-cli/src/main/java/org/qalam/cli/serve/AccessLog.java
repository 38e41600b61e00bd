package org.qalam.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.time.Instant;

/**
 * One line per request on the log stream (standard error): time, client address, method, path,
 * status, response bytes and milliseconds, e.g.
 * {@code 2026-12-03T09:00:00.123Z 127.0.0.1 "POST /v1/analyze" 200 1432 3.1ms}. Why its own class:
 * the format is a contract with whoever reads the logs, kept in one place.
 */
final class AccessLog {

    private static final double NANOS_PER_MILLI = 1_000_000.0;

    private final PrintStream out;

    AccessLog(PrintStream out) {
        this.out = out;
    }

    void record(HttpExchange exchange, int status, long bytes, long nanos) {
        InetSocketAddress remote = exchange.getRemoteAddress();
        String client = remote == null || remote.getAddress() == null ? "-"
                : remote.getAddress().getHostAddress();
        String line = Instant.now() + " " + client + " \"" + exchange.getRequestMethod() + " "
                + exchange.getRequestURI().getRawPath() + "\" " + status + " " + bytes + " "
                + String.format("%.1fms", nanos / NANOS_PER_MILLI);
        out.println(line);
    }
}
