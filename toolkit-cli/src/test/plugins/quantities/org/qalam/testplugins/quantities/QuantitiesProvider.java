package org.qalam.testplugins.quantities;

import java.util.Map;
import java.util.Set;
import org.qalam.core.spi.Extractor;
import org.qalam.core.spi.ExtractorApi;
import org.qalam.core.spi.ExtractorConfig;
import org.qalam.core.spi.ExtractorProvider;

/**
 * A third-party plugin compiled against toolkit-core and toolkit-language alone by
 * {@code QuantitiesPluginIT}: a {@code number} mention of the bundled numbers extractor and the
 * noun after it (read from the words layer by role) make a {@code quantity}; config key
 * {@code min} drops smaller ones.
 *
 * <p>Why it exists: it proves that a plugin needs nothing but core and the language library to
 * read words with roles and another extractor's mentions, and that the CLI configures it.
 */
public final class QuantitiesProvider implements ExtractorProvider {

    @Override
    public String name() {
        return "quantities";
    }

    @Override
    public int apiVersion() {
        return ExtractorApi.VERSION;
    }

    @Override
    public Set<String> requires() {
        return Set.of("tokens", "words", "number");
    }

    @Override
    public Set<String> emits() {
        return Set.of(QuantitiesExtractor.TYPE);
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
