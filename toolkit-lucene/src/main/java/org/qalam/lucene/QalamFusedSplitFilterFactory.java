package org.qalam.lucene;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Creates {@link QalamFusedSplitFilter}s; SPI name {@value #NAME}, no parameters.
 *
 * <p>Why: usable by name from a Solr schema or an OpenSearch index setting.
 */
public final class QalamFusedSplitFilterFactory extends TokenFilterFactory {

    /** SPI name. */
    public static final String NAME = "qalamFusedSplit";

    /** A factory; unknown parameters are rejected. */
    public QalamFusedSplitFilterFactory(Map<String, String> args) {
        super(args);
        FactoryParameters.rejectUnread(args);
    }

    /** For SPI discovery only. */
    public QalamFusedSplitFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new QalamFusedSplitFilter(input);
    }
}
