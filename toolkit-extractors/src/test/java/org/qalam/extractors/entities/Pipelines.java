package org.qalam.extractors.entities;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.qalam.core.model.Mention;
import org.qalam.core.pipeline.Analysis;
import org.qalam.core.pipeline.Pipeline;
import org.qalam.core.registry.ExtractorRegistry;
import org.qalam.core.spi.ExtractorConfig;

/** The pipeline the entity tests run: the providers found on the class path, as the CLI does. */
final class Pipelines {

    private static final ExtractorRegistry LOADED =
            ExtractorRegistry.load(Pipelines.class.getClassLoader());

    private Pipelines() {
    }

    /** A pipeline with the {@code entities} extractor and the steps that provide its layers. */
    static Pipeline entities() {
        return Pipeline.builder(LOADED).use(EntitiesProvider.NAME).build();
    }

    /** The same pipeline with the entity model of file {@code model}. */
    static Pipeline entities(Path model) {
        return entities(Map.of(EntitiesProvider.MODEL, model.toString()));
    }

    /** The same pipeline with the entities step configured by {@code config}. */
    static Pipeline entities(Map<String, String> config) {
        return Pipeline.builder(LOADED).use(EntitiesProvider.NAME)
                .config(EntitiesProvider.NAME, ExtractorConfig.of(config)).build();
    }

    /** The mentions of {@code text}; fails if any step of the pipeline failed. */
    static List<Mention> mentions(Pipeline pipeline, String text) {
        Analysis analysis = pipeline.analyze(text);
        if (!analysis.isComplete()) {
            throw new AssertionError("pipeline step failed: " + analysis.failures());
        }
        return analysis.mentions();
    }

    /** The steps the tests run, for the printed headers. */
    static String describe() {
        return String.join(" + ", entities().stepNames());
    }
}
