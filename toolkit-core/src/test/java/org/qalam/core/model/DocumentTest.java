package org.qalam.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTest {

    private static final String TEXT = "زار الوزير دمشق أمس";

    private static Token token(int start, int end) {
        return new Token(Span.of(start, end), TEXT.substring(start, end),
                TEXT.substring(start, end), TokenKind.WORD);
    }

    private final Document document = Document.of(TEXT)
            .withLayer(Layers.TOKENS, List.of(token(16, 19), token(0, 3), token(4, 10), token(11, 15)))
            .withLayer(Layers.SENTENCES, List.of(Sentence.of(0, 19)));

    @Test
    void keepsLayersSortedAndTheOriginalUntouched() {
        assertThat(document.text()).isSameAs(TEXT);
        assertThat(document.select(Layers.TOKENS)).extracting(Token::text)
                .containsExactly("زار", "الوزير", "دمشق", "أمس");
        assertThat(document.layerNames()).containsExactly("tokens", "sentences");
    }

    @Test
    void wordsWithTheSameSpanKeepTheOrderTheyCameIn() {
        Word article = word(4, 4, "ال", WordRole.ARTICLE, false);
        Word stem = word(4, 10, "الوزير", WordRole.STEM, false);
        Word first = word(0, 3, "زار", WordRole.STEM, false);
        Word again = word(0, 3, "زار", WordRole.STEM, true);

        assertThat(document.withLayer(Layers.WORDS, List.of(first, again, article, stem))
                .select(Layers.WORDS)).containsExactly(first, again, article, stem);
        assertThat(document.withLayer(Layers.WORDS, List.of(stem, again, first, article))
                .select(Layers.WORDS)).containsExactly(again, first, article, stem);
    }

    @Test
    void addingALayerReturnsANewDocument() {
        Document withWords = document.withLayer(Layers.WORDS, List.of(word(4, 6, "ال", WordRole.ARTICLE, false)));
        assertThat(document.hasLayer("words")).isFalse();
        assertThat(withWords.hasLayer("words")).isTrue();
        assertThat(document.select(Layers.WORDS)).isEmpty();
    }

    @Test
    void selectsCoveredAndCoveringAnnotations() {
        Span middle = Span.of(4, 15);
        assertThat(document.selectCovered(Layers.TOKENS, middle)).extracting(Token::text)
                .containsExactly("الوزير", "دمشق");
        assertThat(document.selectCovering(Layers.SENTENCES, Span.of(11, 15))).hasSize(1);
        assertThat(document.selectCovering(Layers.TOKENS, Span.of(12, 13)))
                .extracting(Token::text).containsExactly("دمشق");
        assertThat(document.selectCovered(Layers.TOKENS, Span.of(5, 9))).isEmpty();
    }

    @Test
    void coveredAnnotationsSkipOneThatCrossesTheEndAndKeepAnEmptyOneThere() {
        Word article = word(4, 6, "ال", WordRole.ARTICLE, false);
        Word stem = word(6, 10, "وزير", WordRole.STEM, false);
        Word crossing = word(8, 12, "ير", WordRole.STEM, true);
        Word unwritten = word(10, 10, "ال", WordRole.ARTICLE, false);
        Word after = word(11, 15, "دمشق", WordRole.STEM, false);
        Document withWords = document.withLayer(Layers.WORDS,
                List.of(article, stem, crossing, unwritten, after));

        assertThat(withWords.selectCovered(Layers.WORDS, Span.of(4, 10)))
                .containsExactly(article, stem, unwritten);
        assertThat(withWords.selectCovered(Layers.WORDS, Span.of(6, 6))).isEmpty();
        assertThat(withWords.selectCovered(Layers.WORDS, Span.of(0, 19))).hasSize(5);
    }

    @Test
    void selectsTheAnnotationsFollowingAnOffset() {
        assertThat(document.selectFollowing(Layers.TOKENS, 10)).extracting(Token::text)
                .containsExactly("دمشق", "أمس");
        assertThat(document.selectFollowing(Layers.TOKENS, 11)).extracting(Token::text)
                .containsExactly("دمشق", "أمس");
        assertThat(document.selectFollowing(Layers.TOKENS, 17)).isEmpty();
        assertThat(document.selectFollowing(Layers.WORDS, 0)).isEmpty();
    }

    @Test
    void rejectsAnnotationsOutsideTheText() {
        assertThatThrownBy(() -> document.withLayer(Layers.SENTENCES, List.of(Sentence.of(0, 99))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ends after the text");
    }

    @Test
    void rejectsATokenWhoseTextDiffersFromTheOriginal() {
        Token forged = new Token(Span.of(0, 3), "ذهب", "ذهب", TokenKind.WORD);
        assertThatThrownBy(() -> document.withLayer(Layers.TOKENS, List.of(forged)))
                .hasMessageContaining("differs from the text");
    }

    @Test
    void mentionsTakeTheirTextFromTheDocument() {
        Mention mention = Mention.builder(document, "location", 11, 15)
                .attribute("rule", "gazetteer").build();
        Document withMention = document.withMentions(List.of(mention));

        assertThat(withMention.select(Layers.MENTIONS)).singleElement()
                .satisfies(m -> assertThat(m.text()).isEqualTo("دمشق"))
                .satisfies(m -> assertThat(m.value()).isEqualTo("دمشق"));
    }

    @Test
    void aLayerKeyOfAnotherTypeIsRefused() {
        LayerKey<Sentence> wrong = LayerKey.of("tokens", Sentence.class);
        assertThatThrownBy(() -> document.select(wrong)).hasMessageContaining("holds Token");
    }

    /** A word whose folded form is its form. */
    private static Word word(int start, int end, String form, WordRole role, boolean repaired) {
        return new Word(Span.of(start, end), form, role, form, repaired);
    }
}
