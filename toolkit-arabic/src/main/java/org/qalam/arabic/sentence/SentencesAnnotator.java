package org.qalam.arabic.sentence;

import static java.util.Objects.requireNonNull;

import org.qalam.core.model.Document;
import org.qalam.core.model.Layers;
import org.qalam.core.spi.Extractor;

/**
 * The pipeline step that adds the {@link Layers#SENTENCES sentences} layer from the tokens layer.
 *
 * <p>Why a separate class: {@link SentenceSplitter} stays a plain library API and this adapter is
 * all the SPI needs. Stateless and thread-safe.
 */
public final class SentencesAnnotator implements Extractor {

    private final SentenceSplitter splitter;

    /** An annotator over {@code splitter}. */
    public SentencesAnnotator(SentenceSplitter splitter) {
        this.splitter = requireNonNull(splitter, "splitter");
    }

    @Override
    public Document annotate(Document document) {
        return document.withLayer(Layers.SENTENCES,
                splitter.split(document.text(), document.select(Layers.TOKENS)));
    }
}
