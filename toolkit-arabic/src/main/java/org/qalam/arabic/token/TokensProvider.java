package org.qalam.arabic.token;

import java.util.Set;
import org.qalam.core.model.Layers;
import org.qalam.core.spi.DeclaredProvider;
import org.qalam.core.spi.Extractor;
import org.qalam.core.spi.ExtractorApi;
import org.qalam.core.spi.ExtractorConfig;

/**
 * Registers the {@code tokens} step: Arabic-aware tokenization with search-normalized forms.
 *
 * <p>Why: every other step reads tokens, so the tokenizer is a provider like any plugin and the
 * pipeline adds it whenever a step requires {@code tokens}.
 */
public final class TokensProvider extends DeclaredProvider {

    /** Declares the step. */
    public TokensProvider() {
        super(Layers.TOKENS.name(),
                "tokens: Arabic words, numbers, Latin, URLs, e-mails, hashtags, emoji, punctuation",
                Set.of(), Set.of(Layers.TOKENS.name()), Set.of());
    }

    @Override
    public int apiVersion() {
        return ExtractorApi.VERSION;
    }

    @Override
    public Extractor create(ExtractorConfig config) {
        return new TokensAnnotator(ArabicTokenizer.standard());
    }
}
