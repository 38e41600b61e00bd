package org.qalam.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.qalam.bench.peer.LuceneArabicChain;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 1: tokenize + normalize a whole corpus, Qalam against Lucene's Arabic chain.
 *
 * <p>Why these methods: {@code lucene} is the peer every ratio is taken against (StandardTokenizer
 * + ArabicNormalizationFilter, no stemming); {@code luceneArabicAnalyzerNoStem} adds the rest of
 * ArabicAnalyzer's chain. Each method returns a checksum so the JIT cannot drop the work.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class TokenizeBenchmark {

    private Analyzer lucene;
    private Analyzer luceneNoStem;

    /** Builds the analyzers once. */
    @Setup
    public void setUp() {
        lucene = LuceneArabicChain.tokenizeNormalize();
        luceneNoStem = LuceneArabicChain.arabicAnalyzerNoStem();
    }

    /** Releases the analyzers' thread-local components. */
    @TearDown
    public void tearDown() {
        lucene.close();
        luceneNoStem.close();
    }

    /** Peer: StandardTokenizer + ArabicNormalizationFilter. */
    @Benchmark
    public long lucene(CorpusState corpus, Counters counters) {
        return consumeAll(lucene, corpus, counters);
    }

    /** ArabicAnalyzer's chain (lower case, digits, stop words, normalization) without stemming. */
    @Benchmark
    public long luceneArabicAnalyzerNoStem(CorpusState corpus, Counters counters) {
        return consumeAll(luceneNoStem, corpus, counters);
    }

    static long consumeAll(Analyzer analyzer, CorpusState corpus, Counters counters) {
        long tokens = 0;
        long checksum = 0;
        for (String document : corpus.documents) {
            try (TokenStream stream = analyzer.tokenStream("body", document)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    tokens++;
                    checksum += term.length() + offset.endOffset();
                }
                stream.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        counters.add(tokens, corpus.loaded.utf8Bytes());
        return checksum;
    }
}
