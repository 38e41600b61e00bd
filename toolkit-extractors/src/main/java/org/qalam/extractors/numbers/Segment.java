package org.qalam.extractors.numbers;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.qalam.arabic.normalize.Normalizer;
import org.qalam.arabic.orthography.ArabicMarks;
import org.qalam.arabic.orthography.CharClasses;
import org.qalam.core.model.CliticGroup;
import org.qalam.core.model.Span;
import org.qalam.core.model.Token;
import org.qalam.core.model.TokenKind;
import org.qalam.core.model.Word;
import org.qalam.language.numbers.ArabicNumberParser;

/**
 * One word for {@link ArabicNumberParser}: a {@link CliticGroup} of the {@code words} layer (one
 * per written word, so a fused token gives several), or digits and separators joined, with its
 * place in the text; a blocked segment is digits glued to a letter (20دولار), or the letters
 * glued to them; an era marker (2018م) is not glued.
 *
 * <p>Why: the tokenizer splits ٣/٤ and ١،٢٣٤،٥٦٧ at their separators; joined again and read from
 * the original text, they keep the meaning of ٫ and ٬ that a normalized form would lose. Words
 * come from the words layer as they are, so the clitics of وبثلاثة are the segmenter's.
 *
 * @param group the words the parser reads
 * @param word the folded spelling of the group, clitics included
 * @param kind the token kind, {@code NUMBER} for joined digits
 * @param blocked whether no number may use this segment
 */
record Segment(CliticGroup group, String word, TokenKind kind, boolean blocked) {

    /** م and هـ after a year (2018م, 1439هـ): Gregorian and Hijri, not glued letters. */
    private static final Set<String> ERA_MARKERS = Set.of("م", "ه");

    private static final Normalizer FOLDING = Normalizer.search();
    private static final ArabicNumberParser PARSER = ArabicNumberParser.instance();

    private static final String GROUP_SPACES = " \u00A0\u202F";

    /** نص, the dialects' half (مليون ونص, نص مليون), and the word the parser knows for it. */
    private static final String DIALECT_HALF = "نص";
    private static final String HALF = "نصف";

    /** The letter ر as news agencies write the decimal separator: 3ر5 مليار is 3.5 billion. */
    private static final char NEWSWIRE_DECIMAL = '\u0631';

    /** Start of the segment, clitics included. */
    int start() {
        return group.span().start();
    }

    /** End of the segment, clitics included. */
    int end() {
        return group.span().end();
    }

    /** Whether the segment is an Arabic word. */
    boolean isWord() {
        return kind == TokenKind.WORD;
    }

    /**
     * Whether the segment is the dialects' نص, which the parser reads as نصف: a half only after
     * a number (تلاتة ونص) or before a scale (نص مليون), since alone it is mostly a text.
     */
    boolean isDialectHalf() {
        return isWord() && group.stem().folded().equals(HALF) && !word.endsWith(HALF);
    }

    /** The segments of {@code text}, whose tokens are {@code tokens} and words {@code words}. */
    static List<Segment> of(String text, List<Token> tokens, List<Word> words) {
        List<Segment> segments = new ArrayList<>(tokens.size());
        TokenWords tokenWords = new TokenWords(words);
        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            if (!startsNumber(text, tokens, i)) {
                addWords(text, token, tokenWords.of(token), false, segments);
                i++;
                continue;
            }
            int last = numberEnd(text, tokens, i);
            boolean glued = last + 1 < tokens.size() && touching(text, tokens.get(last),
                    tokens.get(last + 1)) && isLetters(tokens.get(last + 1).kind())
                    && !ERA_MARKERS.contains(tokens.get(last + 1).norm());
            addNumber(text, tokens, i, last, glued, segments);
            if (glued) {
                Token letters = tokens.get(last + 1);
                addWords(text, letters, tokenWords.of(letters), true, segments);
                last++;
            }
            i = last + 1;
        }
        return segments;
    }

    /** Adds the digits of tokens [first, last] as one word, or run by run if they are no number. */
    private static void addNumber(String text, List<Token> tokens, int first, int last,
                                  boolean glued, List<Segment> segments) {
        int start = tokens.get(first).start();
        int end = tokens.get(last).end();
        String word = withoutGroupSpaces(FOLDING.normalize(text.substring(start, end)))
                .replace(NEWSWIRE_DECIMAL, '\u066B');
        if (PARSER.isDigitNumber(word)) {
            segments.add(digits(start, end, text.substring(start, end), word, glued));
            return;
        }
        int i = start;
        while (i < end) {
            int runEnd = i + 1;
            boolean digit = Character.isDigit(text.charAt(i));
            while (digit && runEnd < end && Character.isDigit(text.charAt(runEnd))) {
                runEnd++;
            }
            if (!Character.isWhitespace(text.charAt(i))) {
                String run = text.substring(i, runEnd);
                Word piece = Word.stem(Span.of(i, runEnd), run, run);
                segments.add(new Segment(new CliticGroup(List.of(piece)), run,
                        digit ? TokenKind.NUMBER : TokenKind.PUNCT, glued && runEnd == end));
            }
            i = runEnd;
        }
    }

    /**
     * Adds a segment per clitic group of the token's words; a token that fused-word repair cut
     * but that is a number word whole (تلتمية is not تلت + مية) stays one segment.
     */
    private static void addWords(String text, Token token, List<Word> words, boolean blocked,
                                 List<Segment> segments) {
        if (words.size() == 1 && words.get(0).span().equals(token.span())) {
            segments.add(new Segment(readable(new CliticGroup(words)), token.norm(), token.kind(),
                    blocked));
            return;
        }
        List<CliticGroup> groups = CliticGroup.of(words);
        if (words.isEmpty() || groups.size() > 1 && groups.get(0).isRepaired()
                && PARSER.isNumberWord(token.norm())) {
            Word whole = Word.stem(token.span(), token.text(), token.norm());
            segments.add(new Segment(new CliticGroup(List.of(whole)), token.norm(), token.kind(),
                    blocked));
            return;
        }
        for (CliticGroup group : groups) {
            Span span = group.span();
            String word = FOLDING.normalize(text.subSequence(span.start(), span.end()));
            segments.add(new Segment(readable(group), word, token.kind(), blocked));
        }
    }

    /**
     * The group as the parser reads it: its stem نص (ونص, نص مليون) as نصف; not النص, the
     * text.
     */
    private static CliticGroup readable(CliticGroup group) {
        Word stem = group.stem();
        if (!stem.folded().equals(DIALECT_HALF) || group.isDefinite()) {
            return group;
        }
        List<Word> words = new ArrayList<>(group.words());
        words.set(words.indexOf(stem), new Word(stem.span(), HALF, stem.role(), HALF,
                stem.repaired()));
        return new CliticGroup(words);
    }

    private static Segment digits(int start, int end, String text, String word, boolean glued) {
        Word number = Word.stem(Span.of(start, end), text, word);
        return new Segment(new CliticGroup(List.of(number)), word, TokenKind.NUMBER, glued);
    }

    /** Hands out each token's words from the words layer, walking both in text order. */
    private static final class TokenWords {
        private final List<Word> words;
        private int next;

        TokenWords(List<Word> words) {
            this.words = words;
        }

        /** The words inside {@code token}. */
        List<Word> of(Token token) {
            while (next < words.size() && words.get(next).start() < token.start()) {
                next++;
            }
            int first = next;
            while (next < words.size() && words.get(next).end() <= token.end()) {
                next++;
            }
            return words.subList(first, next);
        }
    }

    /** Whether a number starts at token {@code i}: digits, or a sign or point touching digits. */
    private static boolean startsNumber(String text, List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (isDigits(token.kind())) {
            return true;
        }
        return token.kind() == TokenKind.PUNCT && token.span().length() == 1
                && "-+\u2212.\u066B".indexOf(token.text().charAt(0)) >= 0
                && i + 1 < tokens.size() && isDigits(tokens.get(i + 1).kind())
                && touching(text, token, tokens.get(i + 1))
                && (i == 0 || !touching(text, tokens.get(i - 1), token));
    }

    /**
     * Index of the last token of the number starting at {@code first}: digits joined by a
     * separator that touches both sides (٣/٤, ١،٢٣٤, 3ر5), or by single spaces in groups of
     * three (١ ٢٣٤ ٥٦٧).
     */
    private static int numberEnd(String text, List<Token> tokens, int first) {
        int last = isDigits(tokens.get(first).kind()) ? first : first + 1;
        while (last + 2 < tokens.size()) {
            Token separator = tokens.get(last + 1);
            Token next = tokens.get(last + 2);
            if (tokens.get(last).kind() == TokenKind.NUMBER && isSeparator(separator)
                    && isDigits(next.kind()) && touching(text, tokens.get(last), separator)
                    && touching(text, separator, next)) {
                last += 2;
            } else {
                break;
            }
        }
        return spacedGroupsEnd(text, tokens, first, last);
    }

    /**
     * Extends a 1-3 digit number over following groups of three digits: two or more after plain
     * spaces (١ ٢٣٤ ٥٦٧), one or more after no-break spaces (12\u00A0500).
     */
    private static int spacedGroupsEnd(String text, List<Token> tokens, int first, int last) {
        if (first != last || !isPlainDigits(tokens.get(first).text(), 1, 3)) {
            return last;
        }
        int end = first;
        while (end + 1 < tokens.size() && isPlainDigits(tokens.get(end + 1).text(), 3, 3)
                && isGroupSpace(text, tokens.get(end).end(), tokens.get(end + 1).start())) {
            end++;
        }
        boolean noBreak = end > first && text.charAt(tokens.get(first).end()) != ' ';
        return end - first >= 2 || noBreak ? end : last;
    }

    /** Whether {@code [from, to)} is one space, no-break space or narrow no-break space. */
    private static boolean isGroupSpace(String text, int from, int to) {
        return to == from + 1 && GROUP_SPACES.indexOf(text.charAt(from)) >= 0;
    }

    private static String withoutGroupSpaces(String word) {
        StringBuilder compact = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            if (GROUP_SPACES.indexOf(word.charAt(i)) < 0) {
                compact.append(word.charAt(i));
            }
        }
        return compact.toString();
    }

    private static boolean isPlainDigits(String s, int min, int max) {
        if (s.length() < min || s.length() > max) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSeparator(Token token) {
        return token.span().length() == 1
                && "/,.\u060C\u066B\u066C'".indexOf(token.text().charAt(0)) >= 0
                || token.text().equals(String.valueOf(NEWSWIRE_DECIMAL));
    }

    private static boolean isDigits(TokenKind kind) {
        return kind == TokenKind.NUMBER || kind == TokenKind.PERCENT;
    }

    private static boolean isLetters(TokenKind kind) {
        return kind == TokenKind.WORD || kind == TokenKind.LATIN;
    }

    /** Whether nothing but invisible marks lies between the two tokens. */
    private static boolean touching(String text, Token left, Token right) {
        for (int i = left.end(); i < right.start(); i++) {
            if (!isIgnorable(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Chars folding drops without a trace: silent marks and invisible bidi controls. */
    private static boolean isIgnorable(char c) {
        return ArabicMarks.isSilent(c) || CharClasses.isBidiControl(c);
    }
}
