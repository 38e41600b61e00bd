package org.qalam.extractors.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qalam.core.model.Mention;

/**
 * The seed article of the specification: the persons, locations and organizations the issue
 * lists are found with the right type, and precision over every mention is printed.
 */
class SeedArticleTest {

    /** The mentions the issue requires, as type:value. */
    private static final Set<String> REQUIRED = Set.of(
            "person:نيكي هايلي", "person:أنطونيو جوتيريش", "person:بشار الأسد", "person:أيمن الصفدي",
            "location:درعا", "location:هضبة الجولان", "location:دير الزور", "location:دمشق",
            "location:الأردن", "location:إسرائيل", "location:سوريا", "location:واشنطن",
            "organization:المرصد السوري لحقوق الإنسان", "organization:الاتحاد الأوروبي",
            "organization:حزب الله", "organization:وزارة الدفاع الأمريكية",
            "organization:الأمم المتحدة", "organization:التحالف الدولي");

    /** Every other correct reading of the article's entities (judged by the team). */
    private static final Set<String> ALSO_CORRECT = Set.of(
            "person:الأسد", "person:هايلي", "person:جوتيريش",
            "location:روسيا", "location:الولايات المتحدة", "location:إيران", "location:الهري",
            "location:جنوب غرب البلاد",
            "organization:داعش", "organization:سانا", "organization:روسيا اليوم",
            "organization:المرصد", "organization:التليفزيون الرسمي السوري",
            "organization:الحكومة السورية", "organization:الجيش السوري");

    @Test
    void findsTheIssuesEntitiesWithTheRightType() throws IOException {
        Path article = Path.of(System.getProperty("qalam.shared.data", "../shared/data"),
                "seed", "news-article.txt");
        assumeTrue(Files.isRegularFile(article), "seed article absent: " + article + " (skipped)");
        String text = Files.readString(article, StandardCharsets.UTF_8);

        List<Mention> mentions = Pipelines.mentions(Pipelines.entities(), text);

        Set<String> found = new LinkedHashSet<>();
        int correct = 0;
        for (Mention mention : mentions) {
            String key = mention.type() + ":" + mention.value();
            found.add(key);
            boolean ok = REQUIRED.contains(key) || ALSO_CORRECT.contains(key);
            correct += ok ? 1 : 0;
            assertThat(mention.text()).isEqualTo(text.substring(mention.start(), mention.end()));
        }
        System.out.printf("Seed article (%s): %d mentions, precision %.3f%n",
                Pipelines.describe(), mentions.size(), mentions.isEmpty() ? 0.0 : (double) correct / mentions.size());
        for (Mention mention : mentions) {
            String key = mention.type() + ":" + mention.value();
            System.out.printf("  %s %-13s %-32s %s%n",
                    REQUIRED.contains(key) || ALSO_CORRECT.contains(key) ? "ok " : "BAD",
                    mention.type(), mention.value(), mention.attributes());
        }
        Set<String> missing = new LinkedHashSet<>(REQUIRED);
        missing.removeAll(found);
        System.out.println("  missing: " + missing);
        assertThat(found).containsAll(REQUIRED);
    }
}
