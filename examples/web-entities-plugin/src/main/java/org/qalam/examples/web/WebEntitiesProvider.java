package org.qalam.examples.web;

import java.util.Set;
import org.qalam.core.spi.Extractor;
import org.qalam.core.spi.ExtractorApi;
import org.qalam.core.spi.ExtractorConfig;
import org.qalam.core.spi.ExtractorProvider;

/**
 * Example plugin: registers the {@code web-entities} extractor, which finds hashtags, @mentions
 * and URLs. Listed in {@code META-INF/services/org.qalam.core.spi.ExtractorProvider}.
 */
public final class WebEntitiesProvider implements ExtractorProvider {

    @Override
    public String name() {
        return "web-entities";
    }

    @Override
    public int apiVersion() {
        return ExtractorApi.VERSION;
    }

    @Override
    public String description() {
        return "hashtags, @mentions and URLs (example plugin)";
    }

    @Override
    public Set<String> emits() {
        return Set.of(WebEntitiesExtractor.HASHTAG, WebEntitiesExtractor.USER,
                WebEntitiesExtractor.URL);
    }

    @Override
    public Extractor create(ExtractorConfig config) {
        return new WebEntitiesExtractor();
    }
}
