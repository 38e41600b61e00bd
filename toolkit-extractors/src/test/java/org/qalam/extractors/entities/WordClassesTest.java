package org.qalam.extractors.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.qalam.arabic.lexicon.ArabicLexicon;

class WordClassesTest {

    private final ArabicLexicon lexicon = ArabicLexicon.load();

    @Test
    void aDefiniteFormHasTheClassesOfItsStem() {
        assertThat(WordClasses.of(lexicon, "الأردن"))
                .isNotEqualTo(WordClasses.NONE)
                .isEqualTo(WordClasses.of(lexicon, "أردن"));
    }

    @Test
    void eachDistinctClassIsKeptOnceSmallestFirst() {
        int[] entries = lexicon.entryClasses("عين");
        int[] distinct = Arrays.stream(entries).distinct().sorted().toArray();
        assertThat(distinct.length).isLessThan(entries.length);
        assertThat(WordClasses.of(lexicon, "عين").chars().toArray()).containsExactly(distinct);
    }

    @Test
    void placesInflectedAlikeShareTheirClasses() {
        assertThat(WordClasses.of(lexicon, "غانا")).isEqualTo(WordClasses.of(lexicon, "هولندا"));
    }

    @Test
    void aWordTheDictionaryDoesNotListHasNone() {
        assertThat(WordClasses.of(lexicon, "جوتيريش")).isEqualTo(WordClasses.NONE);
        assertThat(WordClasses.of(lexicon, "الجوتيريش")).isEqualTo(WordClasses.NONE);
    }
}
