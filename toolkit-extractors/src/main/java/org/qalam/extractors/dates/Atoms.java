package org.qalam.extractors.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.qalam.core.model.Token;

/**
 * Cuts tokens into {@link Atom}s and gives each its matching key. The key drops diacritics and
 * tatweel and unifies the letters that spelling varies on (أ إ آ ٱ → ا, ى → ي, ة → ه), so that
 * غداً, غدا and غدًا, or الأحد and الاحد, are one word to the grammar.
 */
final class Atoms {

    private static final char TATWEEL = '\u0640';
    private static final char ALEF = '\u0627';
    private static final char ALEF_MADDA = '\u0622';
    private static final char ALEF_HAMZA_ABOVE = '\u0623';
    private static final char ALEF_HAMZA_BELOW = '\u0625';
    private static final char ALEF_WASLA = '\u0671';
    private static final char ALEF_MAKSURA = '\u0649';
    private static final char YEH = '\u064A';
    private static final char FARSI_YEH = '\u06CC';
    private static final char TEH_MARBUTA = '\u0629';
    private static final char HEH = '\u0647';
    private static final char KEHEH = '\u06A9';
    private static final char KAF = '\u0643';

    private Atoms() {
    }

    /** The atoms of the tokens, in text order. */
    static List<Atom> of(String text, List<Token> tokens) {
        List<Atom> atoms = new ArrayList<>();
        int previousEnd = -1;
        for (Token token : tokens) {
            int i = token.start();
            int end = token.end();
            while (i < end) {
                int start = i;
                char c = text.charAt(i);
                Atom.Kind kind;
                if (Character.isDigit(c)) {
                    kind = Atom.Kind.DIGITS;
                    while (i < end && Character.isDigit(text.charAt(i))) {
                        i++;
                    }
                } else if (isLetter(c)) {
                    kind = Atom.Kind.WORD;
                    while (i < end && (isLetter(text.charAt(i)) || isMark(text.charAt(i)))) {
                        i++;
                    }
                } else if (Character.isWhitespace(c) || isMark(c)) {
                    i++;
                    continue;
                } else {
                    kind = Atom.Kind.MARK;
                    i += Character.charCount(text.codePointAt(i));
                }
                String key = key(text, start, i, kind);
                atoms.add(new Atom(start, i, key, kind, start == previousEnd));
                previousEnd = i;
            }
        }
        return atoms;
    }

    /** The matching key of a word as the grammar's word lists spell it. */
    static String key(String word) {
        return key(word, 0, word.length(), Atom.Kind.WORD);
    }

    private static String key(String text, int start, int end, Atom.Kind kind) {
        StringBuilder key = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (kind == Atom.Kind.DIGITS) {
                key.append((char) ('0' + Character.digit(c, 10)));
                continue;
            }
            switch (c) {
                case TATWEEL -> { }
                case ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA -> key.append(ALEF);
                case ALEF_MAKSURA, FARSI_YEH -> key.append(YEH);
                case TEH_MARBUTA -> key.append(HEH);
                case KEHEH -> key.append(KAF);
                default -> {
                    if (!isMark(c)) {
                        key.append(c);
                    }
                }
            }
        }
        return kind == Atom.Kind.WORD ? key.toString().toLowerCase(Locale.ROOT) : key.toString();
    }

    private static boolean isLetter(char c) {
        return Character.isLetter(c) || c == TATWEEL;
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.FORMAT;
    }
}
