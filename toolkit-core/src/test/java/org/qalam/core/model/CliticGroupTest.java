package org.qalam.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CliticGroupTest {

    private static Word word(int start, int end, String form, WordRole role) {
        return new Word(Span.of(start, end), form, role, form, false);
    }

    @Test
    void aFusedTokenHoldsOneGroupPerStemWithItsClitics() {
        List<Word> words = List.of(
                word(0, 1, "و", WordRole.CONJUNCTION), word(1, 3, "ال", WordRole.ARTICLE),
                word(3, 8, "إمارات", WordRole.STEM), word(8, 9, "و", WordRole.CONJUNCTION),
                word(9, 11, "ال", WordRole.ARTICLE), word(11, 16, "سعودية", WordRole.STEM));

        List<CliticGroup> groups = CliticGroup.of(words);

        assertThat(groups).hasSize(2);
        assertThat(groups).extracting(CliticGroup::coreSpan)
                .containsExactly(Span.of(1, 8), Span.of(9, 16));
        assertThat(groups).extracting(g -> g.stem().form()).containsExactly("إمارات", "سعودية");
        assertThat(groups.get(0).span()).isEqualTo(Span.of(0, 8));
    }

    @Test
    void theCoreSpanLeavesPrepositionsAndPronounsOutsideAndKeepsTheArticle() {
        CliticGroup lilAam = CliticGroup.of(List.of(word(0, 1, "ل", WordRole.PREPOSITION),
                word(1, 2, "ال", WordRole.ARTICLE), word(2, 5, "عام", WordRole.STEM))).get(0);
        CliticGroup kitabuhu = CliticGroup.of(List.of(word(0, 4, "كتاب", WordRole.STEM),
                word(4, 5, "ه", WordRole.PRONOUN))).get(0);

        assertThat(lilAam.coreSpan()).isEqualTo(Span.of(1, 5));
        assertThat(lilAam.isDefinite()).isTrue();
        assertThat(kitabuhu.coreSpan()).isEqualTo(Span.of(0, 4));
        assertThat(kitabuhu.has(WordRole.PRONOUN)).isTrue();
    }

    @Test
    void aPronounEndsItsGroupEvenWithoutAStem() {
        List<CliticGroup> groups = CliticGroup.of(List.of(word(0, 1, "ب", WordRole.PREPOSITION),
                word(1, 3, "ها", WordRole.PRONOUN), word(4, 7, "قال", WordRole.STEM)));

        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).stem().form()).isEqualTo("ها");
    }
}
