package org.qalam.arabic.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qalam.arabic.diacritics.StripOptions;
import org.qalam.core.model.Span;

class NormalizerTest {

    private final Normalizer search = Normalizer.search();
    private final Normalizer display = Normalizer.display();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # letters unified, diacritics and tatweel stripped, hamza seats kept
            أَحْمَدُ وإيمان وآمال وٱلكتاب | احمد وايمان وامال والكتاب
            مستشفى المدينة | مستشفي المدينه
            هٰذا الـــكتاب | هذا الكتاب
            سؤال ومسائل | سؤال ومسائل
            # digits, separators and percent folded
            ١٢٫٥ و١٬٢٥٠ و۴۵ و٥٠٪ | 12.5 و1,250 و45 و50%
            """)
    void searchUnifiesLettersStripsDiacriticsAndFoldsDigits(String text, String folded) {
        assertThat(search.normalize(text)).isEqualTo(folded);
    }

    @Test
    void searchDecomposesPresentationForms() {
        assertThat(search.normalize("\uFEFB \uFDF2 \uFE8D\uFEDF\uFEE4")).isEqualTo("لا الله الم");
    }

    @Test
    void searchComposesCombiningHamza() {
        assertThat(search.normalize("سو\u0654ال")).isEqualTo("سؤال");
        assertThat(search.normalize("ا\u0654حمد")).isEqualTo("احمد");
    }

    @Test
    void searchRemovesControlsButKeepsEmojiJoiners() {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69";
        assertThat(search.normalize("\u200Fمرحبا\u200B " + family + " Hello"))
                .isEqualTo("مرحبا " + family + " hello");
    }

    @Test
    void displayOnlyCleansUp() {
        assertThat(display.normalize("\u202Bأَحْمَـــد\u202C ١٢٫٥ \uFEFB"))
                .isEqualTo("أَحْمَد ١٢٫٥ \uFEFB");
        assertThat(display.normalize("ا\u0654حمد")).isEqualTo("أحمد");
    }

    @Test
    void displayCanStripDiacriticsKeepingShadda() {
        Normalizer normalizer = display.stripDiacritics(StripOptions.ALL.withKeepShadda(true));
        assertThat(normalizer.normalize("عَلَّمَ")).isEqualTo("علّم");
    }

    @Test
    void offsetsPointBackToTheOriginal() {
        String original = "\u200Fالمَـدرسةُ ﻻ";
        NormalizedText normalized = search.normalizeWithOffsets(original);
        assertThat(normalized.text()).isEqualTo("المدرسه لا");
        assertThat(normalized.originalText(0, 7)).isEqualTo("المَـدرسةُ");
        assertThat(normalized.toOriginal(8, 10)).isEqualTo(Span.of(12, 13));
        assertThat(normalized.toOriginal(8, 9)).isEqualTo(Span.of(12, 13));
        assertThat(normalized.toNormalized(12)).isEqualTo(8);
    }

    @Test
    void displayOffsetsSurviveComposition() {
        String original = "\u200Fا\u0654حمد";
        NormalizedText normalized = display.normalizeWithOffsets(original);
        assertThat(normalized.text()).isEqualTo("أحمد");
        assertThat(normalized.toOriginal(0, 1)).isEqualTo(Span.of(1, 3));
        assertThat(normalized.toOriginal(1, 4)).isEqualTo(Span.of(3, 6));
    }
}
