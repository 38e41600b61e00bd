package org.qalam.cli.serve;

import java.util.List;
import java.util.Map;
import org.qalam.core.pipeline.Pipeline;

/**
 * Builds the pipeline a request asks for: the server's own extractors and settings, or the
 * request's {@code extractors} and {@code config} on top of them. Why an interface: the command
 * builds pipelines from its options, the tests from a registry of their own.
 */
@FunctionalInterface
public interface PipelineFactory {

    /**
     * The pipeline for {@code extractors} (null: the server's choice) with {@code config}
     * ({@code NAME.KEY=VALUE}) over the server's settings.
     *
     * @throws IllegalArgumentException naming what is wrong, for an unknown extractor or setting
     */
    Pipeline build(List<String> extractors, Map<String, String> config);
}
