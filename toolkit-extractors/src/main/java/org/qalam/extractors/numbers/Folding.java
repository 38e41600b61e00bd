package org.qalam.extractors.numbers;

/**
 * The letter folding number words are matched under: hamza-carrying alefs to ا, ى to ي, ة to ه,
 * diacritics, tatweel and bidi marks removed, digits of every script to ASCII.
 *
 * <p>It agrees with the tokenizer's {@code norm} and is idempotent, so the parser accepts both raw
 * words and normalized ones.
 */
final class Folding {

    private static final char ALEF = '\u0627';
    private static final char ALEF_MADDA = '\u0622';
    private static final char ALEF_HAMZA_ABOVE = '\u0623';
    private static final char ALEF_HAMZA_BELOW = '\u0625';
    private static final char ALEF_WASLA = '\u0671';
    private static final char ALEF_MAKSURA = '\u0649';
    private static final char YEH = '\u064A';
    private static final char TEH_MARBUTA = '\u0629';
    private static final char HEH = '\u0647';
    private static final char TATWEEL = '\u0640';

    private Folding() {
    }

    /** The folded form of {@code word}. */
    static String fold(CharSequence word) {
        StringBuilder folded = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            switch (c) {
                case ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA -> folded.append(ALEF);
                case ALEF_MAKSURA -> folded.append(YEH);
                case TEH_MARBUTA -> folded.append(HEH);
                default -> {
                    if (c >= '\u0660' && c <= '\u0669') {
                        folded.append((char) ('0' + c - '\u0660'));
                    } else if (c >= '\u06F0' && c <= '\u06F9') {
                        folded.append((char) ('0' + c - '\u06F0'));
                    } else if (!isIgnorable(c)) {
                        folded.append(c);
                    }
                }
            }
        }
        return folded.toString();
    }

    /** Harakat, dagger alef, Quranic marks, tatweel and invisible bidi controls. */
    static boolean isIgnorable(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == TATWEEL
                || (c >= '\u06D6' && c <= '\u06ED')
                || c == '\u200E' || c == '\u200F' || c == '\u061C'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
