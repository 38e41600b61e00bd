package org.qalam.language.names;

import static org.qalam.arabic.orthography.ArabicLetters.ALEF;
import static org.qalam.arabic.orthography.ArabicLetters.ALEF_HAMZA_ABOVE;
import static org.qalam.arabic.orthography.ArabicLetters.ALEF_HAMZA_BELOW;
import static org.qalam.arabic.orthography.ArabicLetters.ALEF_MADDA;
import static org.qalam.arabic.orthography.ArabicLetters.ALEF_MAKSURA;
import static org.qalam.arabic.orthography.ArabicLetters.ALEF_WASLA;
import static org.qalam.arabic.orthography.ArabicLetters.FARSI_YEH;
import static org.qalam.arabic.orthography.ArabicLetters.HEH;
import static org.qalam.arabic.orthography.ArabicLetters.KAF;
import static org.qalam.arabic.orthography.ArabicLetters.KEHEH;
import static org.qalam.arabic.orthography.ArabicLetters.TEH_MARBUTA;
import static org.qalam.arabic.orthography.ArabicLetters.WAW;
import static org.qalam.arabic.orthography.ArabicLetters.WAW_HAMZA;
import static org.qalam.arabic.orthography.ArabicLetters.YEH;
import static org.qalam.arabic.orthography.ArabicLetters.YEH_HAMZA;

import org.qalam.arabic.orthography.ArabicMarks;

/**
 * The two string forms entity matching needs: a lookup key that forgives spelling variation
 * (hamza seats, alef maqsura, ta marbuta, diacritics) and a clean display form.
 *
 * <p>News text writes the same name as إسرائيل, اسرائيل or اسراييل and مكة or مكه; gazetteers list
 * one spelling, so both sides are reduced to the same key. Both methods are pure and allocate one
 * string.
 */
public final class ArabicKey {


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

    /** The orthography's silent chars: diacritics, tatweel and zero-width joiners. */
    private static boolean isMark(char c) {
        return ArabicMarks.isSilent(c);
    }
}
