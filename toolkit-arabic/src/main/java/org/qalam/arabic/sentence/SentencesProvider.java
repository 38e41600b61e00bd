package org.qalam.arabic.sentence;

import java.util.Set;
import org.qalam.core.model.Layers;
import org.qalam.core.spi.Extractor;
import org.qalam.core.spi.ExtractorApi;
import org.qalam.core.spi.ExtractorConfig;
import org.qalam.core.spi.ExtractorProvider;

/**
 * Registers the {@code sentences} step, which reads {@code tokens}.
 *
 * <p>Why: sentence boundaries are a layer like any other, so output formats and extractors that
 * need them simply require {@code sentences}.
 */
public final class SentencesProvider implements ExtractorProvider {

    @Override
    public String name() {
        return Layers.SENTENCES.name();
    }

    @Override
    public int apiVersion() {
        return ExtractorApi.VERSION;
    }

    @Override
    public String description() {
        return "sentences: . ! ? ؟ … and line breaks; decimals, abbreviations and quotes handled";
    }

    @Override
    public Set<String> requires() {
        return Set.of(Layers.TOKENS.name());
    }

    @Override
    public Set<String> writes() {
        return Set.of(Layers.SENTENCES.name());
    }

    @Override
    public Extractor create(ExtractorConfig config) {
        return new SentencesAnnotator(SentenceSplitter.standard());
    }
}
