package org.qalam.arabic.clitic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.qalam.arabic.fused.FusedWordSplitter;
import org.qalam.arabic.token.ArabicTokenizer;
import org.qalam.core.model.Document;
import org.qalam.core.model.Layers;
import org.qalam.core.model.Span;
import org.qalam.core.model.Token;
import org.qalam.core.model.TokenKind;
import org.qalam.core.model.Word;

class WordsAnnotatorTest {

    private static final FusedWordSplitter SPLITTER = FusedWordSplitter.create();
    private static final CliticSegmenter SEGMENTER = CliticSegmenter.standard();

    /** One annotator for every try, so that later texts meet forms kept from earlier ones. */
    private final WordsAnnotator annotator = new WordsAnnotator(SPLITTER::parts, SEGMENTER);

    @Property(tries = 300)
    void keptFormsGiveTheWordsAFreshSegmentationGives(@ForAll("repeatingText") String text) {
        Document tokenized = Document.of(text)
                .withLayer(Layers.TOKENS, ArabicTokenizer.standard().tokenize(text));

        List<Word> words = annotator.annotate(tokenized).select(Layers.WORDS);

        assertThat(words).isEqualTo(freshWords(text, tokenized.select(Layers.TOKENS)));
    }

    @Test
    void aFormMetAgainGetsItsWordsAtItsOwnOffset() {
        String text = "وللجنة الولاياتالمتحدة وللجنة الولاياتالمتحدة";
        Document tokenized = Document.of(text)
                .withLayer(Layers.TOKENS, ArabicTokenizer.standard().tokenize(text));

        List<Word> words = annotator.annotate(tokenized).select(Layers.WORDS);

        int half = words.size() / 2;
        int shift = text.indexOf("وللجنة", 1);
        for (int k = 0; k < half; k++) {
            Word first = words.get(k);
            Word again = words.get(half + k);
            assertThat(again).isEqualTo(new Word(Span.of(first.start() + shift,
                    first.end() + shift), first.form(), first.role(), first.folded(),
                    first.repaired()));
        }
        assertThat(words.subList(half, words.size())).extracting(Word::form)
                .containsExactly("و", "ل", "ال", "جنة", "ال", "ولايات", "ال", "متحدة");
    }

    @Test
    void aWholeWordIsFoldedAsItsOwnTokenSays() {
        String text = "كتاب كتاب";
        Document tokenized = Document.of(text).withLayer(Layers.TOKENS, List.of(
                new Token(Span.of(0, 4), "كتاب", "كتاب", TokenKind.WORD),
                new Token(Span.of(5, 9), "كتاب", "ktab", TokenKind.WORD)));

        assertThat(annotator.annotate(tokenized).select(Layers.WORDS)).extracting(Word::folded)
                .containsExactly("كتاب", "ktab");
    }

    /** The words of every token computed without any memo: parts, then clitics. */
    private static List<Word> freshWords(String text, List<Token> tokens) {
        List<Word> words = new ArrayList<>();
        for (Token token : tokens) {
            List<Span> parts = token.kind() == TokenKind.WORD ? SPLITTER.parts(token) : List.of();
            if (parts.size() <= 1) {
                words.addAll(SEGMENTER.segment(token));
                continue;
            }
            for (Span part : parts) {
                for (Word word : SEGMENTER.segment(text, part.start(), part.end(), part.start())) {
                    words.add(word.asRepaired());
                }
            }
        }
        return words;
    }

    @Provide
    Arbitrary<String> repeatingText() {
        Arbitrary<String> words = Arbitraries.oneOf(
                Arbitraries.of("وللجنة", "الولاياتالمتحدة", "والكتاب", "فيه", "وزيرها", "كتب",
                        "وَالْكِتَابُ", "للأمم", "2006كانت", "بـ2006", "،", "CNN", "ـــ"),
                Arbitraries.of("و", "ب", "لل", "ال", "")
                        .flatMap(prefix -> Arbitraries.strings().withCharRange('\u0621', '\u064A')
                                .ofMinLength(1).ofMaxLength(5).map(stem -> prefix + stem)));
        return words.list().ofMaxSize(10).map(list -> String.join(" ", list));
    }
}
