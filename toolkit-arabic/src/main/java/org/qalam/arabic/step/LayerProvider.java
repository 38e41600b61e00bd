package org.qalam.arabic.step;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.qalam.core.model.Annotation;
import org.qalam.core.model.Document;
import org.qalam.core.model.LayerKey;
import org.qalam.core.spi.DeclaredProvider;
import org.qalam.core.spi.Extractor;
import org.qalam.core.spi.ExtractorApi;

/**
 * Base of the steps this module registers ({@code tokens}, {@code sentences}, {@code words}):
 * each is named after the one layer it writes, reads layers only and emits no mention.
 *
 * <p>Why: these steps differ only in their layer, what they read and how they compute the layer
 * from a plain library API (the tokenizer, the sentence splitter); the declaration and the
 * adapter that writes the layer live here once.
 *
 * @param <T> the annotations of the layer
 */
public abstract class LayerProvider<T extends Annotation> extends DeclaredProvider {

    private final LayerKey<T> layer;

    /** A step that writes {@code layer} and reads the layers {@code requires}. */
    protected LayerProvider(LayerKey<T> layer, String description, LayerKey<?>... requires) {
        super(layer.name(), description, names(requires), Set.of(layer.name()), Set.of());
        this.layer = layer;
    }

    @Override
    public final int apiVersion() {
        return ExtractorApi.VERSION;
    }

    /**
     * An extractor that adds this step's layer, computed from the document by
     * {@code annotations}; stateless and thread-safe when the function is.
     */
    protected final Extractor writing(Function<Document, ? extends List<? extends T>> annotations) {
        requireNonNull(annotations, "annotations");
        return new Extractor() {
            @Override
            public Document annotate(Document document) {
                return document.withLayer(layer, annotations.apply(document));
            }
        };
    }

    private static Set<String> names(LayerKey<?>... layers) {
        return Arrays.stream(layers).map(LayerKey::name).collect(Collectors.toSet());
    }
}
