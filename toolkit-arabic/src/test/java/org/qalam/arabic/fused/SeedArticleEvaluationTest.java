package org.qalam.arabic.fused;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seed news article: its four fused strings are split exactly and nothing else is cut. */
class SeedArticleEvaluationTest {

    private static final Map<String, String> FUSED =
            Map.of(
                    "الولاياتالمتحدةوروسيا", "الولايات المتحدة وروسيا",
                    "الأممالمتحدة", "الأمم المتحدة",
                    "جنوبسوريا", "جنوب سوريا",
                    "روسياوالولاياتالمتحدةوالأردن", "روسيا والولايات المتحدة والأردن");

    @Test
    void splitsTheFusedStringsOfTheSeedArticle() throws IOException {
        Path file = SharedData.require("seed/news-article.txt");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String repaired = FusedWordSplitter.create().insertSpaces(text);

        String expected = text;
        for (Map.Entry<String, String> e : FUSED.entrySet()) {
            assertThat(text).contains(e.getKey());
            expected = expected.replace(e.getKey(), e.getValue());
        }
        long spaces = repaired.chars().filter(c -> c == ' ').count()
                - text.chars().filter(c -> c == ' ').count();
        System.out.printf("%nSeed article: %d spaces inserted, %d fused strings%n", spaces, FUSED.size());
        assertThat(repaired).isEqualTo(expected);
    }
}
