package org.qalam.language.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberContextTest {

    @Test
    void monthHeadsNameTheirOrdinal() {
        assertThat(NumberContext.namesWithOrdinal("كانون")).isTrue();
        assertThat(NumberContext.namesWithOrdinal("جمادى")).isTrue();
        assertThat(NumberContext.namesWithOrdinal("الفصل")).isFalse();
    }

    @Test
    void periodWordsInAnySpelling() {
        assertThat(NumberContext.isPeriodWord("الأخير")).isTrue();
        assertThat(NumberContext.isPeriodWord("الاخير")).isTrue();
        assertThat(NumberContext.isPeriodWord("الثاني")).isFalse();
    }
}
