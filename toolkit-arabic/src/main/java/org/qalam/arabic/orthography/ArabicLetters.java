package org.qalam.arabic.orthography;

/**
 * The Arabic letters: named constants, the letter test, tatweel and the hamza forms.
 *
 * <p>Why one place: the tokenizer, normalizer, clitic segmenter, fused-word splitter, lexicon and
 * every extractor must agree on what a letter is; no other class defines one. Constants carry
 * their Unicode names, as in {@code ALEF_HAMZA_ABOVE = 'أ'}.
 */
public final class ArabicLetters {

    /** U+0621 ARABIC LETTER HAMZA (ء). */
    public static final char HAMZA = '\u0621';
    /** U+0622 ARABIC LETTER ALEF WITH MADDA ABOVE (آ). */
    public static final char ALEF_MADDA = '\u0622';
    /** U+0623 ARABIC LETTER ALEF WITH HAMZA ABOVE (أ). */
    public static final char ALEF_HAMZA_ABOVE = '\u0623';
    /** U+0624 ARABIC LETTER WAW WITH HAMZA ABOVE (ؤ). */
    public static final char WAW_HAMZA = '\u0624';
    /** U+0625 ARABIC LETTER ALEF WITH HAMZA BELOW (إ). */
    public static final char ALEF_HAMZA_BELOW = '\u0625';
    /** U+0626 ARABIC LETTER YEH WITH HAMZA ABOVE (ئ). */
    public static final char YEH_HAMZA = '\u0626';
    /** U+0627 ARABIC LETTER ALEF (ا). */
    public static final char ALEF = '\u0627';
    /** U+0628 ARABIC LETTER BEH (ب). */
    public static final char BEH = '\u0628';
    /** U+0629 ARABIC LETTER TEH MARBUTA (ة). */
    public static final char TEH_MARBUTA = '\u0629';
    /** U+062A ARABIC LETTER TEH (ت). */
    public static final char TEH = '\u062A';
    /** U+0633 ARABIC LETTER SEEN (س). */
    public static final char SEEN = '\u0633';
    /** U+0640 ARABIC TATWEEL (ـ), the kashida that stretches a word: not a letter. */
    public static final char TATWEEL = '\u0640';
    /** U+0641 ARABIC LETTER FEH (ف). */
    public static final char FEH = '\u0641';
    /** U+0643 ARABIC LETTER KAF (ك). */
    public static final char KAF = '\u0643';
    /** U+0644 ARABIC LETTER LAM (ل). */
    public static final char LAM = '\u0644';
    /** U+0646 ARABIC LETTER NOON (ن). */
    public static final char NOON = '\u0646';
    /** U+0647 ARABIC LETTER HEH (ه). */
    public static final char HEH = '\u0647';
    /** U+0648 ARABIC LETTER WAW (و). */
    public static final char WAW = '\u0648';
    /** U+0649 ARABIC LETTER ALEF MAKSURA (ى). */
    public static final char ALEF_MAKSURA = '\u0649';
    /** U+064A ARABIC LETTER YEH (ي). */
    public static final char YEH = '\u064A';
    /** U+0671 ARABIC LETTER ALEF WASLA (ٱ). */
    public static final char ALEF_WASLA = '\u0671';
    /** U+06A9 ARABIC LETTER KEHEH (ک), the Persian kaf. */
    public static final char KEHEH = '\u06A9';
    /** U+06CC ARABIC LETTER FARSI YEH (ی). */
    public static final char FARSI_YEH = '\u06CC';
    /** The definite article ال. */
    public static final String ARTICLE = "\u0627\u0644";

    private ArabicLetters() {
    }

    /**
     * Whether {@code c} is an Arabic-script letter: the Arabic block's letters (hamza, alef ...
     * yeh, Persian and Urdu letters), Arabic Supplement and Extended-A letters, and the
     * presentation forms. Tatweel, digits, punctuation and diacritics are not letters.
     */
    public static boolean isArabicLetter(int c) {
        if (c < 0x0620) {
            return false;
        }
        if (c <= 0x06FF) {
            return (c <= 0x063F)
                    || (c >= 0x0641 && c <= 0x064A)
                    || c == 0x066E || c == 0x066F
                    || (c >= 0x0671 && c <= 0x06D3)
                    || c == 0x06D5
                    || c == 0x06EE || c == 0x06EF
                    || (c >= 0x06FA && c <= 0x06FC)
                    || c == 0x06FF;
        }
        return (c >= 0x0750 && c <= 0x077F)
                || (c >= 0x08A0 && c <= 0x08C9)
                || (c >= 0xFB50 && c <= 0xFDFB && c != 0xFD3E && c != 0xFD3F)
                || (c >= 0xFE70 && c <= 0xFEFC);
    }

    /** Whether {@code c} is an alef that carries or replaces a hamza or madda: أ إ آ ٱ. */
    public static boolean isHamzatedAlef(int c) {
        return c == ALEF_HAMZA_ABOVE || c == ALEF_HAMZA_BELOW || c == ALEF_MADDA || c == ALEF_WASLA;
    }

    /** Whether {@code c} is one of the hamza forms: ء, the hamzated alefs, ؤ and ئ. */
    public static boolean isHamzaForm(int c) {
        return c == HAMZA || isHamzatedAlef(c) || c == WAW_HAMZA || c == YEH_HAMZA;
    }

    /** Whether {@code c} is a letter of another script (Latin, Cyrillic ...), not Arabic. */
    public static boolean isForeignLetter(int c) {
        return Character.isLetter(c) && !isArabicLetter(c);
    }
}
