package org.qalam.opensearch;

import java.util.List;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.qalam.lucene.CliticMode;
import org.qalam.lucene.QalamArabicAnalyzer;
import org.qalam.lucene.QalamStopWords;

/**
 * Provides {@link QalamArabicAnalyzer} as the analyzer type {@value QalamAnalysisPlugin#ANALYZER};
 * settings {@code mode} ({@code replace} or {@code stack}), {@code split_fused} (default true) and
 * {@code stopwords} (a list replacing the default one).
 *
 * <p>Why: the ready-made chain with sensible defaults, for users who do not build a custom analyzer.
 */
final class QalamArabicAnalyzerProvider extends AbstractIndexAnalyzerProvider<QalamArabicAnalyzer> {

    private final QalamArabicAnalyzer analyzer;

    QalamArabicAnalyzerProvider(IndexSettings indexSettings, Environment environment, String name, Settings settings) {
        super(indexSettings, name, settings);
        List<String> words = settings.getAsList("stopwords", null);
        analyzer = new QalamArabicAnalyzer(
                words == null ? QalamStopWords.defaultSet() : QalamStopWords.fold(words, false),
                CliticMode.parse(settings.get("mode", "replace")),
                settings.getAsBoolean("split_fused", true));
    }

    @Override
    public QalamArabicAnalyzer get() {
        return analyzer;
    }
}
