package org.qalam.arabic.orthography;

/**
 * The code point classes besides letters and marks that the Arabic text layer agrees on: digits
 * of any script, invisible controls, presentation forms and emoji.
 *
 * <p>Why one place: the normalizer, tokenizer and segmenters must draw the same lines (a ZWJ
 * inside an emoji sequence is not a control to drop). Every test is a few integer comparisons,
 * cheap enough for the innermost loops. Letters are {@link ArabicLetters}, marks
 * {@link ArabicMarks}.
 */
public final class CharClasses {

    /** U+200C ZERO WIDTH NON-JOINER. */
    public static final char ZWNJ = '\u200C';
    /** U+200D ZERO WIDTH JOINER. */
    public static final char ZWJ = '\u200D';
    /** U+FE0F VARIATION SELECTOR-16 (emoji presentation). */
    public static final char VS16 = '\uFE0F';

    private CharClasses() {
    }


    /** Whether {@code c} lies in the Arabic presentation-form blocks (ligatures, shaped letters). */
    public static boolean isPresentationForm(int c) {
        return (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFE);
    }

    /** Whether {@code c} is an Arabic-Indic digit (U+0660–U+0669). */
    public static boolean isArabicIndicDigit(int c) {
        return c >= 0x0660 && c <= 0x0669;
    }

    /** Whether {@code c} is an Extended Arabic-Indic (Persian, Urdu) digit (U+06F0–U+06F9). */
    public static boolean isPersianDigit(int c) {
        return c >= 0x06F0 && c <= 0x06F9;
    }

    /** Whether {@code c} is a decimal digit of any script (ASCII, Arabic-Indic, Persian, ...). */
    public static boolean isDigit(int c) {
        if (c <= '9') {
            return c >= '0';
        }
        return c >= 0x0660 && (isArabicIndicDigit(c) || isPersianDigit(c) || Character.isDigit(c));
    }

    /** The ASCII digit with the same value as the decimal digit {@code c}. */
    public static char asciiDigit(int c) {
        return (char) ('0' + Character.digit(c, 10));
    }

    /**
     * Whether {@code c} is a bidirectional formatting control: ALM U+061C, LRM U+200E, RLM
     * U+200F, the embeddings and overrides U+202A–U+202E and the isolates U+2066–U+2069.
     */
    public static boolean isBidiControl(int c) {
        return c == 0x061C || c == 0x200E || c == 0x200F
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /**
     * Whether {@code c} is an invisible zero-width char: ZWSP U+200B, ZWNJ, ZWJ, word joiner
     * U+2060, the byte-order mark U+FEFF, and the soft hyphen U+00AD.
     */
    public static boolean isZeroWidth(int c) {
        return (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF || c == 0x00AD;
    }

    /**
     * Whether {@code c} is a pictographic emoji base (the emoji blocks of plane 1, miscellaneous
     * symbols and dingbats, and the few emoji scattered in other blocks).
     */
    public static boolean isEmoji(int c) {
        if (c >= 0x1F000) {
            return c <= 0x1FAFF;
        }
        return (c >= 0x2600 && c <= 0x27BF)
                || c == 0x231A || c == 0x231B || c == 0x2328 || c == 0x23CF
                || (c >= 0x23E9 && c <= 0x23FA)
                || (c >= 0x2B05 && c <= 0x2B07) || c == 0x2B1B || c == 0x2B1C
                || c == 0x2B50 || c == 0x2B55
                || c == 0x3030 || c == 0x303D || c == 0x3297 || c == 0x3299;
    }

    /**
     * Whether {@code c} continues an emoji sequence without being a base: variation selectors,
     * skin-tone modifiers, the combining keycap U+20E3 and tag characters.
     */
    public static boolean isEmojiModifier(int c) {
        return c == VS16 || c == 0xFE0E || (c >= 0x1F3FB && c <= 0x1F3FF) || c == 0x20E3
                || (c >= 0xE0020 && c <= 0xE007F);
    }

    /** Whether {@code c} is a combining mark (general category Mn, Mc or Me). */
    public static boolean isCombiningMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
