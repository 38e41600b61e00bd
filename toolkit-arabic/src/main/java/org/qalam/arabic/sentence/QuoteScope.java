package org.qalam.arabic.sentence;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.qalam.core.model.Token;
import org.qalam.core.model.TokenKind;

/**
 * Finds the tokens that lie inside quoted speech whose quote closes on the same line, so that a
 * stop inside «...» does not end the surrounding sentence. An unclosed quote covers nothing.
 */
final class QuoteScope {

    private QuoteScope() {
    }

    /** For each token, whether it lies strictly inside a quote closed on the same line. */
    static boolean[] insideClosedQuotes(String text, List<Token> tokens) {
        int[] depthChange = new int[tokens.size() + 1];
        Deque<int[]> open = new ArrayDeque<>();
        int straightOpen = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (i > 0 && lineBreakBetween(text, tokens.get(i - 1).end(), token.start())) {
                open.clear();
                straightOpen = -1;
            }
            if (token.kind() != TokenKind.PUNCT || token.text().length() != 1) {
                continue;
            }
            char c = token.text().charAt(0);
            char closer = closerOf(c);
            if (closer != 0) {
                open.push(new int[] {i, closer});
            } else if (c == '"') {
                if (straightOpen < 0) {
                    straightOpen = i;
                } else {
                    mark(depthChange, straightOpen, i);
                    straightOpen = -1;
                }
            } else if (!open.isEmpty() && open.peek()[1] == c) {
                mark(depthChange, open.pop()[0], i);
            }
        }
        boolean[] inside = new boolean[tokens.size()];
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            depth += depthChange[i];
            inside[i] = depth > 0;
        }
        return inside;
    }

    private static char closerOf(char c) {
        switch (c) {
            case '\u00AB':
                return '\u00BB';
            case '\u201C':
                return '\u201D';
            case '(':
                return ')';
            default:
                return 0;
        }
    }

    /** Records that the tokens strictly between the two quotes are inside one more quote. */
    private static void mark(int[] depthChange, int opening, int closing) {
        depthChange[opening + 1]++;
        depthChange[closing]--;
    }

    private static boolean lineBreakBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }
}
