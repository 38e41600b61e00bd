package org.qalam.bench.tools;

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
    private static final CpuPasses PASSES = new CpuPasses(WARM_UP_NANOS, MIN_PASS_NANOS);

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
                PASSES.warmUp(chain, corpus);
            }
            int repeats = PASSES.repeatsFor(lucene, corpus);
            double[] scanRatio = new double[ROUNDS];
            double[] tokenizeRatio = new double[ROUNDS];
            double[] luceneMs = new double[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                long l1 = round % 2 == 0 ? PASSES.cpu(lucene, corpus, repeats) : 0;
                long s = PASSES.cpu(scan, corpus, repeats);
                long t = PASSES.cpu(tokenize, corpus, repeats);
                long l = round % 2 == 0 ? l1 : PASSES.cpu(lucene, corpus, repeats);
                scanRatio[round] = (double) l / s;
                tokenizeRatio[round] = (double) l / t;
                luceneMs[round] = l / 1e6 / repeats;
            }
            System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.3g |%n", name, CpuPasses.median(scanRatio),
                    CpuPasses.median(tokenizeRatio), CpuPasses.median(luceneMs));
        }
    }
}
