package org.qalam.arabic.sentence;

import java.util.Set;
import org.qalam.core.model.Layers;
import org.qalam.core.spi.DeclaredProvider;
import org.qalam.core.spi.Extractor;
import org.qalam.core.spi.ExtractorApi;
import org.qalam.core.spi.ExtractorConfig;

/**
 * Registers the {@code sentences} step, which reads {@code tokens}.
 *
 * <p>Why: sentence boundaries are a layer like any other, so output formats and extractors that
 * need them simply require {@code sentences}.
 */
public final class SentencesProvider extends DeclaredProvider {

    /** Declares the step. */
    public SentencesProvider() {
        super(Layers.SENTENCES.name(),
                "sentences: . ! ? ؟ … and line breaks; decimals, abbreviations and quotes handled",
                Set.of(Layers.TOKENS.name()), Set.of(Layers.SENTENCES.name()), Set.of());
    }

    @Override
    public int apiVersion() {
        return ExtractorApi.VERSION;
    }

    @Override
    public Extractor create(ExtractorConfig config) {
        return new SentencesAnnotator(SentenceSplitter.standard());
    }
}
