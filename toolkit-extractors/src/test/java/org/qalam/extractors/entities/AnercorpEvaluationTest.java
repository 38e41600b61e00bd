package org.qalam.extractors.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qalam.core.pipeline.Pipeline;

/**
 * Scores the extractor on the held-out last tenth of ANERcorp's training split (real newswire,
 * its original spelling), exact spans per type. The corpus marks no articles, so windows of
 * {@value #WINDOW} consecutive sentences stand for documents, as names recur within an article.
 *
 * <p>The development set of the bundled model, which was trained on the other 90% only: the word
 * lists are not tuned to it, and its floors only guard against regressions. Gold spans take the
 * whole token (وروسيا), while mentions leave proclitics outside (روسيا), so this exact-span score
 * counts the toolkit's span rule as errors.
 */
class AnercorpEvaluationTest {

    static final int WINDOW = 10;

    /** The held-out share of sentences, taken from the end of the file. */
    static final double HELD_OUT = 0.10;

    /** A little under what the extractor reaches, so that a regression fails the build. */
    static final double FLOOR = 0.60;
    /** Per type, a little under what the extractor reaches. */
    static final Map<String, Double> TYPE_FLOORS = Map.of(
            "person", 0.57, "location", 0.68, "organization", 0.52);

    @Test
    void scoresTheHeldOutTenth() throws IOException {
        Path file = Anercorp.file();
        assumeTrue(Files.isRegularFile(file), "ANERcorp data absent: " + file + " (skipped)");
        List<Anercorp.Sentence> all = Anercorp.read(file);
        List<Anercorp.Sentence> heldOut =
                all.subList(all.size() - (int) Math.round(all.size() * HELD_OUT), all.size());

        Pipeline pipeline = Pipelines.entities();
        Scores scores = new Scores();
        for (int from = 0; from < heldOut.size(); from += WINDOW) {
            Anercorp.Window window = Anercorp.window(
                    heldOut.subList(from, Math.min(heldOut.size(), from + WINDOW)));
            scores.add(window.gold(), Scores.of(Pipelines.mentions(pipeline, window.text())));
            if (Boolean.getBoolean("qalam.entities.verbose")) {
                Diff.print(window.text(), window.gold(),
                        Scores.of(Pipelines.mentions(pipeline, window.text())));
            }
        }
        System.out.print(scores.table("Entities, ANERcorp held-out last 10% of train.conll ("
                + heldOut.size() + " sentences in windows of " + WINDOW + ", exact spans; "
                + Pipelines.describe() + ")"));
        assertThat(scores.overallF1()).isGreaterThanOrEqualTo(FLOOR);
        TYPE_FLOORS.forEach((type, floor) ->
                assertThat(scores.f1(type)).as(type).isGreaterThanOrEqualTo(floor));
    }
}
