package org.qalam.bench.tools;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongToDoubleFunction;
import java.util.function.ToLongFunction;
import org.qalam.bench.CorpusState;
import org.qalam.bench.corpus.Corpora;

/**
 * Passes of a benchmark chain over a corpus timed in thread CPU time, for the paired-ratio tools:
 * warm-up, the number of passes that make one timed measurement, the timing itself, the paired
 * rounds, the median, and the corpora a tool measures.
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

    /**
     * The corpora named on the command line, else the base corpora present here: news, WikiNews
     * when the shared data folder has it, and 10 MB of synthetic text.
     */
    static String[] corpora(String[] args) {
        return args.length > 0 ? args : Corpora.wikinews().isPresent()
                ? new String[] {Corpora.NEWS, Corpora.WIKINEWS, Corpora.SYNTHETIC_10MB}
                : new String[] {Corpora.NEWS, Corpora.SYNTHETIC_10MB};
    }

    /**
     * Prints the head of a tool's Markdown table: a corpus column, then {@code columns},
     * right-aligned.
     */
    static void printHeader(String... columns) {
        System.out.println("| Corpus | " + String.join(" | ", columns) + " |");
        System.out.println("|---|" + "---:|".repeat(columns.length));
    }

    /** The corpus called {@code name}, loaded. */
    static CorpusState load(String name) {
        CorpusState corpus = new CorpusState();
        corpus.corpus = name;
        corpus.load();
        return corpus;
    }

    /**
     * Times each of {@code candidates} against {@code baseline} over {@code rounds} rounds, after
     * warming all of them up: a round times the candidates back to back, with the baseline before
     * them in even rounds and after them in odd ones, so that a drift of the machine's load
     * weighs on both sides of every ratio.
     */
    Paired paired(ToLongFunction<CorpusState> baseline, List<ToLongFunction<CorpusState>> candidates,
            CorpusState corpus, int rounds) {
        warmUp(baseline, corpus);
        candidates.forEach(chain -> warmUp(chain, corpus));
        int repeats = repeatsFor(baseline, corpus);
        long[] baselineNanos = new long[rounds];
        double[][] ratios = new double[candidates.size()][rounds];
        for (int round = 0; round < rounds; round++) {
            long before = round % 2 == 0 ? cpu(baseline, corpus, repeats) : 0;
            long[] spent = new long[candidates.size()];
            for (int k = 0; k < candidates.size(); k++) {
                spent[k] = cpu(candidates.get(k), corpus, repeats);
            }
            long base = round % 2 == 0 ? before : cpu(baseline, corpus, repeats);
            for (int k = 0; k < candidates.size(); k++) {
                ratios[k][round] = (double) base / spent[k];
            }
            baselineNanos[round] = base;
        }
        return new Paired(repeats, baselineNanos, ratios);
    }

    /**
     * What paired rounds measured: the passes over the corpus per timing, the baseline's CPU
     * nanoseconds for them in each round, and each candidate's ratio of baseline time to its own
     * time in each round.
     */
    record Paired(int repeats, long[] baselineNanos, double[][] ratios) {

        /** The median over the rounds of candidate {@code k}'s ratio. */
        double medianRatio(int k) {
            return median(ratios[k]);
        }

        /** The median over the rounds of {@code measure} applied to the baseline's nanoseconds. */
        double medianBaseline(LongToDoubleFunction measure) {
            return median(Arrays.stream(baselineNanos).mapToDouble(measure).toArray());
        }
    }

    /** The median of {@code values}. */
    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
