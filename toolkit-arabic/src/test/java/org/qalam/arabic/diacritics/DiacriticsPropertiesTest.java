package org.qalam.arabic.diacritics;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.qalam.arabic.orthography.ArabicMarks;
import org.qalam.core.model.Span;

class DiacriticsPropertiesTest {

    @Property(tries = 500)
    void everyPlainSliceIsFoundWithItsMarks(@ForAll("vocalized") String text,
                                            @ForAll @IntRange(max = 40) int from,
                                            @ForAll @IntRange(min = 1, max = 6) int length) {
        String plain = Diacritics.strip(text);
        if (plain.isEmpty()) {
            return;
        }
        int start = Math.min(from, plain.length() - 1);
        String query = plain.substring(start, Math.min(plain.length(), start + length));
        Span span = Diacritics.find(text, query).orElseThrow();
        String found = span.coveredText(text);
        assertThat(Diacritics.strip(found)).isEqualTo(query);
        assertThat(ArabicMarks.isDiacritic(found.charAt(0))).isFalse();
        if (span.end() < text.length()) {
            assertThat(ArabicMarks.isDiacritic(text.charAt(span.end()))).isFalse();
        }
        assertThat(Diacritics.strip(plain)).isEqualTo(plain);
        assertThat(Diacritics.has(plain)).isFalse();
    }

    @Provide
    Arbitrary<String> vocalized() {
        Arbitrary<String> letter = Arbitraries.chars().range('\u0621', '\u064A').map(String::valueOf);
        Arbitrary<String> marks = Arbitraries.strings().withCharRange('\u064B', '\u0652')
                .ofMaxLength(2);
        return Arbitraries.oneOf(letter.flatMap(l -> marks.map(m -> l + m)), Arbitraries.of(" "))
                .list().ofMinSize(1).ofMaxSize(30).map(parts -> String.join("", parts));
    }
}
