package org.qalam.bench.tools;

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
    private static final CpuPasses PASSES = new CpuPasses(WARM_UP_NANOS, MIN_PASS_NANOS);

    private AnalyzerPairedRatio() {
    }

    /** Prints a Markdown table: corpus, then each Qalam variant's MB/s over ArabicAnalyzer's. */
    public static void main(String[] args) {
        String[] corpora = args.length > 0 ? args : Corpora.wikinews().isPresent()
                ? new String[] {Corpora.NEWS, Corpora.WIKINEWS, Corpora.SYNTHETIC_10MB}
                : new String[] {Corpora.NEWS, Corpora.SYNTHETIC_10MB};
        AnalyzerBenchmark chains = new AnalyzerBenchmark();
        chains.setUp();
        Counters counters = new Counters();
        System.out.println("| Corpus | qalamArabicAnalyzer / ArabicAnalyzer"
                + " | qalamColdCache / ArabicAnalyzer |"
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
            PASSES.warmUp(lucene, corpus);
            qalam.forEach(chain -> PASSES.warmUp(chain, corpus));
            int repeats = PASSES.repeatsFor(lucene, corpus);
            double[][] ratios = new double[qalam.size()][ROUNDS];
            double[] luceneMbs = new double[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                long before = round % 2 == 0 ? PASSES.cpu(lucene, corpus, repeats) : 0;
                long[] spent = new long[qalam.size()];
                for (int k = 0; k < qalam.size(); k++) {
                    spent[k] = PASSES.cpu(qalam.get(k), corpus, repeats);
                }
                long l = round % 2 == 0 ? before : PASSES.cpu(lucene, corpus, repeats);
                for (int k = 0; k < qalam.size(); k++) {
                    ratios[k][round] = (double) l / spent[k];
                }
                luceneMbs[round] = corpus.loaded.utf8Bytes() * (double) repeats / 1e6 / (l / 1e9);
            }
            System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.1f |%n", name,
                    CpuPasses.median(ratios[0]), CpuPasses.median(ratios[1]),
                    CpuPasses.median(ratios[2]), CpuPasses.median(luceneMbs));
        }
        chains.tearDown();
    }
}
