package org.qalam.extractors.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qalam.core.model.Mention;
import org.qalam.core.pipeline.Pipeline;

/**
 * Scores the extractor on the team's own gold sets and holds their floors, a few points under
 * what the extractor reaches so that a regression fails the build: the news set at 0.89 (0.928
 * reached), the reference-article set (another domain) at 0.72 (0.804), and the two
 * Wikipedia-style sets written blind to the lists at 0.70 (0.759) and 0.65 (0.694; the issue's
 * other-domain goal is 0.60).
 */
class GoldSetEvaluationTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource({
        "gold-msa.txt,          MSA gold set,          150, 300, 0.89",
        "gold-encyclopedic.txt, encyclopedic gold set,  45, 100, 0.72",
        "gold-wikipedia.txt,    Wikipedia-style gold set, 100, 300, 0.70",
        "gold-wikipedia-b.txt,  Wikipedia-style gold set B, 100, 300, 0.65"
    })
    void scoresTheTeamsGoldSet(String resource, String name, int minSentences, int minEntities,
                               double floor) throws IOException {
        List<GoldSet.Doc> docs = GoldSet.read(resource);
        int sentences = docs.stream().mapToInt(GoldSet.Doc::sentences).sum();
        int entities = docs.stream().mapToInt(d -> d.entities().size()).sum();
        assertThat(sentences).isGreaterThanOrEqualTo(minSentences);
        assertThat(entities).isGreaterThanOrEqualTo(minEntities);

        Pipeline pipeline = Pipelines.entities();
        Scores scores = new Scores();
        for (GoldSet.Doc doc : docs) {
            List<Mention> mentions = Pipelines.mentions(pipeline, doc.text());
            scores.add(doc.entities(), Scores.of(mentions));
            if (Boolean.getBoolean("qalam.entities.verbose")) {
                Diff.print(doc.text(), doc.entities(), Scores.of(mentions));
            }
        }
        System.out.print(scores.table("Entities, Qalam " + name + " (" + docs.size()
                + " documents, " + sentences + " sentences, " + entities + " entities; "
                + Pipelines.describe() + ")"));
        assertThat(scores.overallF1()).isGreaterThanOrEqualTo(floor);
    }
}
