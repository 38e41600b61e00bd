package org.qalam.bench.peer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
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
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new ArabicNormalizationFilter(source));
            }
        };
    }

    /** ArabicAnalyzer's chain without ArabicStemFilter. */
    public static Analyzer arabicAnalyzerNoStem() {
        CharArraySet stopWords = ArabicAnalyzer.getDefaultStopSet();
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream result = new LowerCaseFilter(source);
                result = new DecimalDigitFilter(result);
                result = new StopFilter(result, stopWords);
                result = new ArabicNormalizationFilter(result);
                return new TokenStreamComponents(source, result);
            }
        };
    }
}
