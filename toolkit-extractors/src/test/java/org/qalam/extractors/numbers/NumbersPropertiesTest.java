package org.qalam.extractors.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.qalam.core.model.Mention;

/**
 * Properties of the numbers extractor on random text mixing number words, digits with
 * separators, clitics, diacritics and ordinary words: it never fails, and its mentions cover the
 * original text exactly, in order, without overlapping, each with a plain decimal value.
 */
class NumbersPropertiesTest {

    private static final List<String> PIECES = List.of(
            "ثلاثة", "وخمسة", "عشر", "عشرون", "وعشرين", "مائة", "مئتين", "ألف", "آلاف", "ألفًا",
            "مليون", "ومليار", "نصف", "ربع", "ثلثان", "أرباع", "الثالث", "الحادي", "والعشرون",
            "الأولى", "فاصلة", "سالب", "في", "المئة", "بالمئة", "نسبة", "و", "%", "٪", "12", "١٢٫٥",
            "١٬٢٥٠", "3/4", "0/0", "-", "+", "/", ".", ",", "،", "٫", "ر", "1e5", "١", "٢٣٤",
            "2018م", "الـ", "ال", "شخص", "دولار", "كانون", "أي", "واحد", "متين", "قال", "في",
            "خَمْسَةٌ", "وَعِشْرُونَ", "ـ", "\u200F", "\u00A0", "؟", "(", ")", "$");

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.of(PIECES);
        Arbitrary<String> gap = Arbitraries.of("", " ", " ", " ", "  ", "\n");
        return Arbitraries.integers().between(0, 12).flatMap(size ->
                piece.list().ofSize(size).flatMap(pieces -> gap.list().ofSize(size)
                        .map(gaps -> join(pieces, gaps))));
    }

    private static String join(List<String> pieces, List<String> gaps) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pieces.size(); i++) {
            text.append(pieces.get(i)).append(gaps.get(i));
        }
        return text.toString();
    }

    @Property(tries = 1500)
    void mentionsFitTheTextAndDoNotOverlap(@ForAll("texts") String text) {
        List<Mention> mentions = NumbersExtractorTest.numbers(text);
        int previousEnd = 0;
        for (Mention mention : mentions) {
            assertThat(mention.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(mention.end()).isGreaterThan(mention.start());
            assertThat(text.substring(mention.start(), mention.end())).isEqualTo(mention.text());
            assertThat(mention.value()).matches("-?\\d+(\\.\\d+)?");
            assertThat(mention.attributes()).containsKey("kind");
            previousEnd = mention.end();
        }
    }
}
