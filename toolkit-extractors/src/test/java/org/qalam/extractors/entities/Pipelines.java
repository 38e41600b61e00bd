package org.qalam.extractors.entities;

import java.util.ArrayList;
import java.util.List;
import org.qalam.core.pipeline.Pipeline;
import org.qalam.core.registry.ExtractorRegistry;
import org.qalam.core.registry.RegisteredProvider;
import org.qalam.core.spi.ExtractorProvider;

/** The pipeline the entity tests run: the real Arabic steps when present, else a stand-in. */
final class Pipelines {

    private Pipelines() {
    }

    /** A pipeline with the {@code entities} extractor and whatever provides its layers. */
    static Pipeline entities() {
        ExtractorRegistry loaded = ExtractorRegistry.load(Pipelines.class.getClassLoader());
        boolean real = loaded.find("tokens").isPresent() && loaded.find("words").isPresent();
        if (real) {
            return Pipeline.builder(loaded).use(EntitiesProvider.NAME).build();
        }
        List<ExtractorProvider> providers = new ArrayList<>();
        providers.add(new SimpleTokensProvider());
        providers.add(new EntitiesProvider());
        return Pipeline.builder(ExtractorRegistry.of(providers)).use(EntitiesProvider.NAME).build();
    }

    /** Which tokenizer the tests use, for their printed headers. */
    static String describe() {
        ExtractorRegistry loaded = ExtractorRegistry.load(Pipelines.class.getClassLoader());
        return loaded.find("words").map(RegisteredProvider::name)
                .map(n -> "real tokens+words").orElse("stand-in tokenizer (no words layer)");
    }
}
