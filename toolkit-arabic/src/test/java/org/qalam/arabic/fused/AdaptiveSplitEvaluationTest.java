package org.qalam.arabic.fused;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;
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
        compare("QALB-2014 dev, fused words", "| variant | precision | recall | F1 | false splits |",
                QalbSpaceEvaluationTest.texts(sentences),
                splitter -> QalbSpaceEvaluationTest.score(splitter, sentences),
                "qalb-adaptive-errors.tsv");
    }

    @Test
    void adaptiveNextToDefaultOnWikiNewsWithSpacesDeleted() throws IOException {
        WikiNewsSpaceEvaluationTest.CorruptedSet set =
                WikiNewsSpaceEvaluationTest.corrupt(SharedData.require("wikinews/WikiNewsTruth.txt"));
        compare("WikiNews, 10% of spaces deleted",
                "| variant | boundary precision | boundary recall | F1 | false per 1000 tokens |",
                set.texts(), splitter -> WikiNewsSpaceEvaluationTest.score(splitter, set),
                "wikinews-adaptive-errors.tsv");
    }

    /**
     * Scores the default splitter and the one adapted to {@code texts}, prints both rows under
     * {@code title} and {@code header}, writes the adaptive variant's errors to {@code errorsFile}
     * and checks the margin.
     */
    private static void compare(String title, String header, List<String> texts,
            Function<FusedWordSplitter, ? extends SplitScore> score, String errorsFile)
            throws IOException {
        FusedWordSplitter standard = FusedWordSplitter.create();
        CorpusVocabulary vocabulary = CorpusVocabulary.count(texts);
        SplitScore base = score.apply(standard);
        SplitScore adapted = score.apply(standard.adaptedTo(vocabulary));
        System.out.printf("%n%s: default vs corpus-adaptive (%s)%n%s%n| default | %s |%n| adaptive | %s |%n",
                title, vocabulary, header, base.cells(), adapted.cells());
        SharedData.writeErrors(errorsFile, adapted.errors());
        assertThat(adapted.f1()).isGreaterThanOrEqualTo(base.f1() - MARGIN);
    }
}
