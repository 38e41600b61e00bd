package org.qalam.core.pipeline;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.qalam.core.model.Document;
import org.qalam.core.model.Mention;
import org.qalam.core.spi.ExtractionContext;
import org.qalam.core.spi.Extractor;
import org.qalam.core.spi.ExtractorApi;
import org.qalam.core.spi.ExtractorConfig;
import org.qalam.core.spi.ExtractorProvider;

/** A configurable provider for pipeline tests. */
record TestProvider(String name, Set<String> requires, Set<String> supplies,
                    Map<String, String> configKeys, UnaryOperator<Document> annotator,
                    BiFunction<Document, ExtractionContext, List<Mention>> finder,
                    boolean failOnCreate) implements ExtractorProvider {

    /** A provider that writes a layer and emits mentions both called {@code supplies}. */
    static TestProvider named(String name, String supplies) {
        return new TestProvider(name, Set.of(), Set.of(supplies), Map.of(), d -> d,
                (d, c) -> List.of(), false);
    }

    TestProvider requiring(String... layers) {
        return new TestProvider(name, Set.of(layers), supplies, configKeys, annotator, finder,
                failOnCreate);
    }

    TestProvider annotating(UnaryOperator<Document> newAnnotator) {
        return new TestProvider(name, requires, supplies, configKeys, newAnnotator, finder,
                failOnCreate);
    }

    TestProvider finding(BiFunction<Document, ExtractionContext, List<Mention>> newFinder) {
        return new TestProvider(name, requires, supplies, configKeys, annotator, newFinder,
                failOnCreate);
    }

    TestProvider accepting(String... keys) {
        Map<String, String> described = new TreeMap<>();
        for (String key : keys) {
            described.put(key, "test key " + key);
        }
        return new TestProvider(name, requires, supplies, described, annotator, finder,
                failOnCreate);
    }

    TestProvider failingOnCreate() {
        return new TestProvider(name, requires, supplies, configKeys, annotator, finder, true);
    }

    @Override
    public Set<String> writes() {
        return supplies;
    }

    @Override
    public Set<String> emits() {
        return supplies;
    }

    @Override
    public int apiVersion() {
        return ExtractorApi.VERSION;
    }

    @Override
    public Extractor create(ExtractorConfig config) {
        if (failOnCreate) {
            throw new IllegalStateException("cannot open model");
        }
        return new Extractor() {
            @Override
            public Document annotate(Document document) {
                return annotator.apply(document);
            }

            @Override
            public List<Mention> extract(Document document, ExtractionContext context) {
                return finder.apply(document, context);
            }
        };
    }
}
