package org.qalam.extractors.entities;

import java.util.ArrayList;
import java.util.List;
import org.qalam.core.model.Mention;
import org.qalam.core.pipeline.Analysis;
import org.qalam.core.pipeline.Pipeline;
import org.qalam.core.registry.ExtractorRegistry;
import org.qalam.core.registry.RegisteredProvider;
import org.qalam.core.spi.ExtractorProvider;

/** The pipeline the entity tests run: the real Arabic steps when present, else stand-ins. */
final class Pipelines {

    private static final ExtractorRegistry LOADED =
            ExtractorRegistry.load(Pipelines.class.getClassLoader());

    private Pipelines() {
    }

    /** A pipeline with the {@code entities} extractor and whatever provides its layers. */
    static Pipeline entities() {
        boolean tokens = LOADED.find("tokens").isPresent();
        boolean words = LOADED.find("words").isPresent();
        if (tokens && words) {
            return Pipeline.builder(LOADED).use(EntitiesProvider.NAME).build();
        }
        List<ExtractorProvider> providers = new ArrayList<>();
        if (tokens) {
            providers.add(LOADED.get("tokens").provider());
            providers.add(new SimpleTokensProvider.NoWords());
        } else {
            providers.add(new SimpleTokensProvider());
        }
        providers.add(new EntitiesProvider());
        return Pipeline.builder(ExtractorRegistry.of(providers)).use(EntitiesProvider.NAME).build();
    }

    /** The mentions of {@code text}; fails if any step of the pipeline failed. */
    static List<Mention> mentions(Pipeline pipeline, String text) {
        Analysis analysis = pipeline.analyze(text);
        if (!analysis.isComplete()) {
            throw new AssertionError("pipeline step failed: " + analysis.failures());
        }
        return analysis.mentions();
    }

    /** Which tokenizer and segmenter the tests use, for their printed headers. */
    static String describe() {
        String tokens = LOADED.find("tokens").map(RegisteredProvider::name)
                .map(n -> "tokens").orElse("stand-in tokens");
        String words = LOADED.find("words").map(RegisteredProvider::name)
                .map(n -> "words").orElse("no words layer");
        return tokens + " + " + words;
    }
}
