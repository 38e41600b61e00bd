package org.qalam.arabic.clitic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.qalam.arabic.token.ArabicTokenizer;
import org.qalam.core.model.Token;
import org.qalam.core.model.Word;

class WordsPropertiesTest {

    private final CliticSegmenter segmenter = CliticSegmenter.standard();

    @Property(tries = 300)
    void wordsTileEveryTokenAndKeepTheirLetters(@ForAll("arabicText") String text) {
        for (Token token : ArabicTokenizer.standard().tokenize(text)) {
            List<Word> words = segmenter.segment(token);
            assertThat(words).isNotEmpty();
            assertThat(words.get(0).start()).isEqualTo(token.start());
            assertThat(words.get(words.size() - 1).end()).isEqualTo(token.end());
            for (int k = 0; k < words.size(); k++) {
                Word word = words.get(k);
                if (k > 0) {
                    assertThat(word.start()).isEqualTo(words.get(k - 1).end());
                }
                String covered = word.span().coveredText(text);
                if (!word.form().equals(covered)) {
                    // ال realized by the second ل of لل, من or عن by its first letter (مما)
                    assertThat(word.form()).isIn("ال", "من", "عن");
                    assertThat(word.form().equals("ال") || covered.length() == 1
                            && covered.charAt(0) == word.form().charAt(0)).isTrue();
                }
            }
        }
    }

    @Provide
    Arbitrary<String> arabicText() {
        Arbitrary<String> words = Arbitraries.oneOf(
                Arbitraries.of("و", "ف", "ب", "ك", "ل", "ال", "لل", "وال", "س", "وس")
                        .flatMap(prefix -> Arbitraries.strings().withCharRange('\u0621', '\u064A')
                                .ofMinLength(1).ofMaxLength(6)
                                .map(stem -> prefix + stem)),
                Arbitraries.strings().withCharRange('\u0621', '\u0652').ofMinLength(1)
                        .ofMaxLength(8),
                Arbitraries.of("وَالْكِتَابُ", "للأمم", "للجنة", "فيه", "وزيرها", "ـــ", "وبـالـولايات",
                        "مما", "وعمّا"));
        return words.list().ofMaxSize(8).map(list -> String.join(" ", list));
    }
}
