package org.qalam.lucene;

import java.util.Map;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;

/**
 * Creates {@link QalamTokenizer}s; SPI name {@value #NAME}, parameter {@code maxTokenLength}
 * (default {@value QalamTokenizer#DEFAULT_MAX_TOKEN_LENGTH}).
 *
 * <p>Why: Solr schemas, OpenSearch plugins and {@code CustomAnalyzer} find tokenizers by name.
 */
public final class QalamTokenizerFactory extends TokenizerFactory {

    /** SPI name. */
    public static final String NAME = "qalam";

    private final int maxTokenLength;

    /** A factory configured by {@code args}; unknown parameters are rejected. */
    public QalamTokenizerFactory(Map<String, String> args) {
        super(args);
        maxTokenLength = getInt(args, "maxTokenLength", QalamTokenizer.DEFAULT_MAX_TOKEN_LENGTH);
        FactoryParameters.rejectUnread(args);
    }

    /** For SPI discovery only. */
    public QalamTokenizerFactory() {
        throw defaultCtorException();
    }

    @Override
    public QalamTokenizer create(AttributeFactory factory) {
        return new QalamTokenizer(factory, maxTokenLength);
    }
}
