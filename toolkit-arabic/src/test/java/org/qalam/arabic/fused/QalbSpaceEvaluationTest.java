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
 * QALB-2014 dev, real fused words in reader comments: precision, recall and F1 of split tokens and
 * the false-split rate on tokens that must stay whole (see the data set's README).
 */
class QalbSpaceEvaluationTest {

    record Row(String source, String gold, String status) {}

    /** The scores of one splitter on the set, with its misses and false splits. */
    record Score(int merges, int sames, double precision, double recall, double f1,
                 int falseSplits, List<String> errors) implements SplitScore {
        double falseRate() {
            return (double) falseSplits / sames;
        }

        @Override
        public String cells() {
            return String.format("%.3f | %.3f | %.3f | %d", precision, recall, f1, falseSplits);
        }
    }

    @Test
    void splitsRealFusedWordsWithoutBreakingIntactOnes() throws IOException {
        Score score = score(FusedWordSplitter.create(),
                read(SharedData.require("qalb-space/qalb14-dev.tsv")));
        System.out.printf(
                "%nQALB-2014 dev, fused words (%d merge, %d same tokens)%n"
                        + "| precision | recall | F1 | false splits of intact tokens |%n"
                        + "| %.3f | %.3f | %.3f | %d (%.2f%%) |%n",
                score.merges(), score.sames(), score.precision(), score.recall(), score.f1(),
                score.falseSplits(), 100 * score.falseRate());
        SharedData.writeErrors("qalb-errors.tsv", score.errors());

        assertThat(score.precision()).as("QALB split precision").isGreaterThanOrEqualTo(0.91);
        assertThat(score.recall()).as("QALB split recall").isGreaterThanOrEqualTo(0.91);
        assertThat(score.f1()).as("QALB split F1").isGreaterThanOrEqualTo(0.91);
        assertThat(score.falseRate()).as("QALB false-split rate").isLessThanOrEqualTo(0.001);
    }

    /** The source text of every sentence, tokens joined by one space. */
    static List<String> texts(List<List<Row>> sentences) {
        List<String> texts = new ArrayList<>();
        for (List<Row> sentence : sentences) {
            texts.add(String.join(" ", sentence.stream().map(Row::source).toList()));
        }
        return texts;
    }

    /** Scores {@code splitter} on the sentences. */
    static Score score(FusedWordSplitter splitter, List<List<Row>> sentences) {
        int merges = 0, sames = 0, correct = 0, predicted = 0, falseSplits = 0;
        List<String> errors = new ArrayList<>();
        for (List<Row> sentence : sentences) {
            StringBuilder text = new StringBuilder();
            int[] starts = new int[sentence.size()];
            for (int t = 0; t < sentence.size(); t++) {
                if (t > 0) {
                    text.append(' ');
                }
                starts[t] = text.length();
                text.append(sentence.get(t).source());
            }
            String repaired = withCuts(text.toString(), splitter.boundaries(text), starts, sentence);
            String[] out = repaired.split("\u0001", -1);
            for (int t = 0; t < sentence.size(); t++) {
                Row row = sentence.get(t);
                String got = out[t];
                boolean split = !got.equals(row.source());
                switch (row.status()) {
                    case "merge" -> {
                        merges++;
                        if (split) {
                            predicted++;
                        }
                        if (got.equals(row.gold())) {
                            correct++;
                        } else {
                            errors.add("MISS\t" + row.source() + "\t" + got + "\t" + row.gold());
                        }
                    }
                    case "same" -> {
                        sames++;
                        if (split) {
                            predicted++;
                            falseSplits++;
                            errors.add("FALSE\t" + row.source() + "\t" + got);
                        }
                    }
                    default -> { }
                }
            }
        }
        double precision = predicted == 0 ? 0 : (double) correct / predicted;
        double recall = (double) correct / merges;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Score(merges, sames, precision, recall, f1, falseSplits, errors);
    }

    /** Each token rebuilt with a space at every cut inside it, tokens joined by \u0001. */
    private static String withCuts(String text, int[] cuts, int[] starts, List<Row> sentence) {
        StringBuilder b = new StringBuilder();
        int k = 0;
        for (int t = 0; t < sentence.size(); t++) {
            if (t > 0) {
                b.append('\u0001');
            }
            int start = starts[t];
            int end = start + sentence.get(t).source().length();
            int from = start;
            while (k < cuts.length && cuts[k] <= start) {
                k++;
            }
            while (k < cuts.length && cuts[k] < end) {
                b.append(text, from, cuts[k]).append(' ');
                from = cuts[k++];
            }
            b.append(text, from, end);
        }
        return b.toString();
    }

    static List<List<Row>> read(Path file) throws IOException {
        List<List<Row>> sentences = new ArrayList<>();
        String current = null;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8).subList(1, Files.readAllLines(file).size())) {
            String[] f = line.split("\t", -1);
            if (f.length < 4 || f[1].isEmpty()) {
                continue;
            }
            if (!f[0].equals(current)) {
                sentences.add(new ArrayList<>());
                current = f[0];
            }
            sentences.get(sentences.size() - 1).add(new Row(f[1], f[2], f[3]));
        }
        return sentences;
    }
}
