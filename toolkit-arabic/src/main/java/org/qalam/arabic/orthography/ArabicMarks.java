package org.qalam.arabic.orthography;

/**
 * The Arabic marks written on letters, and the other silent chars inside a word.
 *
 * <p>Why one place: every step (normalization, tokenization, lexicon look-ups, clitic and
 * fused-word segmentation, extractors) must agree on exactly which code points are marks.
 * {@link #isDiacritic} is the full set:
 * <ul>
 *   <li>U+0610–U+061A Arabic signs written above or below a letter (honorifics, small high
 *       letters);</li>
 *   <li>U+064B–U+0652 harakat, tanween, shadda and sukun (ـًـٌـٍـَـُـِـّـْ);</li>
 *   <li>U+0653–U+065F madda, hamza above/below and other combining marks;</li>
 *   <li>U+0670 superscript (dagger) alef, as in هٰذا;</li>
 *   <li>U+06D6–U+06ED Quranic annotation marks;</li>
 *   <li>U+08D3–U+08E1 and U+08E3–U+08FF, the Arabic Extended-A combining marks.</li>
 * </ul>
 * {@link #isVowelMark} is the subset that only vocalizes a letter (what a spelling dictionary
 * ignores); {@link #isSilent} adds tatweel and the joiners, the chars a word's letter sequence
 * skips.
 */
public final class ArabicMarks {

    /** U+064B ARABIC FATHATAN. */
    public static final char FATHATAN = '\u064B';
    /** U+064C ARABIC DAMMATAN. */
    public static final char DAMMATAN = '\u064C';
    /** U+064D ARABIC KASRATAN. */
    public static final char KASRATAN = '\u064D';
    /** U+064E ARABIC FATHA. */
    public static final char FATHA = '\u064E';
    /** U+064F ARABIC DAMMA. */
    public static final char DAMMA = '\u064F';
    /** U+0650 ARABIC KASRA. */
    public static final char KASRA = '\u0650';
    /** U+0651 ARABIC SHADDA. */
    public static final char SHADDA = '\u0651';
    /** U+0652 ARABIC SUKUN. */
    public static final char SUKUN = '\u0652';
    /** U+0654 ARABIC HAMZA ABOVE, the combining hamza of decomposed أ. */
    public static final char HAMZA_ABOVE = '\u0654';
    /** U+0670 ARABIC LETTER SUPERSCRIPT ALEF. */
    public static final char SUPERSCRIPT_ALEF = '\u0670';

    private static final int SIGNS_FIRST = 0x0610;
    private static final int SIGNS_LAST = 0x061A;
    private static final int COMBINING_LAST = 0x065F;
    private static final int QURANIC_FIRST = 0x06D6;
    private static final int QURANIC_LAST = 0x06ED;
    private static final int EXTENDED_FIRST = 0x08D3;
    private static final int EXTENDED_LAST = 0x08FF;
    private static final int EXTENDED_NOT_A_MARK = 0x08E2;

    private ArabicMarks() {
    }

    /** Whether {@code c} is one of the diacritics listed in the class comment. */
    public static boolean isDiacritic(int c) {
        if (c < FATHATAN) {
            return c >= SIGNS_FIRST && c <= SIGNS_LAST;
        }
        if (c <= COMBINING_LAST) {
            return true;
        }
        if (c < SUPERSCRIPT_ALEF) {
            return false;
        }
        return c == SUPERSCRIPT_ALEF
                || (c >= QURANIC_FIRST && c <= QURANIC_LAST)
                || (c >= EXTENDED_FIRST && c <= EXTENDED_LAST && c != EXTENDED_NOT_A_MARK);
    }

    /**
     * Whether {@code c} only vocalizes its letter: harakat, tanween, shadda, sukun and the dagger
     * alef. Madda and combining hamza are not: they change which letter is written.
     */
    public static boolean isVowelMark(int c) {
        return (c >= FATHATAN && c <= SUKUN) || c == SUPERSCRIPT_ALEF;
    }

    /** Whether {@code c} is a tanween (fathatan, dammatan, kasratan). */
    public static boolean isTanween(int c) {
        return c >= FATHATAN && c <= KASRATAN;
    }

    /**
     * Whether {@code c} may stand inside a word without being one of its letters: a diacritic,
     * tatweel, or a zero-width (non-)joiner.
     */
    public static boolean isSilent(int c) {
        return isDiacritic(c) || c == ArabicLetters.TATWEEL || c == CharClasses.ZWNJ
                || c == CharClasses.ZWJ;
    }
}
