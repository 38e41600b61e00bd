package org.qalam.arabic.sentence;

import org.qalam.arabic.step.LayerProvider;
import org.qalam.core.model.Layers;
import org.qalam.core.model.Sentence;
import org.qalam.core.spi.Extractor;
import org.qalam.core.spi.ExtractorConfig;

/**
 * Registers the {@code sentences} step, which reads {@code tokens} and splits them with
 * {@link SentenceSplitter#standard()}.
 *
 * <p>Why: sentence boundaries are a layer like any other, so output formats and extractors that
 * need them simply require {@code sentences}.
 */
public final class SentencesProvider extends LayerProvider<Sentence> {

    /** Declares the step. */
    public SentencesProvider() {
        super(Layers.SENTENCES,
                "sentences: . ! ? ؟ … and line breaks; decimals, abbreviations and quotes handled",
                Layers.TOKENS);
    }

    @Override
    public Extractor create(ExtractorConfig config) {
        SentenceSplitter splitter = SentenceSplitter.standard();
        return writing(document -> splitter.split(document.text(), document.select(Layers.TOKENS)));
    }
}
