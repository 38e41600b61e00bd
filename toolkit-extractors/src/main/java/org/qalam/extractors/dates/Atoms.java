package org.qalam.extractors.dates;

import java.util.ArrayList;
import java.util.List;
import org.qalam.arabic.normalize.Normalizer;
import org.qalam.core.model.Token;

/**
 * Cuts tokens into {@link Atom}s and gives each its matching key: the toolkit's search
 * normalization (diacritics and tatweel dropped, أ إ آ ٱ → ا, ى → ي, ة → ه), so that غداً, غدا and
 * غدًا, or الأحد and الاحد, are one word to the grammar; digits of every script read as ASCII.
 */
final class Atoms {

    /** The toolkit's search normalization, shared with the tokenizer's {@code norm}. */
    private static final Normalizer SEARCH = Normalizer.search();

    private static final char TATWEEL = '\u0640';

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
        if (kind == Atom.Kind.DIGITS) {
            for (int i = start; i < end; i++) {
                key.append((char) ('0' + Character.digit(text.charAt(i), 10)));
            }
            return key.toString();
        }
        SEARCH.appendNormalized(text, start, end, key);
        return key.toString();
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
