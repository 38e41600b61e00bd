package org.qalam.arabic.clitic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qalam.arabic.token.TokensProvider;
import org.qalam.core.model.CliticGroup;
import org.qalam.core.model.Document;
import org.qalam.core.model.Layers;
import org.qalam.core.model.Span;
import org.qalam.core.model.Token;
import org.qalam.core.model.Word;
import org.qalam.core.model.WordRole;
import org.qalam.core.pipeline.Pipeline;
import org.qalam.core.registry.ExtractorRegistry;
import org.qalam.core.spi.ExtractorConfig;

class WordsProviderTest {

    @Test
    void writesTheWordsLayerWithRolesAndLeavesTokensAlone() {
        ExtractorRegistry registry = ExtractorRegistry.load(getClass().getClassLoader());
        Document tokenized = Pipeline.builder(registry).use("tokens").build()
                .analyze("وقال للصحفيين 12").document();
        Document document = Pipeline.builder(registry).use("words").build()
                .analyze("وقال للصحفيين 12").document();
        List<Token> tokens = document.select(Layers.TOKENS);

        assertThat(tokens).isEqualTo(tokenized.select(Layers.TOKENS));
        assertThat(document.selectCovered(Layers.WORDS, tokens.get(0))).extracting(Word::form)
                .containsExactly("و", "قال");
        assertThat(document.selectCovered(Layers.WORDS, tokens.get(1)))
                .extracting(Word::form, Word::role)
                .containsExactly(tuple("ل", WordRole.PREPOSITION), tuple("ال", WordRole.ARTICLE),
                        tuple("صحفيين", WordRole.STEM));
        assertThat(document.selectCovered(Layers.WORDS, tokens.get(2))).containsExactly(
                new Word(Span.of(14, 16), "12", WordRole.STEM, "12", false));
        assertThat(document.select(Layers.WORDS)).hasSize(6)
                .noneMatch(Word::repaired);
    }

    @Test
    void anUnwrittenArticleKeepsItsPlaceBeforeTheStem() {
        Document document = Pipeline.builder(ExtractorRegistry.load(getClass().getClassLoader()))
                .use("words").build().analyze("للغة").document();

        assertThat(document.select(Layers.WORDS)).extracting(Word::form)
                .containsExactly("ل", "ال", "لغة");
        assertThat(CliticGroup.of(document.select(Layers.WORDS))).singleElement()
                .satisfies(group -> assertThat(group.isDefinite()).isTrue());
    }

    @Test
    void aSecondSourceOfBoundariesPlugsIn() {
        String text = "الولاياتالمتحدة";
        TokenPartitioner fused = token -> List.of(Span.of(0, 8), Span.of(8, 15));
        Document tokenized = new TokensProvider().create(ExtractorConfig.empty())
                .annotate(Document.of(text));
        Document document = new WordsAnnotator(fused, CliticSegmenter.standard()).annotate(tokenized);
        assertThat(document.select(Layers.WORDS)).extracting(Word::form)
                .containsExactly("ال", "ولايات", "ال", "متحدة");
        assertThat(document.select(Layers.WORDS)).allMatch(Word::repaired);
        assertThat(CliticGroup.of(document.select(Layers.WORDS))).extracting(CliticGroup::coreSpan)
                .containsExactly(Span.of(0, 8), Span.of(8, 15));
    }
}
