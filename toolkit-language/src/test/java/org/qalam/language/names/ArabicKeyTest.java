package org.qalam.language.names;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ArabicKeyTest {

    @Test
    void unifiesTheSpellingsNewsUses() {
        assertThat(ArabicKey.of("إسرائيل")).isEqualTo(ArabicKey.of("اسرائيل"));
        assertThat(ArabicKey.of("مكة")).isEqualTo(ArabicKey.of("مكه"));
        assertThat(ArabicKey.of("على")).isEqualTo(ArabicKey.of("علي"));
        assertThat(ArabicKey.of("عُمان")).isEqualTo("عمان");
        assertThat(ArabicKey.of("الأمـــم")).isEqualTo("الامم");
    }

    @Test
    void cleanKeepsSpellingButDropsMarks() {
        assertThat(ArabicKey.clean("شخصًا")).isEqualTo("شخصا");
        assertThat(ArabicKey.clean("الأمم")).isEqualTo("الأمم");
        assertThat(ArabicKey.clean("حضّ")).isEqualTo("حض");
    }

    @Property
    void keysAreIdempotentAndNeverLonger(@ForAll String text) {
        String key = ArabicKey.of(text);
        assertThat(ArabicKey.of(key)).isEqualTo(key);
        assertThat(key.length()).isLessThanOrEqualTo(text.length());
    }
}
