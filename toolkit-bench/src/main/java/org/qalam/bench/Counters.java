package org.qalam.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Per-thread counters that JMH reports as rates beside ops/s: {@code tokens} (tokens/s as the
 * chain under test counts them) and {@code bytes} (UTF-8 input bytes/s; divide by 10^6 for MB/s).
 *
 * <p>Why counters: one operation is a whole corpus, so ops/s alone does not compare corpora or
 * chains that cut text into different numbers of tokens. With several threads JMH sums them.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Counters {

    /** Tokens produced. */
    public long tokens;
    /** UTF-8 bytes of input consumed. */
    public long bytes;

    /** Starts each iteration from zero. */
    @Setup(Level.Iteration)
    public void reset() {
        tokens = 0;
        bytes = 0;
    }

    /** Records one operation over {@code inputBytes} that produced {@code producedTokens}. */
    public void add(long producedTokens, long inputBytes) {
        tokens += producedTokens;
        bytes += inputBytes;
    }
}
