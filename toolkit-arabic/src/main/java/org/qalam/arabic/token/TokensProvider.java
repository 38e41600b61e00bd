package org.qalam.arabic.token;

import java.util.Set;
import org.qalam.core.model.Layers;
import org.qalam.core.spi.Extractor;
import org.qalam.core.spi.ExtractorApi;
import org.qalam.core.spi.ExtractorConfig;
import org.qalam.core.spi.ExtractorProvider;

/**
 * Registers the {@code tokens} step: Arabic-aware tokenization with search-normalized forms.
 *
 * <p>Why: every other step reads tokens, so the tokenizer is a provider like any plugin and the
 * pipeline adds it whenever a step requires {@code tokens}.
 */
public final class TokensProvider implements ExtractorProvider {

    @Override
    public String name() {
        return Layers.TOKENS.name();
    }

    @Override
    public int apiVersion() {
        return ExtractorApi.VERSION;
    }

    @Override
    public String description() {
        return "tokens: Arabic words, numbers, Latin, URLs, e-mails, hashtags, emoji, punctuation";
    }

    @Override
    public Set<String> writes() {
        return Set.of(Layers.TOKENS.name());
    }

    @Override
    public Extractor create(ExtractorConfig config) {
        return new TokensAnnotator(ArabicTokenizer.standard());
    }
}
