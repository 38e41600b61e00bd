package org.qalam.bench.tools;

import java.util.List;
import java.util.Locale;
import org.qalam.bench.CorpusState;
import org.qalam.bench.Counters;
import org.qalam.bench.TokenizeBenchmark;

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
    private static final CpuPasses PASSES = new CpuPasses(WARM_UP_NANOS, MIN_PASS_NANOS);

    private PairedRatio() {
    }

    /** Prints a Markdown table: corpus, ratio for the streaming path and for tokenize. */
    public static void main(String[] args) {
        TokenizeBenchmark chains = new TokenizeBenchmark();
        chains.setUp();
        Counters counters = new Counters();
        CpuPasses.printHeader("qalamScanNormalize / lucene", "qalamTokenize / lucene",
                "Lucene CPU ms per pass");
        for (String name : CpuPasses.corpora(args)) {
            CorpusState corpus = CpuPasses.load(name);
            CpuPasses.Paired paired = PASSES.paired(c -> chains.lucene(c, counters), List.of(
                    c -> chains.qalamScanNormalize(c, counters),
                    c -> chains.qalamTokenize(c, counters)), corpus, ROUNDS);
            System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.3g |%n", name, paired.medianRatio(0),
                    paired.medianRatio(1), paired.medianBaseline(l -> l / 1e6 / paired.repeats()));
        }
    }
}
