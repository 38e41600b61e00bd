package org.qalam.extractors.numbers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.qalam.core.model.Document;
import org.qalam.core.model.Layers;
import org.qalam.core.model.Mention;
import org.qalam.core.model.Token;
import org.qalam.core.model.TokenKind;
import org.qalam.core.spi.ExtractionContext;
import org.qalam.core.spi.Extractor;

/**
 * Finds numbers in the {@code tokens} layer and reports each as a {@code number} mention whose
 * value is a plain decimal string, with attributes {@code kind} and, where a unit or counted noun
 * follows, {@code unit} (12 ألف شخص: value 12000, span 12 ألف, unit شخص).
 *
 * <p>Tokens become the words of {@link ArabicNumberParser}: a word token gives its {@code norm};
 * digits and separators that touch (١٬٢٥٠٬٠٠٠, ٣/٤, ١،٢٣٤،٥٦٧) are joined into one word read from
 * the original text, so that ٫ and ٬ keep their meaning. The longest expression wins, left to
 * right. Clitics before a number word (و, ب) stay outside the span; digits glued to a following
 * letter (20دولار) are no number. Stateless and thread-safe.
 */
final class NumbersExtractor implements Extractor {

    static final String TYPE = "number";
    static final String KIND = "kind";
    static final String UNIT = "unit";

    private static final Set<String> PRONOUN_QUANTIFIERS = Set.of("اي", "كل");
    /** ربع نهائي, ثمن النهائي: the quarter-final and the round of sixteen, no fractions. */
    private static final Set<String> ROUNDS = Set.of("نهائي", "النهائي");
    /** Month names whose second word is an ordinal: كانون الأول, تشرين الثاني, ربيع الأول. */
    private static final Set<String> MONTH_HEADS = Set.of("كانون", "تشرين", "ربيع", "جمادي");

    private final ArabicNumberParser parser = ArabicNumberParser.instance();

    @Override
    public List<Mention> extract(Document document, ExtractionContext context) {
        List<Segment> segments = Segment.of(document.text(), document.select(Layers.TOKENS));
        List<String> words = new ArrayList<>(segments.size());
        for (Segment segment : segments) {
            words.add(segment.word());
        }
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < segments.size()) {
            Optional<NumberMatch> match = segments.get(i).blocked() ? Optional.empty()
                    : parser.parse(words, i).filter(m -> accepted(m, segments));
            if (match.isEmpty()) {
                i++;
                continue;
            }
            mentions.add(mention(document, segments, match.get()));
            i = match.get().end();
        }
        return mentions;
    }

    /**
     * Rejects a match over a blocked segment; a lone متين after a word: Egyptian for two
     * hundred, but in Modern Standard Arabic the adjective "solid"; واحد as a pronoun after
     * أي or كل (أي واحد تفضل؟ "which one"); the ordinal of a month name (كانون الأول); في
     * المئة without its number; and the fraction that names a knock-out round (ربع النهائي).
     */
    private static boolean accepted(NumberMatch match, List<Segment> segments) {
        for (int i = match.start(); i < match.end(); i++) {
            if (segments.get(i).blocked()) {
                return false;
            }
        }
        if (match.kind() == NumberKind.FRACTION && match.end() < segments.size()
                && ROUNDS.contains(Folding.fold(segments.get(match.end()).word()))) {
            return false;
        }
        if (match.wordCount() > 1 || match.start() == 0 || match.digits()) {
            return true;
        }
        String word = Folding.fold(segments.get(match.start()).word());
        String before = Folding.fold(segments.get(match.start() - 1).word());
        if (word.equals("متين")) {
            return !segments.get(match.start() - 1).isWord();
        }
        if (match.kind() == NumberKind.ORDINAL && MONTH_HEADS.contains(before)) {
            return false;
        }
        if (before.equals("في") && match.kind() == NumberKind.ORDINAL
                && match.plainValue().equals("100")) {
            return false;
        }
        return !(PRONOUN_QUANTIFIERS.contains(before) && match.plainValue().equals("1"));
    }

    private static Mention mention(Document document, List<Segment> segments, NumberMatch match) {
        Segment first = segments.get(match.start());
        int start = first.start() + prefixLength(document.text(), first.start(),
                match.prefix().length());
        int end = segments.get(match.end() - 1).end();
        Mention.Builder builder = Mention.builder(document, TYPE, start, end)
                .value(match.plainValue())
                .attribute(KIND, match.kind().label());
        if (match.kind() != NumberKind.PERCENT && match.kind() != NumberKind.ORDINAL) {
            unit(segments, match).ifPresent(unit -> builder.attribute(UNIT, unit));
        }
        return builder.build();
    }

    private static Optional<String> unit(List<Segment> segments, NumberMatch match) {
        int after = match.end();
        if (after < segments.size()) {
            String next = after + 1 < segments.size() ? segments.get(after + 1).word() : null;
            Optional<String> unit = NumberUnits.of(segments.get(after).word(), next);
            if (unit.isPresent()) {
                return unit;
            }
        }
        int before = match.start() - 1;
        if (before >= 0 && segments.get(before).kind() == TokenKind.SYMBOL) {
            return NumberUnits.of(segments.get(before).word());
        }
        return Optional.empty();
    }

    /** Chars of the text at {@code from} that spell {@code letters} clitic letters and their marks. */
    private static int prefixLength(String text, int from, int letters) {
        int i = from;
        int seen = 0;
        while (seen < letters && i < text.length()) {
            if (!Folding.isIgnorable(text.charAt(i))) {
                seen++;
            }
            i++;
        }
        while (seen > 0 && i < text.length() && Folding.isIgnorable(text.charAt(i))) {
            i++;
        }
        return i - from;
    }

    /**
     * One word for the parser: a token, or digits and separators joined, with its place in the
     * text; a blocked segment is digits glued to a letter, or the letters glued to them.
     */
    record Segment(int start, int end, String word, TokenKind kind, boolean blocked) {

        /** The letter ر as news agencies write the decimal separator: 3ر5 مليار is 3.5 billion. */
        private static final char NEWSWIRE_DECIMAL = '\u0631';

        boolean isWord() {
            return kind == TokenKind.WORD;
        }

        static List<Segment> of(String text, List<Token> tokens) {
            List<Segment> segments = new ArrayList<>(tokens.size());
            int i = 0;
            while (i < tokens.size()) {
                Token token = tokens.get(i);
                if (!startsNumber(text, tokens, i)) {
                    segments.add(new Segment(token.start(), token.end(), token.norm(),
                            token.kind(), false));
                    i++;
                    continue;
                }
                int last = numberEnd(text, tokens, i);
                boolean glued = last + 1 < tokens.size() && touching(text, tokens.get(last),
                        tokens.get(last + 1)) && isLetters(tokens.get(last + 1).kind());
                addNumber(text, tokens, i, last, glued, segments);
                if (glued) {
                    Token letters = tokens.get(last + 1);
                    segments.add(new Segment(letters.start(), letters.end(), letters.norm(),
                            letters.kind(), true));
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
            String word = Folding.fold(text.substring(start, end)).replace(" ", "")
                    .replace(NEWSWIRE_DECIMAL, '\u066B');
            if (DigitNumber.parse(word).isPresent()) {
                segments.add(new Segment(start, end, word, TokenKind.NUMBER, glued));
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
                    segments.add(new Segment(i, runEnd, text.substring(i, runEnd),
                            digit ? TokenKind.NUMBER : TokenKind.PUNCT, glued && runEnd == end));
                }
                i = runEnd;
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

        /** Extends a 1-3 digit number over two or more following groups of three digits. */
        private static int spacedGroupsEnd(String text, List<Token> tokens, int first, int last) {
            if (first != last || !isPlainDigits(tokens.get(first).text(), 1, 3)) {
                return last;
            }
            int end = first;
            while (end + 1 < tokens.size() && isPlainDigits(tokens.get(end + 1).text(), 3, 3)
                    && text.substring(tokens.get(end).end(), tokens.get(end + 1).start())
                            .equals(" ")) {
                end++;
            }
            return end - first >= 2 ? end : last;
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
                if (!Folding.isIgnorable(text.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
    }
}
