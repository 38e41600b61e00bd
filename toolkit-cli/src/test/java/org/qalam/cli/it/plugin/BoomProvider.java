package org.qalam.cli.it.plugin;

import java.util.List;
import java.util.Set;
import org.qalam.core.model.Document;
import org.qalam.core.model.Mention;
import org.qalam.core.spi.ExtractionContext;
import org.qalam.core.spi.Extractor;
import org.qalam.core.spi.ExtractorApi;
import org.qalam.core.spi.ExtractorConfig;
import org.qalam.core.spi.ExtractorProvider;

/**
 * A plugin that throws on every document containing "boom"; packed into a jar by
 * {@code ThrowingPluginIT} to show that one bad plugin loses no other result.
 */
public final class BoomProvider implements ExtractorProvider {

    @Override
    public String name() {
        return "boom";
    }

    @Override
    public int apiVersion() {
        return ExtractorApi.VERSION;
    }

    @Override
    public Set<String> emits() {
        return Set.of("boom");
    }

    @Override
    public Extractor create(ExtractorConfig config) {
        return new Extractor() {
            @Override
            public List<Mention> extract(Document document, ExtractionContext context) {
                if (document.text().contains("boom")) {
                    throw new IllegalStateException("cannot stand " + document.id());
                }
                return List.of();
            }
        };
    }
}
