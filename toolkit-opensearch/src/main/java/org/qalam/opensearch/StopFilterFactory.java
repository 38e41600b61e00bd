package org.qalam.opensearch;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;
import org.qalam.lucene.QalamStopFilterFactory;
import org.qalam.lucene.QalamStopWords;

/**
 * The {@code qalamStop} filter for OpenSearch: Qalam's folded Arabic stop words, or the list in the
 * {@code stopwords} setting, folded with the search normalization.
 *
 * <p>Why its own factory: OpenSearch passes word lists as setting arrays, not as resource files.
 */
final class StopFilterFactory extends AbstractTokenFilterFactory {

    /** Name of the filter. */
    static final String NAME = QalamStopFilterFactory.NAME;

    private static final String STOPWORDS = "stopwords";

    private final CharArraySet stopWords;

    StopFilterFactory(IndexSettings indexSettings, Environment environment, String name, Settings settings) {
        super(indexSettings, name, settings);
        List<String> words = settings.getAsList(STOPWORDS, null);
        this.stopWords = words == null ? QalamStopWords.defaultSet() : QalamStopWords.fold(words, false);
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new StopFilter(tokenStream, stopWords);
    }
}
