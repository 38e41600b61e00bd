package org.qalam.arabic.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qalam.core.model.Token;
import org.qalam.core.model.TokenKind;

class ArabicTokenizerTest {

    private final ArabicTokenizer tokenizer = ArabicTokenizer.standard();

    private List<String> texts(String input) {
        return tokenizer.tokenize(input).stream().map(Token::text).toList();
    }

    private List<TokenKind> kinds(String input) {
        return tokenizer.tokenize(input).stream().map(Token::kind).toList();
    }

    @Test
    void splitsArabicWordsKeepingDiacriticsAndTatweel() {
        assertThat(texts("ذَهَبَ الطالبُ إلى المـــدرسة، ثم عاد.")).containsExactly(
                "ذَهَبَ", "الطالبُ", "إلى", "المـــدرسة", "،", "ثم", "عاد", ".");
    }

    @Test
    void normIsTheSearchNormalization() {
        List<Token> tokens = tokenizer.tokenize("أَحْمَدُ في المـدرسة ٢٠٢٤");
        assertThat(tokens).extracting(Token::norm)
                .containsExactly("احمد", "في", "المدرسه", "2024");
    }

    @Test
    void readsNumbersInAnyScriptWithArabicSeparators() {
        assertThat(texts("١٢٫٥ و١٬٢٥٠ و -3.5 و۱۲۳ و 1,250.75 (+20)"))
                .containsExactly("١٢٫٥", "و", "١٬٢٥٠", "و", "-3.5", "و", "۱۲۳", "و", "1,250.75",
                        "(", "+20", ")");
        assertThat(kinds("١٢٫٥ ١٬٢٥٠")).containsOnly(TokenKind.NUMBER);
    }

    @Test
    void dashBetweenNumbersIsARangeNotASign() {
        assertThat(texts("2010-2015")).containsExactly("2010", "-", "2015");
    }

    @Test
    void readsPercentages() {
        assertThat(tokenizer.tokenize("ارتفع ٥٠٪ أو 12.5% فقط"))
                .filteredOn(t -> t.kind() == TokenKind.PERCENT)
                .extracting(Token::text).containsExactly("٥٠٪", "12.5%");
    }

    @Test
    void readsWebThings() {
        String text = "راجع https://ar.wikipedia.org/wiki/مصر، وراسلنا info@qalam.org "
                + "أو www.example.com و #مصر_اليوم مع @user_1 و example.com.";
        List<Token> tokens = tokenizer.tokenize(text);
        assertThat(tokens).filteredOn(t -> t.kind() == TokenKind.URL).extracting(Token::text)
                .containsExactly("https://ar.wikipedia.org/wiki/مصر", "www.example.com",
                        "example.com");
        assertThat(tokens).filteredOn(t -> t.kind() == TokenKind.EMAIL).extracting(Token::text)
                .containsExactly("info@qalam.org");
        assertThat(tokens).filteredOn(t -> t.kind() == TokenKind.HASHTAG).extracting(Token::text)
                .containsExactly("#مصر_اليوم");
        assertThat(tokens).filteredOn(t -> t.kind() == TokenKind.MENTION).extracting(Token::text)
                .containsExactly("@user_1");
    }

    @Test
    void keepsEmojiSequencesWhole() {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        String thumbs = "\uD83D\uDC4D\uD83C\uDFFD";
        String flag = "\uD83C\uDDF8\uD83C\uDDE6";
        List<Token> tokens = tokenizer.tokenize("رائع" + thumbs + " " + family + flag + "❤️");
        assertThat(tokens).extracting(Token::text)
                .containsExactly("رائع", thumbs, family, flag, "❤️");
        assertThat(tokens).extracting(Token::kind).containsExactly(TokenKind.WORD,
                TokenKind.EMOJI, TokenKind.EMOJI, TokenKind.EMOJI, TokenKind.EMOJI);
    }

    @Test
    void arabicPunctuationAndQuotes() {
        assertThat(texts("قال: «نعم»؛ لماذا؟! \"حسنا\"...")).containsExactly(
                "قال", ":", "«", "نعم", "»", "؛", "لماذا", "؟", "!", "\"", "حسنا", "\"", "...");
        assertThat(kinds("، ؛ ؟ « »")).containsOnly(TokenKind.PUNCT);
    }

    @Test
    void latinWordsAndSymbols() {
        assertThat(tokenizer.tokenize("شركة Apple's iPhone بـ $999"))
                .extracting(t -> t.text() + "/" + t.kind().label())
                .containsExactly("شركة/word", "Apple's/latin", "iPhone/latin", "بـ/word",
                        "$/symbol", "999/number");
    }

    @Test
    void gapsHoldOnlySpacesAndInvisibleControls() {
        String text = "\u200Fمرحبا\u00A0بكم\u200B\thello\u202C";
        assertThat(texts(text)).containsExactly("مرحبا", "بكم", "hello");
    }

    @Test
    void tatweelAloneIsADash() {
        List<Token> tokens = tokenizer.tokenize("القاهرة ـــ أعلن");
        assertThat(tokens.get(1).kind()).isEqualTo(TokenKind.PUNCT);
        assertThat(tokens.get(1).norm()).isEqualTo("ـــ");
    }

    @Test
    void pathologicalInputStaysLinear() {
        String dots = "a.".repeat(50_000);
        String at = "a@".repeat(50_000);
        long started = System.nanoTime();
        assertThat(tokenizer.tokenize(dots)).hasSize(100_000);
        assertThat(tokenizer.tokenize(at)).isNotEmpty();
        assertThat(System.nanoTime() - started).isLessThan(2_000_000_000L);
    }
}
