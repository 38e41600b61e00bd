package org.qalam.extractors.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qalam.core.model.Mention;
import org.qalam.core.pipeline.Pipeline;

/** Scores the extractor on the team's own MSA gold set and holds the floor the issue sets. */
class GoldSetEvaluationTest {

    @Test
    void scoresTheTeamsGoldSet() throws IOException {
        List<GoldSet.Doc> docs = GoldSet.read();
        int sentences = docs.stream().mapToInt(GoldSet.Doc::sentences).sum();
        int entities = docs.stream().mapToInt(d -> d.entities().size()).sum();
        assertThat(sentences).isGreaterThanOrEqualTo(150);
        assertThat(entities).isGreaterThanOrEqualTo(300);

        Pipeline pipeline = Pipelines.entities();
        Scores scores = new Scores();
        for (GoldSet.Doc doc : docs) {
            List<Mention> mentions = Pipelines.mentions(pipeline, doc.text());
            scores.add(doc.entities(), Scores.of(mentions));
            if (Boolean.getBoolean("qalam.entities.verbose")) {
                Diff.print(doc.text(), doc.entities(), Scores.of(mentions));
            }
        }
        System.out.print(scores.table("Entities, Qalam MSA gold set (" + docs.size() + " documents, "
                + sentences + " sentences, " + entities + " entities; " + Pipelines.describe() + ")"));
        assertThat(scores.overallF1()).isGreaterThanOrEqualTo(0.80);
    }
}
