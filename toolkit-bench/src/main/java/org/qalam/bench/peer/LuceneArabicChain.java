package org.qalam.bench.peer;

import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Lucene 9 analyzers built like {@link ArabicAnalyzer} with stemming off: the peer that Qalam's
 * tokenizer and normalizer are measured against.
 *
 * <p>Why two: {@link #tokenizeNormalize()} does the same work as Qalam's tokenize + normalize
 * (UAX#29 tokens, Arabic normalization) and is the reference for the ratios;
 * {@link #arabicAnalyzerNoStem()} is the whole {@code ArabicAnalyzer} chain minus the stemmer
 * (lower case, decimal digits, stop words), for readers who know that analyzer.
 */
public final class LuceneArabicChain {

    private LuceneArabicChain() {
    }

    /** StandardTokenizer followed by ArabicNormalizationFilter. */
    public static Analyzer tokenizeNormalize() {
        return afterStandardTokenizer(ArabicNormalizationFilter::new);
    }

    /** ArabicAnalyzer's chain without ArabicStemFilter. */
    public static Analyzer arabicAnalyzerNoStem() {
        CharArraySet stopWords = ArabicAnalyzer.getDefaultStopSet();
        return afterStandardTokenizer(source -> new ArabicNormalizationFilter(
                new StopFilter(new DecimalDigitFilter(new LowerCaseFilter(source)), stopWords)));
    }

    private static Analyzer afterStandardTokenizer(Function<Tokenizer, TokenStream> filters) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, filters.apply(source));
            }
        };
    }
}
