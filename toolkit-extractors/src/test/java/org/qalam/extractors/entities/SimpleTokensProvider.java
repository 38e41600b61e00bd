package org.qalam.extractors.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.qalam.core.model.Document;
import org.qalam.core.model.Layers;
import org.qalam.core.model.Span;
import org.qalam.core.model.Token;
import org.qalam.core.model.TokenKind;
import org.qalam.core.model.Word;
import org.qalam.core.spi.Extractor;
import org.qalam.core.spi.ExtractorApi;
import org.qalam.core.spi.ExtractorConfig;
import org.qalam.core.spi.ExtractorProvider;

/**
 * Test stand-in for the Arabic tokenizer and word segmenter, used only when the real {@code tokens}
 * and {@code words} providers are not on the class path: letters and marks make word tokens, digits
 * number tokens, every other non-space char a punctuation token; no token is split into words.
 */
final class SimpleTokensProvider implements ExtractorProvider {

    @Override
    public String name() {
        return "simple-tokens";
    }

    @Override
    public int apiVersion() {
        return ExtractorApi.VERSION;
    }

    @Override
    public Set<String> produces() {
        return Set.of(Layers.TOKENS.name(), Layers.WORDS.name());
    }

    @Override
    public Extractor create(ExtractorConfig config) {
        return new Extractor() {
            @Override
            public Document annotate(Document document) {
                List<Token> tokens = tokenize(document.text());
                return document.withLayer(Layers.TOKENS, tokens)
                        .withLayer(Layers.WORDS, List.<Word>of());
            }
        };
    }

    /** Stand-in for the clitic segmenter: an empty {@code words} layer over real tokens. */
    static final class NoWords implements ExtractorProvider {
        @Override
        public String name() {
            return "no-words";
        }

        @Override
        public int apiVersion() {
            return ExtractorApi.VERSION;
        }

        @Override
        public Set<String> requires() {
            return Set.of(Layers.TOKENS.name());
        }

        @Override
        public Set<String> produces() {
            return Set.of(Layers.WORDS.name());
        }

        @Override
        public Extractor create(ExtractorConfig config) {
            return new Extractor() {
                @Override
                public Document annotate(Document document) {
                    return document.withLayer(Layers.WORDS, List.<Word>of());
                }
            };
        }
    }

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            TokenKind kind;
            if (Character.isLetter(c)) {
                while (i < text.length() && (Character.isLetter(text.charAt(i))
                        || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK
                        || text.charAt(i) == '\u0640')) {
                    i++;
                }
                kind = TokenKind.WORD;
            } else if (Character.isDigit(c)) {
                while (i < text.length() && Character.isDigit(text.charAt(i))) {
                    i++;
                }
                kind = TokenKind.NUMBER;
            } else {
                i++;
                kind = TokenKind.PUNCT;
            }
            String surface = text.substring(start, i);
            tokens.add(Token.of(Span.of(start, i), surface, surface, kind));
        }
        return tokens;
    }
}
