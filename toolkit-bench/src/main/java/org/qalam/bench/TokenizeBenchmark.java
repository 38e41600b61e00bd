package org.qalam.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.qalam.arabic.normalize.Normalizer;
import org.qalam.arabic.token.ArabicTokenizer;
import org.qalam.arabic.token.TokenHandler;
import org.qalam.bench.peer.LuceneArabicChain;
import org.qalam.core.model.Token;
import org.qalam.core.model.TokenKind;

/**
 * Benchmark 1: tokenize + normalize a whole corpus, Qalam against Lucene's Arabic chain.
 *
 * <p>Why these methods: {@code lucene} is the peer every ratio is taken against (StandardTokenizer
 * + ArabicNormalizationFilter, no stemming); {@code luceneArabicAnalyzerNoStem} adds the rest of
 * ArabicAnalyzer's chain. {@code qalamTokenize} is Qalam's public API (a {@link Token} with
 * surface and norm strings per token); {@code qalamScanNormalize} is its streaming path (offsets
 * from {@link ArabicTokenizer#scan}, each token checked and, when it changes, normalized into one
 * reused buffer), which does the
 * same work as Lucene's term buffer. Each method returns a checksum so the JIT cannot drop the work.
 */
@State(Scope.Thread)
public class TokenizeBenchmark extends ThroughputDefaults {

    private Analyzer lucene;
    private Analyzer luceneNoStem;
    private final ArabicTokenizer tokenizer = ArabicTokenizer.standard();
    private final NormalizingHandler handler = new NormalizingHandler(Normalizer.search());

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

    /** Qalam's public API: {@code ArabicTokenizer.tokenize} to a list of tokens with norms. */
    @Benchmark
    public long qalamTokenize(CorpusState corpus, Counters counters) {
        long tokens = 0;
        long checksum = 0;
        for (String document : corpus.documents) {
            List<Token> list = tokenizer.tokenize(document);
            tokens += list.size();
            for (Token token : list) {
                checksum += token.norm().length() + token.span().end();
            }
        }
        counters.add(tokens, corpus.loaded.utf8Bytes());
        return checksum;
    }

    /** Qalam's streaming path: token offsets, each token normalized into a reused buffer. */
    @Benchmark
    public long qalamScanNormalize(CorpusState corpus, Counters counters) {
        handler.tokens = 0;
        handler.checksum = 0;
        for (String document : corpus.documents) {
            handler.text = document;
            tokenizer.scan(document, handler);
        }
        counters.add(handler.tokens, corpus.loaded.utf8Bytes());
        return handler.checksum;
    }

    /**
     * Normalizes each scanned token into one buffer, as a Lucene term attribute would hold it; a
     * token that is already normalized is used in place (the text slice), as {@code tokenize} does.
     */
    private static final class NormalizingHandler implements TokenHandler {
        private final Normalizer normalizer;
        private final StringBuilder term = new StringBuilder(64);
        private String text;
        private long tokens;
        private long checksum;

        NormalizingHandler(Normalizer normalizer) {
            this.normalizer = normalizer;
        }

        @Override
        public void token(int start, int end, TokenKind kind) {
            int length = end - start;
            if (!normalizer.isNormalized(text, start, end)) {
                term.setLength(0);
                normalizer.appendNormalized(text, start, end, term);
                length = term.length();
            }
            tokens++;
            checksum += length + end;
        }
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
