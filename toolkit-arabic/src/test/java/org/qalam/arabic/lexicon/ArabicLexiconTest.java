package org.qalam.arabic.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicLexiconTest {

    private final ArabicLexicon lexicon = ArabicLexicon.load();

    @ParameterizedTest(name = "isWord({0}) = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # words with clitics
            الولايات | true
            المتحدة | true
            وروسيا | true
            للأمم | true
            واشنطن | true
            والكتاب | true
            # fused words
            الولاياتالمتحدة | false
            الأممالمتحدة | false
            جنوبسوريا | false
            # diacritics and tatweel are ignored
            الْوِلَايَاتُ | true
            الولايـــات | true
            """)
    void acceptsWordsWithCliticsAndRejectsFusedWords(String text, boolean word) {
        assertThat(lexicon.isWord(text)).isEqualTo(word);
    }

    @Test
    void readsAnyCharSequence() {
        assertThat(lexicon.isWord(new StringBuilder("سوريا"))).isTrue();
    }

    @Test
    void emptyAndMarksOnlyAreNotWords() {
        assertThat(lexicon.isWord("")).isFalse();
        assertThat(lexicon.isWord("\u064E\u0640")).isFalse();
        assertThatNullPointerException().isThrownBy(() -> lexicon.isWord(null));
    }

    @ParameterizedTest(name = "isEntry({0}) = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            فلسطين | true
            وزير | true
            أيضًا | true
            أيضا | true
            # a word form with clitics, not a head word
            والكتاب | false
            '' | false
            """)
    void entriesAreHeadWordsWithoutClitics(String text, boolean entry) {
        assertThat(lexicon.isEntry(text)).isEqualTo(entry);
    }

    @Test
    void nullIsNoEntry() {
        assertThatNullPointerException().isThrownBy(() -> lexicon.isEntry(null));
    }

    @Test
    void wordsInflectedAlikeShareAnEntryClass() {
        assertThat(lexicon.entryClasses("غانا")).containsExactly(lexicon.entryClasses("هولندا"));
        assertThat(lexicon.entryClasses("أردن")).containsAnyOf(lexicon.entryClasses("عراق"));
        assertThat(lexicon.entryClasses("أردن")).doesNotContain(lexicon.entryClasses("غانا"));
    }

    @Test
    void aBareEntryTakesNoAffix() {
        assertThat(lexicon.isBareEntry("وقام")).isTrue();
        assertThat(lexicon.isBareEntry("وزير")).isFalse();
        assertThat(lexicon.isBareEntry("قام")).isFalse();
        assertThat(lexicon.isBareEntry("والكتاب")).as("no head word").isFalse();
    }

    @Test
    void aHeadWordHasOneClassPerEntry() {
        assertThat(lexicon.entryClasses("عين")).hasSizeGreaterThan(1);
        assertThat(lexicon.entryClasses("غانا")).hasSize(1);
        assertThat(lexicon.entryClasses("عَيْن")).containsExactly(lexicon.entryClasses("عين"));
    }

    @Test
    void formsThatAreNoHeadWordHaveNoClass() {
        assertThat(lexicon.entryClasses("والكتاب")).isEmpty();
        assertThat(lexicon.entryClasses("جوتيريش")).isEmpty();
        assertThat(lexicon.entryClasses("")).isEmpty();
        assertThatNullPointerException().isThrownBy(() -> lexicon.entryClasses(null));
    }

    @Test
    void loadReturnsOneSharedInstance() {
        assertThat(ArabicLexicon.load()).isSameAs(lexicon);
    }
}
