package org.qalam.opensearch;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.index.analysis.TokenizerFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;
import org.qalam.lucene.QalamCliticsFilterFactory;
import org.qalam.lucene.QalamFusedSplitFilterFactory;
import org.qalam.lucene.QalamNormalizationFilterFactory;
import org.qalam.lucene.QalamTokenizerFactory;

/**
 * OpenSearch analysis plugin exposing Qalam's tokenizer ({@code qalam}), token filters
 * ({@code qalamFusedSplit}, {@code qalamClitics}, {@code qalamNormalization}, {@code qalamStop})
 * and the ready-made analyzer {@code qalamArabic}, under the same names as the Lucene SPI.
 *
 * <p>Why the same names: one schema vocabulary for Solr, OpenSearch and plain Lucene; the index
 * settings of {@code toolkit-lucene/docs/opensearch.md} read like the Solr field type. Each
 * factory is built directly (no Lucene SPI lookup), since OpenSearch loads plugins in their own
 * class loader.
 */
public final class QalamAnalysisPlugin extends Plugin implements AnalysisPlugin {

    /** Name of the ready-made analyzer. */
    public static final String ANALYZER = "qalamArabic";

    private static final String TYPE = "type";
    private static final String INDEX_PREFIX = "index.";

    @Override
    public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
        return Map.of(QalamTokenizerFactory.NAME, (indexSettings, environment, name, settings) ->
                new LuceneTokenizerAdapter(indexSettings, settings, name, QalamTokenizerFactory::new));
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        Map<String, AnalysisProvider<TokenFilterFactory>> filters = new HashMap<>();
        filters.put(QalamFusedSplitFilterFactory.NAME, filter(QalamFusedSplitFilterFactory::new));
        filters.put(QalamCliticsFilterFactory.NAME, filter(QalamCliticsFilterFactory::new));
        filters.put(QalamNormalizationFilterFactory.NAME, (indexSettings, environment, name, settings) ->
                new LuceneFilterAdapter.Normalizing(indexSettings, name, settings,
                        QalamNormalizationFilterFactory::new));
        filters.put(StopFilterFactory.NAME, StopFilterFactory::new);
        return Map.copyOf(filters);
    }

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.of(ANALYZER, QalamArabicAnalyzerProvider::new);
    }

    private static AnalysisProvider<TokenFilterFactory> filter(
            Function<Map<String, String>, org.apache.lucene.analysis.TokenFilterFactory> constructor) {
        return (indexSettings, environment, name, settings) ->
                new LuceneFilterAdapter(indexSettings, name, settings, constructor);
    }

    /**
     * The parameters of {@code settings} as a Lucene factory wants them: without {@code type} and
     * the {@code index.*} keys OpenSearch adds (such as {@code index.version.created}).
     */
    static Map<String, String> parameters(Settings settings) {
        Map<String, String> parameters = new HashMap<>();
        for (String key : settings.keySet()) {
            if (!TYPE.equals(key) && !key.startsWith(INDEX_PREFIX)) {
                parameters.put(key, settings.get(key));
            }
        }
        return parameters;
    }
}
