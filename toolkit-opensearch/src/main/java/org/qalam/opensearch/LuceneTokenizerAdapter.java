package org.qalam.opensearch;

import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Tokenizer;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenizerFactory;

/**
 * An OpenSearch tokenizer factory that delegates to a Lucene {@code TokenizerFactory} built from
 * the index settings.
 *
 * <p>Why: the Lucene factory already validates its parameters and rejects unknown ones, so
 * OpenSearch and Solr accept exactly the same settings.
 */
final class LuceneTokenizerAdapter extends AbstractTokenizerFactory {

    private final org.apache.lucene.analysis.TokenizerFactory lucene;

    LuceneTokenizerAdapter(IndexSettings indexSettings, Settings settings, String name,
            Function<Map<String, String>, ? extends org.apache.lucene.analysis.TokenizerFactory> constructor) {
        super(indexSettings, settings, name);
        this.lucene = constructor.apply(QalamAnalysisPlugin.parameters(settings));
    }

    @Override
    public Tokenizer create() {
        return lucene.create();
    }
}
