package org.qalam.extractors.dates;

import org.qalam.arabic.orthography.ArabicLetters;
import org.qalam.arabic.orthography.Clitics;

/**
 * The spellings a word key has without a proclitic, in the order {@link Phrases} tries them:
 * لل read as ل + ال first (للثاني is الثاني), then the key without the one-letter proclitic it
 * starts with (و ف ب ك ل), every rest read through the dialect variants. بايلول gives ايلول,
 * لعام gives عام.
 *
 * <p>A pure function of the key, worked out once per atom: the {@link Atom} keeps its spellings, as
 * every word list of the grammar asks for them at the same atom.
 */
final class BareForms {

    /** The fewest letters of a key read with a proclitic: لعام, not لو. */
    static final int MIN_LETTERS = 3;
    /** No spelling without a proclitic. */
    static final String[] NONE = new String[0];

    /** ل + ال written لل. */
    private static final String LAM_LAM = "" + ArabicLetters.LAM + ArabicLetters.LAM;

    private BareForms() {
    }

    /**
     * The spellings of word key {@code key} without a proclitic, in the order to try them; empty
     * for a key shorter than {@value #MIN_LETTERS} letters or one that starts with no proclitic.
     */
    static String[] of(String key) {
        if (key.length() < MIN_LETTERS || !isProclitic(key.charAt(0))) {
            return NONE;
        }
        String rest = Atoms.variant(key.substring(1));
        if (!key.startsWith(LAM_LAM)) {
            return new String[] {rest};
        }
        return new String[] {
            Atoms.variant(ArabicLetters.ARTICLE + key.substring(LAM_LAM.length())), rest};
    }

    /** Whether {@code c} is a one-letter proclitic of the orthography: و ف ب ك ل. */
    private static boolean isProclitic(char c) {
        return Clitics.isConjunction(c) || Clitics.isPreposition(c);
    }
}
