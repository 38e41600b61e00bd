package org.qalam.arabic.fused;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qalam.core.model.Document;
import org.qalam.core.model.Layers;
import org.qalam.core.model.Span;
import org.qalam.core.model.Token;
import org.qalam.core.model.Word;
import org.qalam.core.pipeline.Pipeline;
import org.qalam.core.registry.ExtractorRegistry;

class FusedWordSplitterTest {

    private static final FusedWordSplitter SPLITTER = FusedWordSplitter.create();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # fused names of states
            الولاياتالمتحدةوروسيا | الولايات المتحدة وروسيا
            لدى الأممالمتحدة | لدى الأمم المتحدة
            في جنوبسوريا. | في جنوب سوريا.
            # particles fused with the next word
            لوكان | لو كان
            ماهو | ما هو
            ياعرب | يا عرب
            هذاالنظام | هذا النظام
            لايوجد | لا يوجد
            # ما and لا opening a run the lexicon rejects, when the letters agree; names stay whole
            مافهمت الدرس | ما فهمت الدرس
            لاخوف عليهم | لا خوف عليهم
            ماكين ولاريجاني | ماكين ولاريجاني
            # ل before a word that lost its hamza is no لا, unless the letters clearly part there
            لاصدقائي لامهاتهم | لاصدقائي لامهاتهم
            لافرق ولاعذر | لا فرق ولا عذر
            # a hamza or madda lost after proclitics or the article hides no fusion
            والامن والاصدقاء بالالاف كالانعام فالامارات | والامن والاصدقاء بالالاف كالانعام فالامارات
            الاراء باعلان وانكار للاسف | الاراء باعلان وانكار للاسف
            # لأن with its pronoun, and ل before a noun with one, are no لا + word
            لانها لانهم لاننا لاهلك ولامثالك | لانها لانهم لاننا لاهلك ولامثالك
            لاحاجه للكلام | لا حاجه للكلام
            # له and ما may close a run; لي, لا and يا there are the tails of names
            قلناله كلمة | قلنا له كلمة
            افعلواما شئتم | افعلوا ما شئتم
            الجبالي والملا | الجبالي والملا
            # dialect function words are words: pieces, and whole when alone
            وياريت الأيام | ويا ريت الأيام
            علشانخاطرك كمانمرة | علشان خاطرك كمان مرة
            ومنشان | ومنشان
            وانما ربماهذا | وانما ربما هذا
            عنشو | عن شو
            مونتاج موسكو مشهد | مونتاج موسكو مشهد
            # a needless hamza on a first alef does not hide a word
            لاإنتخابات حرة | لا إنتخابات حرة
            بعدإستقالة الوزير | بعد إستقالة الوزير
            # a plural verb with an object pronoun is a word after a particle
            لايحترمونكم | لا يحترمونكم
            لايفهمونها | لا يفهمونها
            # a word with a letter too many stays whole; content words fused are still cut
            المواطنيين | المواطنيين
            قرارمجلس وزيرخارجية | قرار مجلس وزير خارجية
            # the divine name fused to the word before it, the formulas with شاء included
            رحمهالله | رحمه الله
            بسمالله | بسم الله
            ماشاءالله | ما شاء الله
            وانشاءالله | وان شاء الله
            إنشاء المدارس | إنشاء المدارس
            سنلتقي إنشاء الله، وانشاء الله تعالى | سنلتقي إن شاء الله، وان شاء الله تعالى
            # digits fused with letters, unless a clitic or an article sits on the number
            2006كانت | 2006 كانت
            ب2006 وCNN والـ20 | ب2006 وCNN والـ20
            ليرة سوريةو20 | ليرة سورية و20
            نحو20 | نحو 20
            # أو fused to an entry that the lexicon accepts as one inflected form; not words and names
            بالسجن أوقتل أوحجم | بالسجن أو قتل أو حجم
            أوضاعهم أوطان اوطان أوكارا أوهارا أوربت | أوضاعهم أوطان اوطان أوكارا أوهارا أوربت
            # a name after the article, which no dictionary knows, may close a run after a word
            توفي سليمانالعيسى وقال ناصرالتويم | توفي سليمان العيسى وقال ناصر التويم
            # words and unknown names stay whole
            قال أنطونيو جوتيريش في كاليفورنيا وبيلاروسيا إن هايلي لاحظت مازال | قال أنطونيو جوتيريش في كاليفورنيا وبيلاروسيا إن هايلي لاحظت مازال
            """)
    void insertsSpacesBetweenFusedWords(String text, String repaired) {
        assertThat(SPLITTER.insertSpaces(text)).isEqualTo(repaired);
    }

    @Test
    void ignoresDiacriticsAndKeepsThemOnTheirLetters() {
        String text = "الْأُمَمالْمُتَّحِدَة";
        String repaired = SPLITTER.insertSpaces(text);
        assertThat(repaired).isEqualTo("الْأُمَم الْمُتَّحِدَة");
    }

    @Test
    void piecesCarrySpansOfTheOriginal() {
        String text = "  اتفقت عليها الولاياتالمتحدةوروسيا، أمس";
        List<Piece> pieces = SPLITTER.split(text);
        assertThat(pieces).extracting(Piece::text)
                .containsExactly("اتفقت", "عليها", "الولايات", "المتحدة", "وروسيا،", "أمس");
        for (Piece piece : pieces) {
            assertThat(text.substring(piece.start(), piece.end())).isEqualTo(piece.text());
        }
    }

    @Test
    void partsOfAFusedTokenAreSpansOfTheOriginal() {
        String text = "عند الأممالمتحدة";
        Token token = new Token(new Span(4, text.length()), text.substring(4), "", 
                org.qalam.core.model.TokenKind.WORD);
        assertThat(SPLITTER.parts(token)).containsExactly(new Span(4, 9), new Span(9, text.length()));
    }

    @Test
    void wordsLayerCutsFusedTokensAndKeepsOffsets() {
        String text = "اتهمت المندوبة لدى الأممالمتحدة الحكومة";
        Document document = Pipeline.builder(ExtractorRegistry.load(getClass().getClassLoader()))
                .use("words").build().analyze(text).document();
        Token fused = document.select(Layers.TOKENS).stream()
                .filter(t -> t.text().equals("الأممالمتحدة")).findFirst().orElseThrow();
        int cut = text.indexOf("المتحدة");
        List<Word> words = document.selectCovered(Layers.WORDS, fused);
        assertThat(words).extracting(Word::start).contains(cut);
        assertThat(words).allMatch(Word::repaired);
        StringBuilder joined = new StringBuilder();
        words.forEach(w -> joined.append(w.span().coveredText(text)));
        assertThat(joined).hasToString("الأممالمتحدة");
    }

    @Test
    void aVeryLongRunFinishesFast() {
        Random random = new Random(7);
        StringBuilder run = new StringBuilder(100_000);
        String letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
        while (run.length() < 100_000) {
            run.append(letters.charAt(random.nextInt(letters.length())));
        }
        long start = System.nanoTime();
        SPLITTER.boundaries(run);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void rejectsMalformedPieces() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Piece(2, 1, ""));
        assertThatIllegalArgumentException().isThrownBy(() -> new Piece(0, 3, "ab"));
    }

    @Property(tries = 200)
    void onlySpacesAreInserted(
            @ForAll @StringLength(max = 40) @CharRange(from = '\u0621', to = '\u064A')
                    @CharRange(from = ' ', to = ' ') @CharRange(from = '0', to = '9') String text) {
        String repaired = SPLITTER.insertSpaces(text);
        assertThat(repaired.replace(" ", "")).isEqualTo(text.replace(" ", ""));
        int[] cuts = SPLITTER.boundaries(text);
        for (int k = 1; k < cuts.length; k++) {
            assertThat(cuts[k]).isGreaterThan(cuts[k - 1]);
        }
        for (Piece piece : SPLITTER.split(text)) {
            assertThat(text.substring(piece.start(), piece.end())).isEqualTo(piece.text());
        }
    }
}
