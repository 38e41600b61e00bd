package org.qalam.arabic.fused;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qalam.arabic.lexicon.ArabicLexicon;

class ExtraLetterTest {

    private static final ArabicLexicon LEXICON = ArabicLexicon.load();

    @Test
    void aWordWithALetterTooManyIsMisspelled() {
        // المواطنيين less its second ي is المواطنين, far from the cut after المو.
        assertThat(ExtraLetter.isMisspelledWord("المواطنيين", new int[] {5}, LEXICON)).isTrue();
    }

    @Test
    void aDeletionBesideTheCutOnlyGluesThePieces() {
        // أمور|حياتنا less the ر or the ح is a word, but both touch the cut.
        assertThat(ExtraLetter.isMisspelledWord("أمورحياتنا", new int[] {4}, LEXICON)).isFalse();
        assertThat(ExtraLetter.isMisspelledWord("أمورحياتنا", new int[] {7}, LEXICON)).isTrue();
    }

    @Test
    void realFusionsAreNoWordLessALetter() {
        assertThat(ExtraLetter.isMisspelledWord("قرارمجلس", new int[] {4}, LEXICON)).isFalse();
        assertThat(ExtraLetter.isMisspelledWord("وزيرخارجية", new int[] {4}, LEXICON)).isFalse();
    }

    @Test
    void theCliticSlotsAreNotTried() {
        // بوالسودان less its first or second letter is a word (والسودان, بالسودان): other clitics.
        assertThat(ExtraLetter.isMisspelledWord("بوالسودان", new int[0], LEXICON)).isFalse();
    }
}
