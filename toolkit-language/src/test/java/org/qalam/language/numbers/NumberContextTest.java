package org.qalam.language.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberContextTest {

    @ParameterizedTest(name = "namesWithOrdinal({0}) = {1}")
    @CsvSource({"كانون, true", "جمادى, true", "الفصل, false"})
    void monthHeadsNameTheirOrdinal(String word, boolean namesOrdinal) {
        assertThat(NumberContext.namesWithOrdinal(word)).isEqualTo(namesOrdinal);
    }

    @ParameterizedTest(name = "isPeriodWord({0}) = {1}")
    @CsvSource({"الأخير, true", "الاخير, true", "الثاني, false"})
    void periodWordsInAnySpelling(String word, boolean periodWord) {
        assertThat(NumberContext.isPeriodWord(word)).isEqualTo(periodWord);
    }
}
