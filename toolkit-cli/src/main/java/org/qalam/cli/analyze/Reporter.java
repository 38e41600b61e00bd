package org.qalam.cli.analyze;

import java.io.PrintWriter;
import org.qalam.cli.progress.ProgressBar;
import org.qalam.cli.progress.RunStats;

/**
 * Everything a run says on standard error: messages, errors (the first ones shown, all counted),
 * the progress bar and the summary. Used from the one thread that writes results, so messages
 * come in input order.
 */
final class Reporter {

    /** Error messages shown before the rest are only counted in the summary. */
    private static final int MAX_SHOWN = 50;

    private final PrintWriter err;
    private final RunStats stats = new RunStats();
    private ProgressBar progressBar;
    private int shown;

    Reporter(PrintWriter err) {
        this.err = err;
    }

    /** The counts of this run. */
    RunStats stats() {
        return stats;
    }

    /** Shows a progress bar from now on; {@code totalBytes} is negative when unknown. */
    void showProgress(long totalBytes) {
        progressBar = new ProgressBar(err, stats, totalBytes);
    }

    /** Redraws the progress bar if there is one and it is due. */
    void tick() {
        if (progressBar != null) {
            progressBar.tick();
        }
    }

    /** Reports and counts an error; the exit code will be 1. */
    void fail(String message) {
        stats.error();
        limited(message);
    }

    /**
     * Reports a consequence of an error already counted (a step skipped because the step it
     * needs failed), within the same limit of messages shown.
     */
    void consequence(String message) {
        limited(message);
    }

    private void limited(String message) {
        if (shown < MAX_SHOWN) {
            warn(message);
        } else if (shown == MAX_SHOWN) {
            warn("further errors are only counted in the summary");
        }
        shown++;
    }

    /** Prints {@code qalam: message} on its own line. */
    void warn(String message) {
        clearProgress();
        err.println("qalam: " + message);
        err.flush();
    }

    /** Prints the summary line. */
    void summary() {
        clearProgress();
        err.println(stats.summary());
        err.flush();
    }

    /** Erases the progress bar, if shown. */
    void clearProgress() {
        if (progressBar != null) {
            progressBar.clear();
        }
    }
}
