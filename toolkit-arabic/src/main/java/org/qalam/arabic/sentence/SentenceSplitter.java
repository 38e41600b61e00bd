package org.qalam.arabic.sentence;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.qalam.arabic.token.ArabicTokenizer;
import org.qalam.core.model.Sentence;
import org.qalam.core.model.Token;
import org.qalam.core.model.TokenKind;

/**
 * Splits text into sentences over its tokens: a sentence ends at {@code . ! ? ؟ … ۔} (and runs of
 * them, with the closing quotes and brackets that follow) and at every line break.
 *
 * <p>Why over tokens: the tokenizer has already kept decimals (١٢٫٥, 3.5), URLs and e-mail
 * addresses whole, so a full stop token is a real candidate. A stop does not end the sentence
 * after an abbreviation (a single letter such as د. or م., or a listed one such as Dr. and
 * e.g.), except an era letter after a year (عام 2014 م. ends a sentence), after a list number at the start of a sentence (1.), or inside quoted speech («...»,
 * “...”, "...") whose quote closes on the same line; the sentence then ends after the closing
 * quote if a stop precedes it. Runs in linear time; immutable and thread-safe.
 */
public final class SentenceSplitter {

    private static final SentenceSplitter STANDARD = new SentenceSplitter(
            ArabicTokenizer.standard());

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "inc", "ltd", "co", "corp", "vs",
            "e.g", "i.e", "no", "vol", "pp", "fig", "approx", "dept", "est", "gen", "gov", "sgt",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "ق.م", "ص.ب");

    private final ArabicTokenizer tokenizer;

    private SentenceSplitter(ArabicTokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    /** The standard splitter. */
    public static SentenceSplitter standard() {
        return STANDARD;
    }

    /** The sentences of {@code text}, tokenizing it first. */
    public List<Sentence> split(String text) {
        return split(text, tokenizer.tokenize(text));
    }

    /**
     * The sentences of {@code text} given its tokens in order; each sentence spans from its first
     * token's start to its last token's end, and together they cover every token.
     */
    public List<Sentence> split(String text, List<Token> tokens) {
        requireNonNull(text, "text");
        requireNonNull(tokens, "tokens");
        boolean[] quoted = QuoteScope.insideClosedQuotes(text, tokens);
        List<Sentence> sentences = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (i > first && hasLineBreak(text, tokens.get(i - 1).end(), tokens.get(i).start())) {
                sentences.add(Sentence.of(tokens.get(first).start(), tokens.get(i - 1).end()));
                first = i;
            }
            Token token = tokens.get(i);
            boolean ends = isTerminator(token) ? !quoted[i] && !isAbbreviationStop(tokens, first, i)
                    : endsQuotedSentence(tokens, quoted, i);
            if (!ends) {
                continue;
            }
            int last = i;
            while (last + 1 < tokens.size() && gluedTo(tokens.get(last), tokens.get(last + 1))
                    && (isTerminator(tokens.get(last + 1)) || isCloser(tokens.get(last + 1)))) {
                last++;
            }
            sentences.add(Sentence.of(tokens.get(first).start(), tokens.get(last).end()));
            first = last + 1;
            i = last;
        }
        if (first < tokens.size()) {
            sentences.add(Sentence.of(tokens.get(first).start(),
                    tokens.get(tokens.size() - 1).end()));
        }
        return sentences;
    }

    /** Whether token {@code i} closes a quote right after a stop: «...انتهى.» ends a sentence. */
    private static boolean endsQuotedSentence(List<Token> tokens, boolean[] quoted, int i) {
        return i > 0 && !quoted[i] && isCloser(tokens.get(i)) && quoted[i - 1]
                && isTerminator(tokens.get(i - 1)) && gluedTo(tokens.get(i - 1), tokens.get(i));
    }

    /** Whether the token is a sentence-final mark: . ! ? ؟ … ۔ and runs of them. */
    static boolean isTerminator(Token token) {
        if (token.kind() != TokenKind.PUNCT) {
            return false;
        }
        char c = token.text().charAt(0);
        return c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u2026'
                || c == '\u06D4' || c == '\u203C' || c == '\u2049' || c == '\u2048';
    }

    /** Whether the token closes a quote or bracket. */
    static boolean isCloser(Token token) {
        if (token.kind() != TokenKind.PUNCT) {
            return false;
        }
        int type = Character.getType(token.text().charAt(0));
        return type == Character.END_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || token.text().equals("\"") || token.text().equals("'")
                || token.text().equals("\u00BB") || token.text().equals("\u201D");
    }

    /** Whether a full stop at {@code stop} closes an abbreviation or a list number. */
    private static boolean isAbbreviationStop(List<Token> tokens, int first, int stop) {
        Token token = tokens.get(stop);
        if (!token.text().equals(".") || stop == first) {
            return false;
        }
        Token previous = tokens.get(stop - 1);
        if (!gluedTo(previous, token)) {
            return false;
        }
        if (previous.kind() == TokenKind.NUMBER) {
            return stop - 1 == first && stop + 1 < tokens.size();
        }
        if (previous.kind() != TokenKind.WORD && previous.kind() != TokenKind.LATIN) {
            return false;
        }
        String norm = previous.norm();
        if (norm.length() == 1) {
            return stop < 2 || tokens.get(stop - 2).kind() != TokenKind.NUMBER;
        }
        if (ABBREVIATIONS.contains(norm)) {
            return true;
        }
        return stop >= 3 && gluedTo(tokens.get(stop - 2), previous)
                && tokens.get(stop - 2).text().equals(".")
                && ABBREVIATIONS.contains(tokens.get(stop - 3).norm() + "." + norm);
    }

    private static boolean gluedTo(Token left, Token right) {
        return left.end() == right.start();
    }

    private static boolean hasLineBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                return true;
            }
        }
        return false;
    }
}
