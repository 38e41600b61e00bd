package org.qalam.arabic.orthography;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qalam.core.model.WordRole;

class OrthographyTest {

    @ParameterizedTest(name = "isProcliticChain({0}) = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            وبال | true
            فلل | true
            ال | true
            بو | false
            لال | false
            '' | false
            """)
    void procliticChainsFollowTheOrderConjunctionPrepositionArticle(String letters, boolean chain) {
        assertThat(Clitics.isProcliticChain(letters)).isEqualTo(chain);
    }

    @Test
    void pronounsAreListedLongestFirstWithTheirRole() {
        assertThat(Clitics.PRONOUNS.get(0).letters()).isEqualTo("هما");
        assertThat(Clitics.PRONOUNS).allMatch(p -> p.role() == WordRole.PRONOUN)
                .isSortedAccordingTo((a, b) -> b.letters().length() - a.letters().length());
    }

    @Test
    void theLetterIndexMapsLettersBackToTheirChars() {
        String text = "وَالْكِتَابُ";
        LetterIndex index = LetterIndex.of(text, 0, text.length());

        assertThat(index.letters()).isEqualTo("والكتاب");
        assertThat(text.substring(index.charStart(2), index.charEnd(3))).isEqualTo("لْ");
        assertThat(index.charEnd(index.length())).isEqualTo(text.length());
    }

    @Test
    void marksAreNotLettersAndVowelMarksAreDiacritics() {
        for (char c = '\u0600'; c <= '\u06FF'; c++) {
            assertThat(ArabicMarks.isDiacritic(c) && ArabicLetters.isArabicLetter(c))
                    .as("U+%04X", (int) c).isFalse();
            if (ArabicMarks.isVowelMark(c)) {
                assertThat(ArabicMarks.isDiacritic(c)).isTrue();
            }
        }
        assertThat(ArabicMarks.isSilent(ArabicLetters.TATWEEL)).isTrue();
        assertThat(ArabicMarks.isDiacritic('\u0615')).isTrue();
        assertThat(ArabicLetters.isHamzaForm('\u0624')).isTrue();
        assertThat(ArabicLetters.isHamzaForm(ArabicLetters.ALEF)).isFalse();
    }
}
