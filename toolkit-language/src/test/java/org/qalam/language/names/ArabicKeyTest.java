package org.qalam.language.names;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicKeyTest {

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({"إسرائيل, اسرائيل", "مكة, مكه", "على, علي"})
    void unifiesTheSpellingsNewsUses(String spelling, String other) {
        assertThat(ArabicKey.of(spelling)).isEqualTo(ArabicKey.of(other));
    }

    @ParameterizedTest(name = "of({0}) = {1}")
    @CsvSource({"عُمان, عمان", "الأمـــم, الامم"})
    void keysDropMarksAndTatweelAndFoldAlefForms(String text, String key) {
        assertThat(ArabicKey.of(text)).isEqualTo(key);
    }

    @ParameterizedTest(name = "clean({0}) = {1}")
    @CsvSource({"شخصًا, شخصا", "الأمم, الأمم", "حضّ, حض"})
    void cleanKeepsSpellingButDropsMarks(String text, String clean) {
        assertThat(ArabicKey.clean(text)).isEqualTo(clean);
    }

    @Property
    void keysAreIdempotentAndNeverLonger(@ForAll String text) {
        String key = ArabicKey.of(text);
        assertThat(ArabicKey.of(key)).isEqualTo(key);
        assertThat(key.length()).isLessThanOrEqualTo(text.length());
    }
}
