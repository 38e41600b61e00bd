package org.qalam.language.names;

/**
 * The two string forms entity matching needs: a lookup key that forgives spelling variation
 * (hamza seats, alef maqsura, ta marbuta, diacritics) and a clean display form.
 *
 * <p>News text writes the same name as إسرائيل, اسرائيل or اسراييل and مكة or مكه; gazetteers list
 * one spelling, so both sides are reduced to the same key. Both methods are pure and allocate one
 * string.
 */
public final class ArabicKey {

    private static final char ALEF = '\u0627';
    private static final char ALEF_MADDA = '\u0622';
    private static final char ALEF_HAMZA_ABOVE = '\u0623';
    private static final char ALEF_HAMZA_BELOW = '\u0625';
    private static final char ALEF_WASLA = '\u0671';
    private static final char WAW_HAMZA = '\u0624';
    private static final char WAW = '\u0648';
    private static final char YEH_HAMZA = '\u0626';
    private static final char ALEF_MAKSURA = '\u0649';
    private static final char YEH = '\u064A';
    private static final char FARSI_YEH = '\u06CC';
    private static final char TEH_MARBUTA = '\u0629';
    private static final char HEH = '\u0647';
    private static final char KEHEH = '\u06A9';
    private static final char KAF = '\u0643';
    private static final char TATWEEL = '\u0640';

    private ArabicKey() {
    }

    /** The matching key: no diacritics or tatweel, alef and hamza seats unified, ى → ي, ة → ه. */
    public static String of(CharSequence text) {
        if (text instanceof String string && isKey(string)) {
            return string;
        }
        StringBuilder key = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA -> key.append(ALEF);
                case WAW_HAMZA -> key.append(WAW);
                case YEH_HAMZA, ALEF_MAKSURA, FARSI_YEH -> key.append(YEH);
                case TEH_MARBUTA -> key.append(HEH);
                case KEHEH -> key.append(KAF);
                default -> {
                    if (!isMark(c)) {
                        key.append(c);
                    }
                }
            }
        }
        return key.toString();
    }

    /** The display form of a name: the text without diacritics and tatweel, spelling kept. */
    public static String clean(CharSequence text) {
        if (text instanceof String string && !hasMark(string)) {
            return string;
        }
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isMark(c)) {
                clean.append(c);
            }
        }
        return clean.toString();
    }

    /** Whether {@code text} is already its own key (the common case: nothing to rewrite). */
    private static boolean isKey(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA, WAW_HAMZA, YEH_HAMZA,
                        ALEF_MAKSURA, FARSI_YEH, TEH_MARBUTA, KEHEH -> {
                    return false;
                }
                default -> {
                    if (isMark(c)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static boolean hasMark(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isMark(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Arabic diacritics (harakat, tanween, shadda, sukun, dagger alef, Quranic marks) and tatweel. */
    public static boolean isMark(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == TATWEEL
                || (c >= '\u06D6' && c <= '\u06ED') || (c >= '\u0610' && c <= '\u061A');
    }
}
