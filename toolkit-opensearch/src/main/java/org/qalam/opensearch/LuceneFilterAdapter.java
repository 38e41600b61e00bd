package org.qalam.opensearch;

import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.TokenStream;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;
import org.opensearch.index.analysis.NormalizingTokenFilterFactory;

/**
 * An OpenSearch token filter factory that delegates to a Lucene {@code TokenFilterFactory} built
 * from the index settings.
 *
 * <p>Why: one implementation of each filter and of its parameter checks, shared with Solr.
 */
class LuceneFilterAdapter extends AbstractTokenFilterFactory {

    private final org.apache.lucene.analysis.TokenFilterFactory lucene;

    LuceneFilterAdapter(IndexSettings indexSettings, String name, Settings settings,
            Function<Map<String, String>, ? extends org.apache.lucene.analysis.TokenFilterFactory> constructor) {
        super(indexSettings, name, settings);
        this.lucene = constructor.apply(QalamAnalysisPlugin.parameters(settings));
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return lucene.create(tokenStream);
    }

    /**
     * A filter that may also run in a normalizer (keyword fields, wildcard and prefix queries).
     *
     * <p>Why: the normalization filter folds query terms that are not analyzed as text.
     */
    static final class Normalizing extends LuceneFilterAdapter implements NormalizingTokenFilterFactory {

        Normalizing(IndexSettings indexSettings, String name, Settings settings,
                Function<Map<String, String>, ? extends org.apache.lucene.analysis.TokenFilterFactory> constructor) {
            super(indexSettings, name, settings, constructor);
        }
    }
}
