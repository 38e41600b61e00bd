package org.qalam.testplugins.quantities;

import java.util.Map;
import java.util.Set;
import org.qalam.core.spi.DeclaredProvider;
import org.qalam.core.spi.Extractor;
import org.qalam.core.spi.ExtractorApi;
import org.qalam.core.spi.ExtractorConfig;

/**
 * A third-party plugin compiled against toolkit-core and toolkit-language alone by
 * {@code QuantitiesPluginIT}: a {@code number} mention of the bundled numbers extractor and the
 * noun after it (read from the words layer by role) make a {@code quantity}; config key
 * {@code min} drops smaller ones.
 *
 * <p>Why it exists: it proves that a plugin needs nothing but core and the language library to
 * read words with roles and another extractor's mentions, and that the CLI configures it.
 */
public final class QuantitiesProvider extends DeclaredProvider {

    /** Reads tokens, words and {@code number} mentions; emits {@code quantity}. */
    public QuantitiesProvider() {
        super("quantities", "", Set.of("tokens", "words", "number"), Set.of(),
                Set.of(QuantitiesExtractor.TYPE));
    }

    @Override
    public int apiVersion() {
        return ExtractorApi.VERSION;
    }

    @Override
    public Map<String, String> configKeys() {
        return Map.of("min", "smallest number value reported (default 0)");
    }

    @Override
    public Extractor create(ExtractorConfig config) {
        return new QuantitiesExtractor(config.getLong("min", 0));
    }
}
