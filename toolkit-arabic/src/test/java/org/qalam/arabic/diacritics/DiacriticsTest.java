package org.qalam.arabic.diacritics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qalam.arabic.orthography.ArabicMarks;
import org.qalam.core.model.Span;

class DiacriticsTest {

    @Test
    void coversTheHarakatBlock() {
        for (char c = '\u064B'; c <= '\u065F'; c++) {
            assertThat(ArabicMarks.isDiacritic(c)).isTrue();
        }
    }

    @ParameterizedTest(name = "isDiacritic(U+{0}) = {1}")
    @CsvSource({
        "0670, true", // superscript alef
        "06D6, true", // first Quranic mark
        "06ED, true", // last Quranic mark
        "0640, false", // tatweel
        "0627, false", // alef
        "0660, false", // Arabic-Indic zero
    })
    void coversTheWholeSetAndNoMore(String codePoint, boolean diacritic) {
        assertThat(ArabicMarks.isDiacritic((char) Integer.parseInt(codePoint, 16))).isEqualTo(diacritic);
    }

    @Test
    void stripsAndMeasures() {
        assertThat(Diacritics.strip("كَتَبَ الطَّالِبُ")).isEqualTo("كتب الطالب");
        assertThat(Diacritics.has("كتب")).isFalse();
        assertThat(Diacritics.has("كَتب")).isTrue();
        assertThat(Diacritics.density("كَتَبَ")).isEqualTo(1.0);
        assertThat(Diacritics.density("123")).isZero();
    }

    @Test
    void keepsShaddaOrFinalTanweenOnRequest() {
        assertThat(Diacritics.strip("عَلَّمَ", StripOptions.ALL.withKeepShadda(true)))
                .isEqualTo("علّم");
        StripOptions tanween = StripOptions.ALL.withKeepFinalTanween(true);
        assertThat(Diacritics.strip("كِتَابٌ جَدِيدٌ", tanween)).isEqualTo("كتابٌ جديدٌ");
        assertThat(Diacritics.strip("شُكْرًا وكتاباً", tanween)).isEqualTo("شكرًا وكتاباً");
        assertThat(Diacritics.strip("هُدًى", tanween)).isEqualTo("هدًى");
    }

    @Test
    void comparesAndSearchesIgnoringDiacritics() {
        String text = "ذَهَبَ الطَّالِبُ إِلَى الْمَدْرَسَةِ";
        assertThat(Diacritics.equalsIgnoreDiacritics("الطَّالِبُ", "الطالب")).isTrue();
        assertThat(Diacritics.equalsIgnoreDiacritics("الطالب", "الطالبة")).isFalse();
        Span span = Diacritics.find(text, "المدرسة").orElseThrow();
        assertThat(span.coveredText(text)).isEqualTo("الْمَدْرَسَةِ");
        assertThat(Diacritics.find(text, "الطالب").orElseThrow().coveredText(text))
                .isEqualTo("الطَّالِبُ");
        assertThat(Diacritics.contains(text, "مدرسه")).isFalse();
        assertThat(Diacritics.indexOf(text, "إلى")).isEqualTo(text.indexOf("إِلَى"));
        assertThat(Diacritics.findAll("بَابٌ وبابُ", "باب")).hasSize(2);
        assertThat(Diacritics.find(text, "\u064E")).isEmpty();
    }
}
