package org.qalam.bench.tools;

import java.util.List;
import java.util.Locale;
import org.qalam.bench.AnalyzerBenchmark;
import org.qalam.bench.CorpusState;
import org.qalam.bench.Counters;

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
        AnalyzerBenchmark chains = new AnalyzerBenchmark();
        chains.setUp();
        Counters counters = new Counters();
        CpuPasses.printHeader("qalamArabicAnalyzer / ArabicAnalyzer", "qalamColdCache / ArabicAnalyzer",
                "qalamNoFusedSplit / ArabicAnalyzer", "ArabicAnalyzer MB/s (CPU)");
        for (String name : CpuPasses.corpora(args)) {
            CorpusState corpus = CpuPasses.load(name);
            CpuPasses.Paired paired = PASSES.paired(c -> chains.lucene(c, counters), List.of(
                    c -> chains.qalamArabicAnalyzer(c, counters),
                    c -> chains.qalamColdCache(c, counters),
                    c -> chains.qalamNoFusedSplit(c, counters)), corpus, ROUNDS);
            long bytes = corpus.loaded.utf8Bytes();
            System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.1f |%n", name,
                    paired.medianRatio(0), paired.medianRatio(1), paired.medianRatio(2),
                    paired.medianBaseline(l -> bytes * (double) paired.repeats() / 1e6 / (l / 1e9)));
        }
        chains.tearDown();
    }
}
