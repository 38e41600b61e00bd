package org.qalam.arabic.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qalam.arabic.diacritics.Diacritics;
import org.qalam.arabic.diacritics.DiacriticsInsensitiveText;
import org.qalam.arabic.token.ArabicTokenizer;
import org.qalam.core.model.Span;
import org.qalam.core.model.Token;
import org.qalam.core.model.TokenKind;

/**
 * WikiNews truth (fully diacritized news): stripping must leave no Arabic combining mark, and
 * every plain word of a line must be found in the diacritized line with the exact span of its
 * diacritized token.
 */
class WikiNewsDiacriticsEvaluationTest {

    @Test
    void stripAndDiacriticsInsensitiveSearch() throws IOException {
        List<String> lines = SharedData.lines("wikinews/WikiNewsTruth.txt");
        ArabicTokenizer tokenizer = ArabicTokenizer.standard();
        long marks = 0;
        long residual = 0;
        Tally found = new Tally();
        Tally exact = new Tally();
        for (String line : lines) {
            marks += Diacritics.count(line);
            String plain = Diacritics.strip(line);
            residual += plain.chars().filter(c -> c >= 0x0600 && c <= 0x08FF
                    && Character.getType(c) == Character.NON_SPACING_MARK).count();
            List<Token> diacritized = tokenizer.tokenize(line).stream()
                    .filter(t -> t.kind() == TokenKind.WORD).toList();
            List<Token> plainWords = tokenizer.tokenize(plain).stream()
                    .filter(t -> t.kind() == TokenKind.WORD).toList();
            DiacriticsInsensitiveText searchable = DiacriticsInsensitiveText.of(line);
            int from = 0;
            for (int k = 0; k < plainWords.size(); k++) {
                Span span = searchable.find(plainWords.get(k).text(), from).orElse(null);
                found.add(span != null);
                exact.add(span != null && k < diacritized.size()
                        && diacritized.get(k).span().equals(span));
                if (span != null) {
                    from = span.end();
                }
            }
        }
        double foundRate = found.percent();
        double exactRate = exact.percent();
        System.out.printf("%nWikiNews diacritics (%d lines)%n", lines.size());
        System.out.printf("  %-44s %8d%n", "diacritics in the truth", marks);
        System.out.printf("  %-44s %8d%n", "Arabic combining marks left after strip", residual);
        System.out.printf("  %-44s %8d%n", "plain words searched", found.cases());
        System.out.printf("  %-44s %7.2f%%%n", "found in the diacritized line", foundRate);
        System.out.printf("  %-44s %7.2f%%%n", "span equals the diacritized token", exactRate);
        assertThat(residual).isZero();
        assertThat(foundRate).isEqualTo(100.0);
        assertThat(exactRate).isGreaterThanOrEqualTo(99.0);
    }
}
