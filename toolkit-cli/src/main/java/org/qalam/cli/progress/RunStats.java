package org.qalam.cli.progress;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a run has done so far: documents, input bytes, tokens, mentions by type, invalid-input
 * handling and errors. Updated by the one thread that writes results, read by the progress bar.
 */
public final class RunStats {

    private volatile long startNanos = System.nanoTime();
    private volatile long documents;
    private volatile long bytes;
    private long tokens;
    private final Map<String, Long> mentions = new TreeMap<>();
    private long replaced;
    private long skipped;
    private long errors;

    /** Counts one written document. */
    public synchronized void document(long inputBytes, int tokenCount,
                                      Iterable<String> mentionTypes) {
        documents++;
        bytes += inputBytes;
        tokens += tokenCount;
        for (String type : mentionTypes) {
            mentions.merge(type, 1L, Long::sum);
        }
    }

    /** Counts input that was read but produced no document (skipped lines, failed files). */
    public synchronized void consumed(long inputBytes) {
        bytes += inputBytes;
    }

    /** Counts a document whose invalid UTF-8 was replaced. */
    public synchronized void replaced() {
        replaced++;
    }

    /** Counts a document dropped for invalid UTF-8. */
    public synchronized void skipped() {
        skipped++;
    }

    /** Counts an error (unreadable file, failed extractor, invalid input). */
    public synchronized void error() {
        errors++;
    }

    /** Errors so far. */
    public synchronized long errors() {
        return errors;
    }

    /** Documents written so far. */
    public long documents() {
        return documents;
    }

    /** Input bytes consumed so far. */
    public long bytes() {
        return bytes;
    }

    /**
     * Starts the clock again: called when the inputs start to be read, so that loading the
     * extractors (a second or more) counts neither in the summary's MB/s nor in the first ETA.
     */
    public void startClock() {
        startNanos = System.nanoTime();
    }

    /** Seconds since the run started. */
    public double elapsedSeconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** The one-line summary printed at the end of a run. */
    public synchronized String summary() {
        double seconds = elapsedSeconds();
        StringBuilder line = new StringBuilder("qalam: ")
                .append(documents).append(documents == 1 ? " document, " : " documents, ")
                .append(tokens).append(tokens == 1 ? " token, " : " tokens, ");
        long total = mentions.values().stream().mapToLong(Long::longValue).sum();
        line.append(total).append(total == 1 ? " mention" : " mentions");
        if (!mentions.isEmpty()) {
            line.append(mentions.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", ", " (", ")")));
        }
        line.append("; ").append(Units.bytes(bytes)).append(" in ")
                .append(Units.seconds(seconds)).append(" (").append(Units.rate(bytes, seconds))
                .append(')');
        if (replaced > 0) {
            line.append("; ").append(replaced).append(" with invalid UTF-8 replaced");
        }
        if (skipped > 0) {
            line.append("; ").append(skipped).append(" skipped for invalid UTF-8");
        }
        line.append("; ").append(errors).append(errors == 1 ? " error" : " errors");
        return line.toString();
    }
}
