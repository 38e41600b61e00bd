package org.qalam.arabic.token;

import static java.util.Objects.requireNonNull;

import org.qalam.core.model.Document;
import org.qalam.core.model.Layers;
import org.qalam.core.spi.Extractor;

/**
 * The pipeline step that adds the {@link Layers#TOKENS tokens} layer, each token's {@code norm}
 * being the search normalization of its surface.
 *
 * <p>Why a separate class: {@link ArabicTokenizer} stays a plain library API, and this adapter is
 * all the SPI needs. Stateless and thread-safe.
 */
public final class TokensAnnotator implements Extractor {

    private final ArabicTokenizer tokenizer;

    /** An annotator over {@code tokenizer}. */
    public TokensAnnotator(ArabicTokenizer tokenizer) {
        this.tokenizer = requireNonNull(tokenizer, "tokenizer");
    }

    @Override
    public Document annotate(Document document) {
        return document.withLayer(Layers.TOKENS, tokenizer.tokenize(document.text()));
    }
}
