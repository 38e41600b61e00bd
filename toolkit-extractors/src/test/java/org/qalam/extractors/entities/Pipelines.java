package org.qalam.extractors.entities;

import java.util.List;
import org.qalam.core.model.Mention;
import org.qalam.core.pipeline.Analysis;
import org.qalam.core.pipeline.Pipeline;
import org.qalam.core.registry.ExtractorRegistry;

/** The pipeline the entity tests run: the providers found on the class path, as the CLI does. */
final class Pipelines {

    private static final ExtractorRegistry LOADED =
            ExtractorRegistry.load(Pipelines.class.getClassLoader());

    private Pipelines() {
    }

    /** The providers found on the class path. */
    static ExtractorRegistry registry() {
        return LOADED;
    }

    /** A pipeline with the {@code entities} extractor and the steps that provide its layers. */
    static Pipeline entities() {
        return Pipeline.builder(LOADED).use(EntitiesProvider.NAME).build();
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
