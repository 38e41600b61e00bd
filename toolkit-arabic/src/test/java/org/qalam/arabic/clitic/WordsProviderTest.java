package org.qalam.arabic.clitic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qalam.core.model.Document;
import org.qalam.core.model.Layers;
import org.qalam.core.model.Span;
import org.qalam.core.model.Token;
import org.qalam.core.model.Word;
import org.qalam.core.pipeline.Pipeline;
import org.qalam.core.registry.ExtractorRegistry;

class WordsProviderTest {

    @Test
    void fillsTokenWordsAndTheWordsLayer() {
        ExtractorRegistry registry = ExtractorRegistry.load(getClass().getClassLoader());
        Document document = Pipeline.builder(registry).use("words").build()
                .analyze("وقال للصحفيين 12").document();
        List<Token> tokens = document.select(Layers.TOKENS);
        assertThat(tokens.get(0).words()).extracting(Word::form).containsExactly("و", "قال");
        assertThat(tokens.get(1).words()).extracting(Word::form)
                .containsExactly("ل", "ال", "صحفيين");
        assertThat(tokens.get(2).words()).containsExactly(Word.of(14, 16, "12"));
        assertThat(document.select(Layers.WORDS)).hasSize(6);
    }

    @Test
    void aSecondSourceOfBoundariesPlugsIn() {
        String text = "الولاياتالمتحدة";
        TokenPartitioner fused = token -> List.of(Span.of(0, 8), Span.of(8, 15));
        Document document = new WordsAnnotator(fused, CliticSegmenter.standard())
                .annotate(new org.qalam.arabic.token.TokensAnnotator(
                        org.qalam.arabic.token.ArabicTokenizer.standard())
                        .annotate(Document.of(text)));
        assertThat(document.select(Layers.WORDS)).extracting(Word::form)
                .containsExactly("ال", "ولايات", "ال", "متحدة");
    }
}
