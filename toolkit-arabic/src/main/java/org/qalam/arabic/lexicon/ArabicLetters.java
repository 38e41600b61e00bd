package org.qalam.arabic.lexicon;

/** Character helpers for look-ups: removes the marks that never change which word is written. */
final class ArabicLetters {

    private static final char TATWEEL = '\u0640';
    private static final char FATHATAN = '\u064B';
    private static final char SUKUN = '\u0652';
    private static final char SUPERSCRIPT_ALEF = '\u0670';

    private ArabicLetters() {}

    /** Whether {@code c} is a harakah, shadda, sukun, superscript alef or tatweel. */
    static boolean isIgnorable(char c) {
        return (c >= FATHATAN && c <= SUKUN) || c == SUPERSCRIPT_ALEF || c == TATWEEL;
    }

    /** {@code s} without diacritics and tatweel; returns the same characters otherwise. */
    static String strip(CharSequence s) {
        int n = s.length();
        int i = 0;
        while (i < n && !isIgnorable(s.charAt(i))) {
            i++;
        }
        if (i == n) {
            return s.toString();
        }
        StringBuilder b = new StringBuilder(n).append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (!isIgnorable(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
