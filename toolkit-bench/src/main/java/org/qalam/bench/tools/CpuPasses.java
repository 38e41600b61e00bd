package org.qalam.bench.tools;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.ToLongFunction;
import org.qalam.bench.CorpusState;

/**
 * Passes of a benchmark chain over a corpus timed in thread CPU time, for the paired-ratio tools:
 * warm-up, the number of passes that make one timed measurement, the timing itself, the median.
 *
 * <p>Why one class: {@link PairedRatio} and {@link AnalyzerPairedRatio} must time their chains
 * the same way for their ratios to mean the same thing.
 */
final class CpuPasses {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Keeps the chains' results observable so the JIT cannot drop the work. */
    static volatile long checksum;

    private final long warmUpNanos;
    private final long minPassNanos;

    /** Passes warmed up for {@code warmUpNanos} and timed over at least {@code minPassNanos}. */
    CpuPasses(long warmUpNanos, long minPassNanos) {
        this.warmUpNanos = warmUpNanos;
        this.minPassNanos = minPassNanos;
    }

    /** Runs {@code chain} until it has spent the warm-up CPU time, so the JIT has compiled it. */
    void warmUp(ToLongFunction<CorpusState> chain, CorpusState corpus) {
        long spent = 0;
        while (spent < warmUpNanos) {
            spent += cpu(chain, corpus, 1);
        }
    }

    /** How many passes over the corpus make one timed pass of at least the minimum CPU time. */
    int repeatsFor(ToLongFunction<CorpusState> chain, CorpusState corpus) {
        long once = Math.max(1, cpu(chain, corpus, 1));
        return (int) Math.max(1, minPassNanos / once);
    }

    /** Thread CPU nanoseconds of {@code repeats} passes of {@code chain} over the corpus. */
    long cpu(ToLongFunction<CorpusState> chain, CorpusState corpus, int repeats) {
        long sink = 0;
        long start = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < repeats; i++) {
            sink += chain.applyAsLong(corpus);
        }
        long spent = THREADS.getCurrentThreadCpuTime() - start;
        checksum = sink;
        return spent;
    }

    /** The median of {@code values}. */
    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
