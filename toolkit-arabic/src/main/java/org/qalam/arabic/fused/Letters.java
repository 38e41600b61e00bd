package org.qalam.arabic.fused;

/** Character classes of the splitter: Arabic letters, marks that ride on them, digits, Latin. */
final class Letters {

    static final char ALEF = '\u0627';
    static final char ALEF_HAMZA_ABOVE = '\u0623';
    static final char ALEF_HAMZA_BELOW = '\u0625';
    static final char ALEF_MAKSURA = '\u0649';
    static final char YEH = '\u064A';
    static final char HEH = '\u0647';
    static final char TEH_MARBUTA = '\u0629';
    static final char WAW = '\u0648';
    static final char FEH = '\u0641';
    static final char TATWEEL = '\u0640';

    private Letters() {}

    /** An Arabic letter that can start or end a word (hamza through yeh, and the extended letters). */
    static boolean isArabicLetter(char c) {
        return (c >= '\u0621' && c <= '\u063A')
                || (c >= '\u0641' && c <= '\u064A')
                || (c >= '\u0671' && c <= '\u06D3')
                || (c >= '\u06FA' && c <= '\u06FC');
    }

    /** Harakat, shadda, sukun, superscript alef, Quranic marks and tatweel: never a word boundary. */
    static boolean isMark(char c) {
        return (c >= '\u064B' && c <= '\u065F')
                || c == '\u0670'
                || c == TATWEEL
                || (c >= '\u06D6' && c <= '\u06ED');
    }

    /** A decimal digit of any script (ASCII, Arabic-Indic, extended Arabic-Indic). */
    static boolean isDigit(char c) {
        return Character.isDigit(c);
    }

    /** A letter of a non-Arabic script (Latin and others). */
    static boolean isForeignLetter(char c) {
        return Character.isLetter(c) && !isArabicLetter(c) && !isMark(c);
    }
}
