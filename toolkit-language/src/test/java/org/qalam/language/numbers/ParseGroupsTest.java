package org.qalam.language.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qalam.arabic.normalize.Normalizer;
import org.qalam.core.model.CliticGroup;
import org.qalam.core.model.Span;
import org.qalam.core.model.Word;
import org.qalam.core.model.WordRole;

/** {@link ArabicNumberParser#parseGroups}: words as the words layer gives them. */
class ParseGroupsTest {

    private static final ArabicNumberParser PARSER = ArabicNumberParser.instance();
    private static final Normalizer FOLD = Normalizer.search();

    /** Words written one after another from offset 0: "form/ROLE" or "form" for a stem. */
    private static List<Word> words(String... parts) {
        List<Word> words = new ArrayList<>();
        int at = 0;
        for (String part : parts) {
            int slash = part.indexOf('/');
            String form = slash < 0 ? part : part.substring(0, slash);
            WordRole role = slash < 0 ? WordRole.STEM : WordRole.valueOf(part.substring(slash + 1));
            int length = part.endsWith("/ARTICLE") && form.equals("ال") && at > 0 ? 1 : form.length();
            words.add(new Word(Span.of(at, at + length), form, role, FOLD.normalize(form), false));
            at += length;
        }
        return words;
    }

    private static String read(List<Word> words, int start) {
        return PARSER.parseGroups(CliticGroup.of(words), start)
                .map(m -> m.plainValue() + "/" + m.kind().label() + "/" + m.wordCount()
                        + "/" + m.prefix())
                .orElse("none");
    }

    @Test
    void usesTheSegmentersCut() {
        assertThat(read(words("و/CONJUNCTION", "ب/PREPOSITION", "ثلاثة", "آلاف"), 0))
                .isEqualTo("3000/cardinal/2/وب");
        assertThat(read(words("ال/ARTICLE", "ثالث"), 0)).isEqualTo("3/ordinal/1/");
    }

    @Test
    void laterWordsTakeOnlyTheConjunction() {
        assertThat(read(words("خمسة", "و/CONJUNCTION", "عشرون"), 0)).isEqualTo("25/cardinal/2/");
        assertThat(read(words("خمسة", "ب/PREPOSITION", "عشرين"), 0)).isEqualTo("5/cardinal/1/");
    }

    @Test
    void readsAWordTheSegmenterLeftWholeBySpelling() {
        assertThat(read(words("وخمسة"), 0)).isEqualTo("5/cardinal/1/و");
        assertThat(read(words("اربع", "ه/PRONOUN"), 0)).isEqualTo("4/cardinal/1/");
    }

    @Test
    void keepsTheShortStemRule() {
        assertThat(read(words("ل/PREPOSITION", "ست"), 0)).isEqualTo("none");
    }

    @Test
    void aFutureParticleIsNoNumber() {
        assertThat(read(words("س/FUTURE", "ثلاثة"), 0)).isEqualTo("none");
    }
}
