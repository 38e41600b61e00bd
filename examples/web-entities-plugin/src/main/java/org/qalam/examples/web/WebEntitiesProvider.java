package org.qalam.examples.web;

import java.util.Map;
import java.util.Set;
import org.qalam.core.spi.Extractor;
import org.qalam.core.spi.ExtractorApi;
import org.qalam.core.spi.ExtractorConfig;
import org.qalam.core.spi.ExtractorProvider;

/**
 * Example plugin: registers the {@code web-entities} extractor, which reports the hashtags,
 * @users and URLs the tokenizer found and the engagement counts of social media posts
 * ({@code 12 ألف متابع}). Listed in {@code META-INF/services/org.qalam.core.spi.ExtractorProvider}.
 *
 * <p>Why it is written this way: it shows the three things a plugin reads (token kinds, words
 * with their roles, another extractor's mentions), declares each in {@link #requires()}, and
 * accepts one configuration key.
 */
public final class WebEntitiesProvider implements ExtractorProvider {

    /** The configuration key: the smallest count reported as an engagement. */
    static final String MIN_ENGAGEMENT = "min-engagement";

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
        return "hashtags, @users, URLs and engagement counts such as 12 ألف متابع (example plugin)";
    }

    /** Tokens (their kinds), words (their roles) and the {@code number} mentions of another step. */
    @Override
    public Set<String> requires() {
        return Set.of("tokens", "words", "number");
    }

    @Override
    public Set<String> emits() {
        return Set.of(WebEntitiesExtractor.HASHTAG, WebEntitiesExtractor.USER,
                WebEntitiesExtractor.URL, WebEntitiesExtractor.ENGAGEMENT);
    }

    @Override
    public Map<String, String> configKeys() {
        return Map.of(MIN_ENGAGEMENT, "smallest count reported as an engagement (default 1)");
    }

    @Override
    public Extractor create(ExtractorConfig config) {
        long minimum = config.getLong(MIN_ENGAGEMENT, 1);
        if (minimum < 0) {
            throw new IllegalArgumentException("config key '" + MIN_ENGAGEMENT
                    + "' needs a count of 0 or more, not " + minimum);
        }
        return new WebEntitiesExtractor(minimum);
    }
}
