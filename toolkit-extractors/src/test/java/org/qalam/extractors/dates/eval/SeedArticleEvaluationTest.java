package org.qalam.extractors.dates.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qalam.core.model.Mention;
import org.qalam.extractors.dates.Dates;
import org.qalam.extractors.eval.EvalData;

/** The relative dates of the seed article, resolved against its publication day 2018-06-21. */
class SeedArticleEvaluationTest {

    @Test
    void resolvesEveryDateOfTheSeedArticle() throws IOException {
        String text = Files.readString(EvalData.file("seed", "news-article.txt"),
                StandardCharsets.UTF_8);
        List<Mention> found = Dates.find(Dates.pipeline(
                ZonedDateTime.of(2018, 6, 21, 12, 0, 0, 0, ZoneOffset.UTC)), text);
        System.out.println("\nSeed article dates (reference 2018-06-21):");
        found.forEach(m -> System.out.printf("  %-32s %-24s %s%n", m.text(), m.value(),
                m.sortedAttributes()));
        assertThat(found).extracting(Mention::text, Mention::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("أمس", "2018-06-20"),
                org.assertj.core.groups.Tuple.tuple("منذ عام", "2017-06-21"),
                org.assertj.core.groups.Tuple.tuple("العام الماضي", "2017"),
                org.assertj.core.groups.Tuple.tuple("العام الماضي", "2017"),
                org.assertj.core.groups.Tuple.tuple("خلال الأيام الثلاثة الماضية",
                        "2018-06-18/2018-06-20"));
        for (Mention mention : found) {
            assertThat(text.substring(mention.start(), mention.end())).isEqualTo(mention.text());
        }
    }
}
