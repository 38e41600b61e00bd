package org.qalam.cli.progress;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress display on standard error, redrawn in place at most a few times a second:
 * documents, megabytes, MB/s and, when the input size is known, a bar and the time left. It is
 * only used when standard error is a terminal, so logs and redirected runs stay clean.
 */
public final class ProgressBar {

    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int BAR = 24;

    private final PrintWriter err;
    private final RunStats stats;
    private final long totalBytes;
    /** The time left is extrapolated only from this much of the run, so the first ETA is not a guess. */
    static final double MIN_ETA_SECONDS = 1.0;

    private long lastDraw;
    private int lastLength;

    /** @param totalBytes the input size, or a negative number when unknown (stdin) */
    public ProgressBar(PrintWriter err, RunStats stats, long totalBytes) {
        this.err = err;
        this.stats = stats;
        this.totalBytes = totalBytes;
        this.lastDraw = System.nanoTime();
    }

    /** Redraws if enough time has passed since the last redraw. */
    public void tick() {
        long now = System.nanoTime();
        if (now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        draw(line());
    }

    /** Erases the line, before the summary or a message is printed. */
    public void clear() {
        if (lastLength > 0) {
            err.print("\r" + " ".repeat(lastLength) + "\r");
            err.flush();
            lastLength = 0;
        }
    }

    private String line() {
        double seconds = stats.elapsedSeconds();
        long bytes = stats.bytes();
        StringBuilder line = new StringBuilder();
        if (totalBytes > 0) {
            double done = Math.min(1.0, (double) bytes / totalBytes);
            int filled = (int) Math.round(done * BAR);
            line.append('[').append("█".repeat(filled)).append("░".repeat(BAR - filled))
                    .append("] ").append(String.format(Locale.ROOT, "%3.0f%% ", done * 100));
        }
        line.append(stats.documents()).append(" docs, ").append(Units.bytes(bytes)).append(", ")
                .append(Units.rate(bytes, seconds));
        if (totalBytes > 0 && bytes > 0 && bytes < totalBytes && seconds >= MIN_ETA_SECONDS) {
            double left = seconds * (totalBytes - bytes) / bytes;
            line.append(", ETA ").append(Units.seconds(left));
        }
        return line.toString();
    }

    private void draw(String line) {
        int pad = Math.max(0, lastLength - line.length());
        err.print("\r" + line + " ".repeat(pad));
        err.flush();
        lastLength = line.length();
    }
}
