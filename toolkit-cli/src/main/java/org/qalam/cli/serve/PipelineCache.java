package org.qalam.cli.serve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.qalam.core.pipeline.Pipeline;

/**
 * The server's pipelines: the default one, built at start and shared by every request that
 * does not choose extractors or settings, and the last few others, built on first use. Why a
 * cache: building a pipeline creates its extractors (lexicons, grammars), far too slow to do per
 * request, and pipelines are immutable and thread-safe, so one can serve every request.
 */
final class PipelineCache {

    /** How many request-specific pipelines are kept; the least recently used goes first. */
    static final int MAX_CUSTOM = 16;

    private final PipelineFactory factory;
    private final Pipeline standard;
    private final Map<String, Pipeline> custom = new LinkedHashMap<>(MAX_CUSTOM, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Pipeline> eldest) {
            return size() > MAX_CUSTOM;
        }
    };

    PipelineCache(PipelineFactory factory) {
        this.factory = factory;
        this.standard = factory.build(null, Map.of());
    }

    /** The pipeline every request without {@code extractors} or {@code config} uses. */
    Pipeline standard() {
        return standard;
    }

    /**
     * The pipeline for a request's {@code extractors} (or null) and {@code config}.
     *
     * @throws IllegalArgumentException from the factory, for unknown names or settings
     */
    Pipeline get(List<String> extractors, Map<String, String> config) {
        if (extractors == null && config.isEmpty()) {
            return standard;
        }
        String key = (extractors == null ? "*" : String.join(",", extractors)) + "|"
                + new TreeMap<>(config);
        synchronized (custom) {
            Pipeline cached = custom.get(key);
            if (cached != null) {
                return cached;
            }
        }
        Pipeline built = factory.build(extractors, config);
        synchronized (custom) {
            custom.putIfAbsent(key, built);
        }
        return built;
    }
}
