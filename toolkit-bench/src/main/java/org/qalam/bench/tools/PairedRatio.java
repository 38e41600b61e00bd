package org.qalam.bench.tools;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import org.qalam.bench.CorpusState;
import org.qalam.bench.Counters;
import org.qalam.bench.TokenizeBenchmark;
import org.qalam.bench.corpus.Corpora;

/**
 * Speed ratios of Qalam's tokenize + normalize to Lucene's chain measured in pairs: each round runs
 * the same benchmark methods as {@link TokenizeBenchmark} back to back, in alternating order, and
 * times them in thread CPU time; the median over rounds of Lucene time / Qalam time is printed.
 *
 * <p>Why beside JMH: on a shared machine the JMH runs of two methods happen minutes apart under
 * different load, which moves their ratio; a paired CPU-time ratio is far less sensitive to it.
 * Usage: {@code PairedRatio [corpus...]} (default: every corpus that is present).
 */
public final class PairedRatio {

    private static final int ROUNDS = 15;
    private static final long MIN_PASS_NANOS = 60_000_000L;
    private static final long WARM_UP_NANOS = 1_000_000_000L;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Keeps the chains' results observable so the JIT cannot drop the work. */
    static volatile long checksum;

    private PairedRatio() {
    }

    /** Prints a Markdown table: corpus, ratio for the streaming path and for tokenize. */
    public static void main(String[] args) {
        String[] corpora = args.length > 0 ? args : Corpora.wikinews().isPresent()
                ? new String[] {Corpora.NEWS, Corpora.WIKINEWS, Corpora.SYNTHETIC_10MB}
                : new String[] {Corpora.NEWS, Corpora.SYNTHETIC_10MB};
        TokenizeBenchmark chains = new TokenizeBenchmark();
        chains.setUp();
        Counters counters = new Counters();
        System.out.println("| Corpus | qalamScanNormalize / lucene | qalamTokenize / lucene |"
                + " Lucene CPU ms per pass |");
        System.out.println("|---|---:|---:|---:|");
        for (String name : corpora) {
            CorpusState corpus = new CorpusState();
            corpus.corpus = name;
            corpus.load();
            ToLongFunction<CorpusState> lucene = c -> chains.lucene(c, counters);
            ToLongFunction<CorpusState> scan = c -> chains.qalamScanNormalize(c, counters);
            ToLongFunction<CorpusState> tokenize = c -> chains.qalamTokenize(c, counters);
            for (ToLongFunction<CorpusState> chain : List.of(lucene, scan, tokenize)) {
                warmUp(chain, corpus);
            }
            int repeats = repeatsFor(lucene, corpus);
            double[] scanRatio = new double[ROUNDS];
            double[] tokenizeRatio = new double[ROUNDS];
            double[] luceneMs = new double[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                long l1 = round % 2 == 0 ? cpu(lucene, corpus, repeats) : 0;
                long s = cpu(scan, corpus, repeats);
                long t = cpu(tokenize, corpus, repeats);
                long l = round % 2 == 0 ? l1 : cpu(lucene, corpus, repeats);
                scanRatio[round] = (double) l / s;
                tokenizeRatio[round] = (double) l / t;
                luceneMs[round] = l / 1e6 / repeats;
            }
            System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.3g |%n", name, median(scanRatio),
                    median(tokenizeRatio), median(luceneMs));
        }
    }

    /** Runs {@code chain} for {@link #WARM_UP_NANOS} of CPU time so the JIT has compiled it. */
    private static void warmUp(ToLongFunction<CorpusState> chain, CorpusState corpus) {
        long spent = 0;
        while (spent < WARM_UP_NANOS) {
            spent += cpu(chain, corpus, 1);
        }
    }

    /** How many passes over the corpus make one timed pass of at least {@link #MIN_PASS_NANOS}. */
    private static int repeatsFor(ToLongFunction<CorpusState> chain, CorpusState corpus) {
        long once = Math.max(1, cpu(chain, corpus, 1));
        return (int) Math.max(1, MIN_PASS_NANOS / once);
    }

    private static long cpu(ToLongFunction<CorpusState> chain, CorpusState corpus, int repeats) {
        long sink = 0;
        long start = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < repeats; i++) {
            sink += chain.applyAsLong(corpus);
        }
        long spent = THREADS.getCurrentThreadCpuTime() - start;
        checksum = sink;
        return spent;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
