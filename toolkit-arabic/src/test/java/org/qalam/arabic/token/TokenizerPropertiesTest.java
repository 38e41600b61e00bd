package org.qalam.arabic.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.qalam.arabic.orthography.ArabicMarks;
import org.qalam.arabic.orthography.CharClasses;
import org.qalam.core.model.Token;

class TokenizerPropertiesTest {

    private final ArabicTokenizer tokenizer = ArabicTokenizer.standard();

    @Property(tries = 500)
    void tokensAndGapsRebuildTheInput(@ForAll("mixedText") String text) {
        List<Token> tokens = tokenizer.tokenize(text);
        StringBuilder rebuilt = new StringBuilder();
        int at = 0;
        for (Token token : tokens) {
            assertThat(token.start()).isGreaterThanOrEqualTo(at);
            assertThat(token.text()).isEqualTo(text.substring(token.start(), token.end()));
            assertThat(token.text()).isNotEmpty();
            String gap = text.substring(at, token.start());
            gap.codePoints().forEach(cp -> assertThat(ArabicTokenizer.isGap(cp))
                    .as("gap char U+%04X", cp).isTrue());
            rebuilt.append(gap).append(token.text());
            at = token.end();
        }
        rebuilt.append(text.substring(at));
        assertThat(rebuilt.toString()).isEqualTo(text);
    }

    @Property(tries = 500)
    void neverSplitsSurrogatesOrLettersFromDiacritics(@ForAll("mixedText") String text) {
        for (Token token : tokenizer.tokenize(text)) {
            assertThat(splitsPair(text, token.start())).as("start of %s", token).isFalse();
            assertThat(splitsPair(text, token.end())).as("end of %s", token).isFalse();
            if (token.end() < text.length()) {
                char next = text.charAt(token.end());
                assertThat(ArabicMarks.isDiacritic(next)).as("diacritic after %s", token).isFalse();
                assertThat(CharClasses.isCombiningMark(next)).isFalse();
            }
        }
    }

    private static boolean splitsPair(String text, int at) {
        return at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1))
                && Character.isLowSurrogate(text.charAt(at));
    }

    @Provide
    Arbitrary<String> mixedText() {
        return Arbitraries.oneOf(
                        Arbitraries.strings().withCharRange('\u0621', '\u065F'),
                        Arbitraries.strings().withCharRange('\u0660', '\u06FF'),
                        Arbitraries.strings().withChars(" \t\n.,;:!?؟،؛«»\"'()-+%٪٫٬@#/_"),
                        Arbitraries.strings().withCharRange('a', 'z'),
                        Arbitraries.strings().withCharRange('0', '9'),
                        Arbitraries.strings().withChars("\u200B\u200C\u200D\u200E\u200F\u202B"
                                + "\u202C\u2066\u2069\u0640\uFEFF\uFE0F\u20E3"),
                        Arbitraries.of("\uD83D\uDE00", "\uD83D\uDC4D\uD83C\uDFFD",
                                "\uD83C\uDDF8\uD83C\uDDE6", "https://x.org/a?b=1", "a@b.com",
                                "ﻻ", "ﷲ", "\uD835\uDC00", "\uD83D", "\uDE00"),
                        Arbitraries.strings().all().ofMaxLength(4))
                .list().ofMaxSize(20)
                .map(parts -> String.join("", parts));
    }
}
