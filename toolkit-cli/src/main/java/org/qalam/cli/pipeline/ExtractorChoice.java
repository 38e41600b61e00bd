package org.qalam.cli.pipeline;

import java.util.List;
import java.util.Optional;
import org.qalam.core.pipeline.Pipeline;
import org.qalam.core.registry.ExtractorRegistry;
import org.qalam.core.registry.RegisteredProvider;

/**
 * The extractors a command or a server request names: checked against the registry with one
 * message, and added to a pipeline after the text layers every analysis shows.
 *
 * <p>Why one place: {@code analyze --extractors}, {@code serve --extractors} and a request's
 * {@code extractors} field take the same names and must refuse a wrong one alike.
 */
public final class ExtractorChoice {

    /** Layers every analysis shows when their providers are available. */
    public static final List<String> TEXT_LAYERS = List.of("tokens", "sentences", "words");

    private ExtractorChoice() {
    }

    /**
     * Why {@code names} cannot run: the first name no provider has, and the names available;
     * empty when every name is known.
     */
    public static Optional<String> unknown(List<String> names, ExtractorRegistry registry) {
        for (String name : names) {
            if (registry.find(name).isEmpty()) {
                return Optional.of("unknown extractor '" + name + "'; available: "
                        + registry.providers().stream().map(RegisteredProvider::name).toList());
            }
        }
        return Optional.empty();
    }

    /** Has {@code builder} run the text layers the registry provides, then {@code names}. */
    public static void use(Pipeline.Builder builder, ExtractorRegistry registry,
                           List<String> names) {
        TEXT_LAYERS.stream().filter(name -> registry.find(name).isPresent())
                .forEach(builder::use);
        builder.use(names);
    }
}
