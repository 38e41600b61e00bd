package org.qalam.arabic.clitic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qalam.arabic.token.ArabicTokenizer;
import org.qalam.core.model.Span;
import org.qalam.core.model.Token;
import org.qalam.core.model.Word;
import org.qalam.core.model.WordRole;

class CliticSegmenterTest {

    private final CliticSegmenter segmenter = CliticSegmenter.standard();

    private List<String> forms(String token) {
        return segmenter.segment(token, 0, token.length(), 0).stream().map(Word::form).toList();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # words of the lexicon are not cut
            وزير | وزير
            بلد | بلد
            كتاب | كتاب
            فلسطين | فلسطين
            لجنة | لجنة
            والد | والد
            # proclitic chains
            والكتاب | و ال كتاب
            وبالولايات | و ب ال ولايات
            فلن | ف لن
            وسيقام | و س يقام
            وقال | و قال
            # enclitic pronouns
            كتابه | كتاب ه
            حكومتها | حكومت ها
            فيه | في ه
            عليهم | علي هم
            ولهم | و ل هم
            لأنها | ل أن ها
            بلادكم | بلاد كم
            # first and second person pronouns close a word that could take no other
            أشكرك | أشكر ك
            بلادنا | بلاد نا
            أعجبتني | أعجبت ني
            ستدعمكم | س تدعم كم
            # ... but not a word that still takes one, an entry, or a name that looks like one
            يشارك | يشارك
            قررنا | قررنا
            ليتحرك | ل يتحرك
            سولانا | سولانا
            باراك | باراك
            روني | روني
            سلتيك | سلتيك
            # no word starts with two waws; fixed phrases and function words after clitics
            ووصل | و وصل
            وقام | و قام
            وعاد | و عاد
            بحسب | ب حسب
            باسم | ب اسم
            وإلا | و إلا
            فلما | ف لما
            وبوتين | و بوتين
            بلديهما | بلدي هما
            # a token of proclitics alone, before a number or a Latin word
            وبـ | و بـ
            وللـ | و ل ال
            والـ | و الـ
            فك | فك
            بال | بال
            # a word that is an entry after its proclitics keeps its last letters
            سيتوجه | س يتوجه
            # verbs of the eighth form of a root in ل keep their ال
            التقى | التقى
            والتحق | و التحق
            التقرير | ال تقرير
            # function words that look cliticized stay whole
            كما | كما
            الذي | الذي
            لكن | لكن
            فتحت | فتحت
            مصري | مصري
            """)
    void cutsCliticsOnlyWhereTheLexiconAgrees(String token, String words) {
        assertThat(forms(token)).containsExactly(words.split(" "));
    }

    @Test
    void lamPlusArticleIsWrittenWithOneAlefLess() {
        List<Word> words = segmenter.segment("للأمم", 0, 5, 0);
        assertThat(words).containsExactly(
                new Word(Span.of(0, 1), "ل", WordRole.PREPOSITION, "ل", false),
                new Word(Span.of(1, 2), "ال", WordRole.ARTICLE, "ال", false),
                new Word(Span.of(2, 5), "أمم", WordRole.STEM, "امم", false));
    }

    @Test
    void aPrepositionAssimilatedIntoMaIsRealizedByItsFirstLetter() {
        assertThat(segmenter.segment("ومما", 0, 4, 0)).containsExactly(
                new Word(Span.of(0, 1), "و", WordRole.CONJUNCTION, "و", false),
                new Word(Span.of(1, 2), "من", WordRole.STEM, "من", false),
                new Word(Span.of(2, 4), "ما", WordRole.STEM, "ما", false));
        assertThat(forms("عما")).containsExactly("عن", "ما");
        assertThat(forms("ممثل")).containsExactly("ممثل");
    }

    @Test
    void everyWordHasItsRole() {
        assertThat(segmenter.segment("وسيقولها", 0, 8, 0)).extracting(Word::role)
                .containsExactly(WordRole.CONJUNCTION, WordRole.FUTURE, WordRole.STEM,
                        WordRole.PRONOUN);
        assertThat(segmenter.segment("فبالكتاب", 0, 8, 0)).extracting(Word::role)
                .containsExactly(WordRole.CONJUNCTION, WordRole.PREPOSITION, WordRole.ARTICLE,
                        WordRole.STEM);
    }

    @Test
    void diacritizedWordsKeepTheirMarksInEachWord() {
        String text = "وَالْكِتَابُ";
        List<Word> words = segmenter.segment(text, 0, text.length(), 0);
        assertThat(words).extracting(Word::form).containsExactly("وَ", "الْ", "كِتَابُ");
        assertThat(words).extracting(Word::span)
                .containsExactly(Span.of(0, 2), Span.of(2, 5), Span.of(5, 12));
    }

    @Test
    void spansPointIntoTheOriginalTextAndTile() {
        String text = "قال وزير الخارجية لنظيره إن بلاده تدعم الفلسطينيين";
        for (Token token : ArabicTokenizer.standard().tokenize(text)) {
            List<Word> words = segmenter.segment(token);
            assertThat(words.get(0).start()).isEqualTo(token.start());
            assertThat(words.get(words.size() - 1).end()).isEqualTo(token.end());
            for (int k = 1; k < words.size(); k++) {
                assertThat(words.get(k).start()).isEqualTo(words.get(k - 1).end());
            }
        }
    }

    @Test
    void worksWithoutALexicon() {
        CliticSegmenter plain = CliticSegmenter.withoutLexicon();
        assertThat(plain.segment("والكتاب", 0, 7, 0)).extracting(Word::form)
                .containsExactly("و", "ال", "كتاب");
        assertThat(plain.segment("وفيه", 0, 4, 0)).extracting(Word::form)
                .containsExactly("و", "في", "ه");
    }
}
