package org.qalam.lucene;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.qalam.arabic.clitic.CliticSegmenter;
import org.qalam.arabic.normalize.Normalizer;

/**
 * Qalam's Arabic analyzer: {@link QalamTokenizer}, then fused-word splitting, clitic removal,
 * the search normalization with diacritics folding, and stop words removed after folding.
 *
 * <p>Why this order: the fused-word splitter and the clitic segmenter read the written spelling
 * their lexicon knows, so they run before normalization; stop words are folded like the terms, so
 * they are removed however they were written. A drop-in for Lucene's {@code ArabicAnalyzer}
 * that also finds {@code المتحدة} in {@code الولاياتالمتحدةوروسيا} and {@code الولايات} in
 * {@code الْوِلَايَاتُ}. Thread-safe like every {@link org.apache.lucene.analysis.Analyzer}.
 */
public final class QalamArabicAnalyzer extends StopwordAnalyzerBase {

    private final CliticMode cliticMode;
    private final boolean splitFused;
    private final boolean foldHamza;

    /**
     * The default analyzer: Qalam's stop words, clitics replaced by their stem, fused words split,
     * hamza seats folded.
     */
    public QalamArabicAnalyzer() {
        this(QalamStopWords.defaultSet(), CliticMode.REPLACE, true);
    }

    /**
     * An analyzer with the given stop words (folded here with the search normalization), clitic
     * mode and fused-word splitting on or off; hamza seats folded.
     */
    public QalamArabicAnalyzer(CharArraySet stopwords, CliticMode cliticMode, boolean splitFused) {
        this(stopwords, cliticMode, splitFused, true);
    }

    /**
     * An analyzer with every choice explicit; {@code foldHamza} folds ؤ → و, ئ → ي and removes ء
     * after normalization, so text written without hamzas still matches.
     */
    public QalamArabicAnalyzer(CharArraySet stopwords, CliticMode cliticMode, boolean splitFused,
            boolean foldHamza) {
        super(stopwords == QalamStopWords.defaultSet() ? stopwords : QalamStopWords.fold(stopwords));
        if (cliticMode == null) {
            throw new NullPointerException("cliticMode");
        }
        this.cliticMode = cliticMode;
        this.splitFused = splitFused;
        this.foldHamza = foldHamza;
    }

    /** The default stop words, folded. */
    public static CharArraySet getDefaultStopSet() {
        return QalamStopWords.defaultSet();
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new QalamTokenizer();
        TokenStream result = splitFused ? new QalamFusedSplitFilter(source) : source;
        result = new QalamCliticsFilter(result, cliticMode, CliticSegmenter.standard(), stopwords);
        result = new QalamNormalizationFilter(result, Normalizer.search(), foldHamza);
        result = new StopFilter(result, stopwords);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new QalamNormalizationFilter(in, Normalizer.search(), foldHamza);
    }
}
