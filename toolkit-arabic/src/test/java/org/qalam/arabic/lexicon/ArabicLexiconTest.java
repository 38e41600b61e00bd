package org.qalam.arabic.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class ArabicLexiconTest {

    private final ArabicLexicon lexicon = ArabicLexicon.load();

    @Test
    void acceptsWordsWithClitics() {
        assertThat(lexicon.isWord("الولايات")).isTrue();
        assertThat(lexicon.isWord("المتحدة")).isTrue();
        assertThat(lexicon.isWord("وروسيا")).isTrue();
        assertThat(lexicon.isWord("للأمم")).isTrue();
        assertThat(lexicon.isWord("واشنطن")).isTrue();
    }

    @Test
    void rejectsFusedWords() {
        assertThat(lexicon.isWord("الولاياتالمتحدة")).isFalse();
        assertThat(lexicon.isWord("الأممالمتحدة")).isFalse();
        assertThat(lexicon.isWord("جنوبسوريا")).isFalse();
    }

    @Test
    void ignoresDiacriticsAndTatweel() {
        assertThat(lexicon.isWord("الْوِلَايَاتُ")).isTrue();
        assertThat(lexicon.isWord("الولايـــات")).isTrue();
        assertThat(lexicon.isWord(new StringBuilder("سوريا"))).isTrue();
    }

    @Test
    void emptyAndMarksOnlyAreNotWords() {
        assertThat(lexicon.isWord("")).isFalse();
        assertThat(lexicon.isWord("\u064E\u0640")).isFalse();
        assertThatNullPointerException().isThrownBy(() -> lexicon.isWord(null));
    }

    @Test
    void entriesAreHeadWordsWithoutClitics() {
        assertThat(lexicon.isEntry("فلسطين")).isTrue();
        assertThat(lexicon.isEntry("وزير")).isTrue();
        assertThat(lexicon.isEntry("أيضًا")).isTrue();
        assertThat(lexicon.isEntry("أيضا")).isTrue();
        assertThat(lexicon.isWord("والكتاب")).isTrue();
        assertThat(lexicon.isEntry("والكتاب")).isFalse();
        assertThat(lexicon.isEntry("")).isFalse();
        assertThatNullPointerException().isThrownBy(() -> lexicon.isEntry(null));
    }

    @Test
    void loadReturnsOneSharedInstance() {
        assertThat(ArabicLexicon.load()).isSameAs(lexicon);
    }
}
