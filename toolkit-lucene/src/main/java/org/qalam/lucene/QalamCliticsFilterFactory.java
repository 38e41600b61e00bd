package org.qalam.lucene;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Creates {@link QalamCliticsFilter}s; SPI name {@value #NAME}, parameter {@code mode}
 * ({@code replace}, the default, or {@code stack}; see {@link CliticMode}).
 *
 * <p>Why: usable by name from a Solr schema or an OpenSearch index setting.
 */
public final class QalamCliticsFilterFactory extends TokenFilterFactory {

    /** SPI name. */
    public static final String NAME = "qalamClitics";

    private final CliticMode mode;

    /** A factory configured by {@code args}; unknown parameters are rejected. */
    public QalamCliticsFilterFactory(Map<String, String> args) {
        super(args);
        mode = CliticMode.parse(get(args, "mode", "replace"));
        FactoryParameters.rejectUnread(args);
    }

    /** For SPI discovery only. */
    public QalamCliticsFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new QalamCliticsFilter(input, mode);
    }
}
