package org.qalam.extractors.numbers.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qalam.core.model.Mention;
import org.qalam.extractors.eval.EvalData;
import org.qalam.extractors.numbers.eval.GoldData.Score;

/**
 * The numbers of the seed article the project was specified from: 4 أيام, 55 شخصًا, 16 مقاتلا,
 * 12 ألف شخص, 70%, and الأيام الثلاثة, each with its exact span, value and kind.
 */
class SeedArticleTest {

    private record Expected(String text, String value, String kind) {
    }

    private static final List<Expected> EXPECTED = List.of(
            new Expected("4", "4", "cardinal"),
            new Expected("55", "55", "cardinal"),
            new Expected("16", "16", "cardinal"),
            new Expected("12 ألف", "12000", "cardinal"),
            new Expected("70%", "70", "percent"),
            new Expected("الثلاثة", "3", "cardinal"));

    @Test
    void seedNumbers() throws IOException {
        String text = Files.readString(EvalData.file("seed", "news-article.txt"),
                StandardCharsets.UTF_8);
        List<Mention> mentions = GoldData.numbers(text);
        int passed = 0;
        List<String> failures = new ArrayList<>();
        for (Expected expected : EXPECTED) {
            boolean found = mentions.stream().anyMatch(m -> m.text().equals(expected.text())
                    && m.value().equals(expected.value())
                    && expected.kind().equals(m.attributes().get("kind")));
            if (found) {
                passed++;
            } else {
                failures.add(expected.toString());
            }
        }
        GoldData.print("Seed article numbers",
                List.of(new Score("seed/news-article.txt", EXPECTED.size(), passed, 0)));
        System.out.println("  all number mentions: " + GoldData.describe(mentions));
        GoldData.printFailures("seed", failures, 10);
        assertThat(failures).isEmpty();
    }
}
