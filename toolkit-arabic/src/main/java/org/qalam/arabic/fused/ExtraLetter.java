package org.qalam.arabic.fused;

import org.qalam.arabic.lexicon.ArabicLexicon;

/**
 * Recognises a misspelled word with one letter too many (مخطاطاتهم for مخططاتهم, حلافائهما for
 * حلفائهما): deleting one of its letters gives a dictionary word.
 *
 * <p>Why: the lexicon rejects such a word and often tiles it into other words (مخطاطا|تهم), and
 * its odd letters look like a junction to the letter model, so the splitter would cut it.
 */
final class ExtraLetter {

    /** The first letters hold the clitics (و, ب, ال): deleting one only trades a clitic. */
    private static final int CLITIC_SLOTS = 2;

    private ExtraLetter() {}

    /**
     * Whether deleting one letter of {@code w} gives a word, the letter being neither in the clitic
     * slots nor beside one of {@code cuts}: a deletion there only glues the pieces together
     * (صدور|حكم → صدوركم) and says nothing against the cut. Runs longer than
     * {@link SplitModel#MAX_PIECE} are never one word, which keeps the check linear.
     */
    static boolean isMisspelledWord(String w, int[] cuts, ArabicLexicon lexicon) {
        if (w.length() > SplitModel.MAX_PIECE) {
            return false;
        }
        StringBuilder shorter = new StringBuilder(w.length());
        for (int k = CLITIC_SLOTS; k < w.length(); k++) {
            if (besideCut(k, cuts)) {
                continue;
            }
            shorter.setLength(0);
            shorter.append(w, 0, k).append(w, k + 1, w.length());
            if (lexicon.isWord(shorter)) {
                return true;
            }
        }
        return false;
    }

    /** Whether letter {@code k} ends the piece before a cut or starts the piece after it. */
    private static boolean besideCut(int k, int[] cuts) {
        for (int cut : cuts) {
            if (k == cut || k == cut - 1) {
                return true;
            }
        }
        return false;
    }
}
