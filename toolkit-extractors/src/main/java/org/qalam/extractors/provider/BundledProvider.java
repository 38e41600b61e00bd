package org.qalam.extractors.provider;

import java.util.Map;
import java.util.Set;
import org.qalam.core.model.Layers;
import org.qalam.core.spi.DeclaredProvider;
import org.qalam.core.spi.ExtractorApi;

/**
 * A step bundled in this module: it reads the {@code tokens} and {@code words} layers, writes no
 * layer, and declares its config keys beside its name. Why: the bundled providers differ only in
 * the mention types they emit, the keys they take and the extractor they create.
 */
public abstract class BundledProvider extends DeclaredProvider {

    private final Map<String, String> configKeys;

    /**
     * A step called {@code name} that emits the mention types {@code emits} and accepts
     * {@code configKeys}, each with its one-line description.
     */
    protected BundledProvider(String name, String description, Set<String> emits,
                              Map<String, String> configKeys) {
        super(name, description, Set.of(Layers.TOKENS.name(), Layers.WORDS.name()), Set.of(),
                emits);
        this.configKeys = Map.copyOf(configKeys);
    }

    /** The SPI version this module was compiled against. */
    @Override
    public final int apiVersion() {
        return ExtractorApi.VERSION;
    }

    @Override
    public final Map<String, String> configKeys() {
        return configKeys;
    }
}
