package org.qalam.arabic.token;

import org.qalam.arabic.step.LayerProvider;
import org.qalam.core.model.Layers;
import org.qalam.core.model.Token;
import org.qalam.core.spi.Extractor;
import org.qalam.core.spi.ExtractorConfig;

/**
 * Registers the {@code tokens} step: Arabic-aware tokenization with search-normalized forms
 * ({@link ArabicTokenizer#standard()}).
 *
 * <p>Why: every other step reads tokens, so the tokenizer is a provider like any plugin and the
 * pipeline adds it whenever a step requires {@code tokens}.
 */
public final class TokensProvider extends LayerProvider<Token> {

    /** Declares the step. */
    public TokensProvider() {
        super(Layers.TOKENS,
                "tokens: Arabic words, numbers, Latin, URLs, e-mails, hashtags, emoji, punctuation");
    }

    @Override
    public Extractor create(ExtractorConfig config) {
        ArabicTokenizer tokenizer = ArabicTokenizer.standard();
        return writing(document -> tokenizer.tokenize(document.text()));
    }
}
