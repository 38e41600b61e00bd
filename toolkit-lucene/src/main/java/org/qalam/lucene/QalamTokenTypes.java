package org.qalam.lucene;

import java.util.EnumMap;
import java.util.Map;
import org.qalam.arabic.orthography.ArabicLetters;
import org.qalam.core.model.TokenKind;

/**
 * The Lucene token types {@link QalamTokenizer} writes ({@code <WORD>}, {@code <NUMBER>},
 * {@code <URL>}, ...) and the rule the Qalam filters use to decide which tokens are words.
 *
 * <p>Why one place: the filters must leave URLs, numbers, e-mail addresses, hashtags and emoji
 * untouched, and must still work behind another tokenizer (whose types they do not know).
 */
public final class QalamTokenTypes {

    private static final Map<TokenKind, String> TYPES = types();

    /** Type of an Arabic word token. */
    public static final String WORD = of(TokenKind.WORD);

    private QalamTokenTypes() {
    }

    /** The type of a token of {@code kind}. */
    public static String of(TokenKind kind) {
        return TYPES.get(kind);
    }

    private static Map<TokenKind, String> types() {
        Map<TokenKind, String> types = new EnumMap<>(TokenKind.class);
        for (TokenKind kind : TokenKind.values()) {
            types.put(kind, "<" + kind.name() + ">");
        }
        return types;
    }

    /** Whether {@link QalamTokenizer} emits tokens of {@code kind}: punctuation and symbols are dropped. */
    static boolean indexed(TokenKind kind) {
        return kind != TokenKind.PUNCT && kind != TokenKind.SYMBOL && kind != TokenKind.OTHER;
    }

    /**
     * Whether a filter may rewrite a token of {@code type} as an Arabic word: Qalam's own word
     * type, or any type of another tokenizer; never a Qalam number, URL, e-mail, hashtag, mention,
     * emoji or Latin token.
     */
    static boolean isWordLike(String type) {
        if (WORD.equals(type)) {
            return true;
        }
        return !TYPES.containsValue(type);
    }

    /** Whether {@code term[0, length)} holds an Arabic letter. */
    static boolean hasArabicLetter(char[] term, int length) {
        for (int i = 0; i < length; i++) {
            if (ArabicLetters.isArabicLetter(term[i])) {
                return true;
            }
        }
        return false;
    }
}
