package org.qalam.extractors.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.qalam.core.model.Mention;
import org.qalam.core.pipeline.Analysis;
import org.qalam.core.pipeline.Pipeline;
import org.qalam.core.registry.ExtractorRegistry;

/**
 * Runs the bundled steps in tests the way the library does: a pipeline of the providers found on
 * the class path, and the mentions of one type it finds in a text.
 */
public final class Steps {

    private static final ExtractorRegistry REGISTRY =
            ExtractorRegistry.load(Steps.class.getClassLoader());

    private Steps() {
    }

    /** A pipeline of {@code steps} and the steps they require, to configure and build. */
    public static Pipeline.Builder pipeline(String... steps) {
        return Pipeline.builder(REGISTRY).use(steps);
    }

    /** The mentions of {@code type} in {@code text}; fails when a step of the pipeline failed. */
    public static List<Mention> mentions(Pipeline pipeline, String type, String text) {
        Analysis analysis = pipeline.analyze(text);
        if (!analysis.isComplete()) {
            throw new AssertionError("a step failed on '" + text + "': " + analysis.failures());
        }
        return analysis.mentions().stream().filter(mention -> mention.type().equals(type)).toList();
    }

    /** The one mention of {@code type} in {@code text}; fails when there is none or more. */
    public static Mention only(Pipeline pipeline, String type, String text) {
        List<Mention> found = mentions(pipeline, type, text);
        assertThat(found).as("%s mentions in '%s'", type, text).hasSize(1);
        return found.get(0);
    }
}
