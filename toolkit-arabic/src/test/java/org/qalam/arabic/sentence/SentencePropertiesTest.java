package org.qalam.arabic.sentence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.qalam.arabic.token.ArabicTokenizer;
import org.qalam.core.model.Sentence;
import org.qalam.core.model.Token;

class SentencePropertiesTest {

    @Property(tries = 300)
    void sentencesCoverEveryTokenInOrder(@ForAll("prose") String text) {
        List<Token> tokens = ArabicTokenizer.standard().tokenize(text);
        List<Sentence> sentences = SentenceSplitter.standard().split(text, tokens);
        int next = 0;
        int previousEnd = 0;
        for (Sentence sentence : sentences) {
            assertThat(sentence.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(sentence.span().isEmpty()).isFalse();
            assertThat(sentence.start()).isEqualTo(tokens.get(next).start());
            while (next < tokens.size() && tokens.get(next).end() <= sentence.end()) {
                next++;
            }
            assertThat(tokens.get(next - 1).end()).isEqualTo(sentence.end());
            previousEnd = sentence.end();
        }
        assertThat(next).isEqualTo(tokens.size());
    }

    @Provide
    Arbitrary<String> prose() {
        return Arbitraries.oneOf(
                        Arbitraries.of("قال", "الوزير", "د", "Dr", "3.5", "١٢٫٥", "1", "نعم"),
                        Arbitraries.of(".", "!", "؟", "…", "...", "«", "»", "\"", "(", ")", ":",
                                "،", "\n", "\r\n", " ", " "))
                .list().ofMaxSize(30)
                .map(parts -> String.join(" ", parts));
    }
}
