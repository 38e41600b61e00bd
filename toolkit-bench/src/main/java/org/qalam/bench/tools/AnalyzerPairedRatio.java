package org.qalam.bench.tools;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import org.qalam.bench.AnalyzerBenchmark;
import org.qalam.bench.CorpusState;
import org.qalam.bench.Counters;
import org.qalam.bench.corpus.Corpora;

/**
 * Indexing-throughput ratios of {@code QalamArabicAnalyzer} to Lucene's {@code ArabicAnalyzer},
 * measured in pairs: each round runs the {@link AnalyzerBenchmark} methods back to back, in
 * alternating order, in thread CPU time; the median over rounds of ArabicAnalyzer time / Qalam
 * time is the MB/s ratio (same input bytes).
 *
 * <p>Why beside JMH: on a shared machine two JMH runs minutes apart see different load; a paired
 * CPU-time ratio barely moves with it. Usage: {@code AnalyzerPairedRatio [corpus...]}.
 */
public final class AnalyzerPairedRatio {

    private static final int ROUNDS = 9;
    private static final long MIN_PASS_NANOS = 100_000_000L;
    private static final long WARM_UP_NANOS = 2_000_000_000L;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Keeps the chains' results observable so the JIT cannot drop the work. */
    static volatile long checksum;

    private AnalyzerPairedRatio() {
    }

    /** Prints a Markdown table: corpus, then each Qalam variant's MB/s as a multiple of ArabicAnalyzer's. */
    public static void main(String[] args) {
        String[] corpora = args.length > 0 ? args : Corpora.wikinews().isPresent()
                ? new String[] {Corpora.NEWS, Corpora.WIKINEWS, Corpora.SYNTHETIC_10MB}
                : new String[] {Corpora.NEWS, Corpora.SYNTHETIC_10MB};
        AnalyzerBenchmark chains = new AnalyzerBenchmark();
        chains.setUp();
        Counters counters = new Counters();
        System.out.println("| Corpus | qalamArabicAnalyzer / ArabicAnalyzer | qalamColdCache / ArabicAnalyzer |"
                + " qalamNoFusedSplit / ArabicAnalyzer | ArabicAnalyzer MB/s (CPU) |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (String name : corpora) {
            CorpusState corpus = new CorpusState();
            corpus.corpus = name;
            corpus.load();
            ToLongFunction<CorpusState> lucene = c -> chains.lucene(c, counters);
            List<ToLongFunction<CorpusState>> qalam = List.of(
                    c -> chains.qalamArabicAnalyzer(c, counters),
                    c -> chains.qalamColdCache(c, counters),
                    c -> chains.qalamNoFusedSplit(c, counters));
            warmUp(lucene, corpus);
            qalam.forEach(chain -> warmUp(chain, corpus));
            int repeats = repeatsFor(lucene, corpus);
            double[][] ratios = new double[qalam.size()][ROUNDS];
            double[] luceneMbs = new double[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                long before = round % 2 == 0 ? cpu(lucene, corpus, repeats) : 0;
                long[] spent = new long[qalam.size()];
                for (int k = 0; k < qalam.size(); k++) {
                    spent[k] = cpu(qalam.get(k), corpus, repeats);
                }
                long l = round % 2 == 0 ? before : cpu(lucene, corpus, repeats);
                for (int k = 0; k < qalam.size(); k++) {
                    ratios[k][round] = (double) l / spent[k];
                }
                luceneMbs[round] = corpus.loaded.utf8Bytes() * (double) repeats / 1e6 / (l / 1e9);
            }
            System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.1f |%n", name, median(ratios[0]),
                    median(ratios[1]), median(ratios[2]), median(luceneMbs));
        }
        chains.tearDown();
    }

    private static void warmUp(ToLongFunction<CorpusState> chain, CorpusState corpus) {
        long spent = 0;
        while (spent < WARM_UP_NANOS) {
            spent += cpu(chain, corpus, 1);
        }
    }

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
