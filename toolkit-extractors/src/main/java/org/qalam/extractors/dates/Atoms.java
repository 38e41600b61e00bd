package org.qalam.extractors.dates;

import java.util.ArrayList;
import java.util.List;
import org.qalam.arabic.normalize.Normalizer;
import org.qalam.arabic.orthography.ArabicLetters;
import org.qalam.arabic.orthography.CharClasses;
import org.qalam.arabic.orthography.Clitics;
import org.qalam.arabic.orthography.LetterIndex;
import org.qalam.core.model.CliticGroup;
import org.qalam.core.model.Span;
import org.qalam.core.model.Token;
import org.qalam.core.model.TokenKind;
import org.qalam.core.model.Word;

/**
 * Makes the {@link Atom}s the grammar reads and gives each its matching key: the toolkit's search
 * normalization (diacritics and tatweel dropped, أ إ آ ٱ → ا, ى → ي, ة → ه), so that غداً, غدا and
 * غدًا, or الأحد and الاحد, are one word to the grammar; digits of every script read as ASCII.
 *
 * <p>An Arabic word token gives one atom per {@link CliticGroup} of the {@code words} layer, so
 * that the parts of a fused token reach the grammar like separate words, and the atom's span is
 * the group's {@link CliticGroup#coreSpan() core span}: a date of للعام 2025 starts after the
 * preposition. A token that fused-word repair cut but that is a word of the grammar's
 * {@link Vocabulary} (جانفي, not جان + في) stays one atom. Other tokens (digits, separators, Latin) are cut into runs of digits, runs of
 * letters and single marks, so that {@code 2023/05/10} and {@code 10:30} read the same whatever
 * the tokenizer kept together.
 */
final class Atoms {

    /** Letters a date word keeps after its proclitics are set apart: لعام, not ل + عا. */
    private static final int MIN_STEM = 3;

    /** The toolkit's search normalization, shared with the tokenizer's {@code norm}. */
    private static final Normalizer SEARCH = Normalizer.search();

    private Atoms() {
    }

    /** The atoms of the tokens, whose words are {@code words} (in text order), in text order. */
    static List<Atom> of(String text, List<Token> tokens, List<Word> words) {
        List<Atom> atoms = new ArrayList<>(tokens.size());
        int previousEnd = -1;
        int w = 0;
        for (Token token : tokens) {
            while (w < words.size() && words.get(w).start() < token.start()) {
                w++;
            }
            int first = w;
            while (w < words.size() && words.get(w).end() <= token.end()) {
                w++;
            }
            if (token.kind() == TokenKind.WORD && w == first + 1) {
                String key = key(text, token.start(), token.end(), Atom.Kind.WORD);
                atoms.add(new Atom(start(text, token, key), token.end(), key, Atom.Kind.WORD,
                        token.start() == previousEnd));
                previousEnd = token.end();
                continue;
            }
            if (token.kind() == TokenKind.WORD && w > first) {
                List<CliticGroup> groups = CliticGroup.of(words.subList(first, w));
                if (groups.size() > 1 && groups.get(0).isRepaired()) {
                    int start = groups.get(0).coreSpan().start();
                    String whole = key(text, token.start(), token.end(), Atom.Kind.WORD);
                    if (Vocabulary.WORDS.contains(whole) || Vocabulary.WORDS.contains(
                            key(text, start, token.end(), Atom.Kind.WORD))) {
                        atoms.add(new Atom(start, token.end(), whole, Atom.Kind.WORD,
                                token.start() == previousEnd));
                        previousEnd = token.end();
                        continue;
                    }
                }
                for (CliticGroup group : groups) {
                    Span core = group.coreSpan();
                    Span whole = group.span();
                    atoms.add(new Atom(core.start(), core.end(),
                            key(text, whole.start(), whole.end(), Atom.Kind.WORD), Atom.Kind.WORD,
                            whole.start() == previousEnd));
                    previousEnd = whole.end();
                }
                continue;
            }
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

    /**
     * Where a word the segmenter left whole starts as a date word: after one or two proclitic
     * letters when the rest is a word of the grammar's {@link Vocabulary} (والثلاثاء, لعام,
     * وبعد), so that the span follows the same rule as a cut word; else at the token.
     */
    private static int start(String text, Token token, String key) {
        for (int letters = 1; letters <= 2 && key.length() - letters >= MIN_STEM; letters++) {
            String rest = key.substring(letters);
            char last = key.charAt(letters - 1);
            boolean clitics = letters == 1 ? Clitics.isConjunction(last) || Clitics.isPreposition(last)
                    : Clitics.isConjunction(key.charAt(0)) && Clitics.isPreposition(last);
            boolean sharedLam = rest.charAt(0) == ArabicLetters.LAM && last == ArabicLetters.LAM;
            if (clitics && (Vocabulary.WORDS.contains(rest)
                    || sharedLam && Vocabulary.WORDS.contains(ArabicLetters.ARTICLE
                            + rest.substring(1)))) {
                return LetterIndex.of(text, token.start(), token.end()).charStart(letters);
            }
        }
        return token.start();
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

    /** A letter of any script, or tatweel, which stretches one. */
    private static boolean isLetter(char c) {
        return ArabicLetters.isArabicLetter(c) || ArabicLetters.isForeignLetter(c)
                || c == ArabicLetters.TATWEEL;
    }

    /** A char inside a word that is none of its letters: a combining mark or an invisible control. */
    private static boolean isMark(char c) {
        return CharClasses.isCombiningMark(c) || CharClasses.isZeroWidth(c)
                || CharClasses.isBidiControl(c);
    }
}
