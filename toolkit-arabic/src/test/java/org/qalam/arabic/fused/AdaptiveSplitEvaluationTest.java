package org.qalam.arabic.fused;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Corpus-adaptive repair next to the default on both evaluation sets: the vocabulary is counted
 * from the very text being repaired (QALB dev's comments; WikiNews after the spaces were
 * deleted), as a first pass over a corpus would, and {@link FusedWordSplitter#adaptedTo} splits
 * with it. Prints both rows; the adaptive variant may not lose more than {@link #MARGIN} of F1.
 */
class AdaptiveSplitEvaluationTest {

    /** Largest F1 the adaptive variant may lose against the default on either set. */
    static final double MARGIN = 0.01;

    @Test
    void adaptiveNextToDefaultOnQalbDev() throws IOException {
        List<List<QalbSpaceEvaluationTest.Row>> sentences =
                QalbSpaceEvaluationTest.read(SharedData.require("qalb-space/qalb14-dev.tsv"));
        FusedWordSplitter standard = FusedWordSplitter.create();
        CorpusVocabulary vocabulary =
                CorpusVocabulary.count(QalbSpaceEvaluationTest.texts(sentences));
        List<String> errors = new ArrayList<>();
        var base = QalbSpaceEvaluationTest.score(standard, sentences, new ArrayList<>());
        var adapted = QalbSpaceEvaluationTest.score(standard.adaptedTo(vocabulary), sentences,
                errors);
        System.out.printf("%nQALB-2014 dev, fused words: default vs corpus-adaptive (%s)%n"
                        + "| variant | precision | recall | F1 | false splits |%n"
                        + "| default | %.3f | %.3f | %.3f | %d |%n"
                        + "| adaptive | %.3f | %.3f | %.3f | %d |%n", vocabulary,
                base.precision(), base.recall(), base.f1(), base.falseSplits(),
                adapted.precision(), adapted.recall(), adapted.f1(), adapted.falseSplits());
        dump("qalb-adaptive-errors.tsv", errors);
        assertThat(adapted.f1()).isGreaterThanOrEqualTo(base.f1() - MARGIN);
    }

    @Test
    void adaptiveNextToDefaultOnWikiNewsWithSpacesDeleted() throws IOException {
        WikiNewsSpaceEvaluationTest.CorruptedSet set =
                WikiNewsSpaceEvaluationTest.corrupt(SharedData.require("wikinews/WikiNewsTruth.txt"));
        FusedWordSplitter standard = FusedWordSplitter.create();
        CorpusVocabulary vocabulary = CorpusVocabulary.count(set.texts());
        List<String> errors = new ArrayList<>();
        var base = WikiNewsSpaceEvaluationTest.score(standard, set, new ArrayList<>());
        var adapted = WikiNewsSpaceEvaluationTest.score(standard.adaptedTo(vocabulary), set,
                errors);
        System.out.printf("%nWikiNews, 10%% of spaces deleted: default vs corpus-adaptive (%s)%n"
                        + "| variant | boundary precision | boundary recall | F1 | false per 1000 tokens |%n"
                        + "| default | %.3f | %.3f | %.3f | %.1f |%n"
                        + "| adaptive | %.3f | %.3f | %.3f | %.1f |%n", vocabulary,
                base.precision(), base.recall(), base.f1(), base.falsePerThousand(),
                adapted.precision(), adapted.recall(), adapted.f1(), adapted.falsePerThousand());
        dump("wikinews-adaptive-errors.tsv", errors);
        assertThat(adapted.f1()).isGreaterThanOrEqualTo(base.f1() - MARGIN);
    }

    private static void dump(String name, List<String> errors) throws IOException {
        Path dump = Path.of("target", name);
        Files.createDirectories(dump.getParent());
        Files.write(dump, errors, StandardCharsets.UTF_8);
    }
}
