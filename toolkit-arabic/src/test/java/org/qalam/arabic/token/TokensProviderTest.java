package org.qalam.arabic.token;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qalam.core.model.Document;
import org.qalam.core.model.Layers;
import org.qalam.core.model.Token;
import org.qalam.core.pipeline.Pipeline;
import org.qalam.core.registry.ExtractorRegistry;

class TokensProviderTest {

    @Test
    void isDiscoveredAndAddsTheTokensLayer() {
        ExtractorRegistry registry = ExtractorRegistry.load(getClass().getClassLoader());
        Pipeline pipeline = Pipeline.builder(registry).use("tokens").build();
        Document document = pipeline.analyze("قرأتُ الكتابَ.").document();
        assertThat(document.select(Layers.TOKENS)).extracting(Token::norm)
                .containsExactly("قرات", "الكتاب", ".");
    }
}
