package org.qalam.bench;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.qalam.lucene.CliticMode;
import org.qalam.lucene.QalamArabicAnalyzer;
import org.qalam.lucene.QalamStopWords;

/**
 * Indexing throughput: every document of {@code corpus} through a whole Lucene analyzer, as
 * {@code IndexWriter} would consume it, {@code QalamArabicAnalyzer} against {@code ArabicAnalyzer}.
 *
 * <p>Why whole analyzers: this is what a search engine pays per indexed megabyte. {@code lucene}
 * (ArabicAnalyzer with its stemmer) is the peer of the MB/s ratio in the summary;
 * {@code qalamNoFusedSplit} shows what the fused-word splitter costs. The Qalam filters cache what
 * they computed per term; across iterations that cache is warm (a long indexing run on a steady
 * vocabulary), while {@code qalamColdCache} builds a new analyzer per operation, so only the
 * repetitions inside one pass over the corpus hit it (the first pass over new text).
 */
@State(Scope.Thread)
public class AnalyzerBenchmark extends ThroughputDefaults {

    private Analyzer arabic;
    private Analyzer qalam;
    private Analyzer qalamNoFusedSplit;

    /** Builds the analyzers once. */
    @Setup
    public void setUp() {
        arabic = new ArabicAnalyzer();
        qalam = new QalamArabicAnalyzer();
        qalamNoFusedSplit = new QalamArabicAnalyzer(QalamStopWords.defaultSet(), CliticMode.REPLACE, false);
    }

    /** Releases the analyzers' thread-local components. */
    @TearDown
    public void tearDown() {
        arabic.close();
        qalam.close();
        qalamNoFusedSplit.close();
    }

    /** Peer: Lucene's ArabicAnalyzer (normalization, stop words, light stemmer). */
    @Benchmark
    public long lucene(CorpusState corpus, Counters counters) {
        return TokenizeBenchmark.consumeAll(arabic, corpus, counters);
    }

    /** QalamArabicAnalyzer with its defaults. */
    @Benchmark
    public long qalamArabicAnalyzer(CorpusState corpus, Counters counters) {
        return TokenizeBenchmark.consumeAll(qalam, corpus, counters);
    }

    /** QalamArabicAnalyzer with empty caches at the start of every pass over the corpus. */
    @Benchmark
    public long qalamColdCache(CorpusState corpus, Counters counters) {
        try (Analyzer fresh = new QalamArabicAnalyzer()) {
            return TokenizeBenchmark.consumeAll(fresh, corpus, counters);
        }
    }

    /** QalamArabicAnalyzer without the fused-word splitter. */
    @Benchmark
    public long qalamNoFusedSplit(CorpusState corpus, Counters counters) {
        return TokenizeBenchmark.consumeAll(qalamNoFusedSplit, corpus, counters);
    }
}
