package org.qalam.extractors.dates;

import java.util.ArrayList;
import java.util.List;
import org.qalam.arabic.orthography.ArabicLetters;
import org.qalam.arabic.orthography.Clitics;
import org.qalam.core.memo.BoundedMemo;

/**
 * The spellings a word key has without a proclitic, in the order {@link Phrases} tries them:
 * لل read as ل + ال first (للثاني is الثاني), then each one-letter proclitic (و ف ب ك ل) the key
 * starts with, every rest read through the dialect variants. بايلول gives ايلول, لعام gives عام.
 *
 * <p>Why a memo: every word list of the grammar asks for these spellings at every atom it does not
 * know as written, dozens of times per atom; worked out once per key and shared by every document
 * and thread, a later look-up allocates nothing and hashes no new string. Thread-safe.
 */
final class BareForms {

    /** The most keys kept: the frequent word forms of running text fit many times over. */
    static final int MEMO_KEYS = 32_768;
    /** The fewest letters of a key read with a proclitic: لعام, not لو. */
    static final int MIN_LETTERS = 3;

    /** The one-letter proclitics of the orthography: و ف ب ك ل. */
    private static final List<String> PROCLITICS = proclitics();
    /** ل + ال written لل. */
    private static final String LAM_LAM = "" + ArabicLetters.LAM + ArabicLetters.LAM;
    /** No spelling without a proclitic. */
    static final String[] NONE = new String[0];

    private static final BoundedMemo<String, String[]> MEMO = new BoundedMemo<>(MEMO_KEYS);

    private BareForms() {
    }

    /**
     * The spellings of word key {@code key} without a proclitic, in the order to try them; empty
     * for a key shorter than {@value #MIN_LETTERS} letters. The array is shared: not to be changed.
     */
    static String[] of(String key) {
        if (key.length() < MIN_LETTERS) {
            return NONE;
        }
        String[] forms = MEMO.get(key);
        return forms != null ? forms : MEMO.keep(key, compute(key));
    }

    private static String[] compute(String key) {
        List<String> forms = new ArrayList<>(2);
        if (key.startsWith(LAM_LAM)) {
            forms.add(Atoms.variant(ArabicLetters.ARTICLE + key.substring(LAM_LAM.length())));
        }
        for (String clitic : PROCLITICS) {
            if (key.startsWith(clitic)) {
                forms.add(Atoms.variant(key.substring(clitic.length())));
            }
        }
        return forms.isEmpty() ? NONE : forms.toArray(NONE);
    }

    private static List<String> proclitics() {
        List<String> letters = new ArrayList<>();
        for (Clitics.Clitic clitic : Clitics.CONJUNCTIONS) {
            letters.add(clitic.letters());
        }
        for (Clitics.Clitic clitic : Clitics.PREPOSITIONS) {
            letters.add(clitic.letters());
        }
        return List.copyOf(letters);
    }
}
