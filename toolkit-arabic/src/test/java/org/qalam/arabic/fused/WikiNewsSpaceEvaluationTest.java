package org.qalam.arabic.fused;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * WikiNews (clean news), diacritics stripped and 10% of the spaces deleted at random with a fixed
 * seed: precision and recall of the restored boundaries. Recall counts the deleted spaces that sat
 * between two letters or digits (a space deleted next to punctuation is out of scope and counted
 * apart); precision counts every boundary the splitter inserts.
 */
class WikiNewsSpaceEvaluationTest {

    private static final long SEED = 20261124L;

    /** One line with spaces deleted: the text, the deleted positions, those between letters. */
    record Corrupted(String text, Set<Integer> gold, Set<Integer> goldInScope) {}

    /** The lines with their spaces deleted, and the counts of the whole set. */
    record CorruptedSet(List<Corrupted> lines, int tokens, int deleted, int deletedInScope) {
        List<String> texts() {
            return lines.stream().map(Corrupted::text).toList();
        }
    }

    /** The scores of one splitter on the set, with its false and missed boundaries. */
    record Score(double precision, double recall, double f1, double falsePerThousand,
                 List<String> errors) implements SplitScore {
        @Override
        public String cells() {
            return String.format("%.3f | %.3f | %.3f | %.1f", precision, recall, f1, falsePerThousand);
        }
    }

    @Test
    void restoresDeletedSpacesInNewsText() throws IOException {
        CorruptedSet set = corrupt(SharedData.require("wikinews/WikiNewsTruth.txt"));
        Score score = score(FusedWordSplitter.create(), set);
        System.out.printf(
                "%nWikiNews, diacritics stripped, %d of %d spaces deleted (seed %d; %d between letters/digits)%n"
                        + "| boundary precision | boundary recall | F1 | false boundaries per 1000 tokens |%n"
                        + "| %s |%n",
                set.deleted(), set.tokens(), SEED, set.deletedInScope(), score.cells());
        SharedData.writeErrors("wikinews-errors.tsv", score.errors());

        assertThat(score.precision()).as("WikiNews boundary precision").isGreaterThanOrEqualTo(0.96);
        assertThat(score.recall()).as("WikiNews boundary recall").isGreaterThanOrEqualTo(0.88);
    }

    /** Strips the marks of every line and deletes 10% of its spaces at random (fixed seed). */
    static CorruptedSet corrupt(Path file) throws IOException {
        Random random = new Random(SEED);
        int deleted = 0, deletedInScope = 0, tokens = 0;
        List<Corrupted> lines = new ArrayList<>();
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String line = stripMarks(raw).strip();
            StringBuilder text = new StringBuilder();
            Set<Integer> gold = new HashSet<>();
            Set<Integer> goldInScope = new HashSet<>();
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == ' ') {
                    tokens++;
                    if (random.nextDouble() < 0.10) {
                        deleted++;
                        gold.add(text.length());
                        if (i > 0 && i + 1 < line.length() && isWordChar(line.charAt(i - 1))
                                && isWordChar(line.charAt(i + 1))) {
                            deletedInScope++;
                            goldInScope.add(text.length());
                        }
                        continue;
                    }
                }
                text.append(c);
            }
            lines.add(new Corrupted(text.toString(), gold, goldInScope));
        }
        return new CorruptedSet(lines, tokens, deleted, deletedInScope);
    }

    /** Scores {@code splitter} on the set. */
    static Score score(FusedWordSplitter splitter, CorruptedSet set) {
        int found = 0, inserted = 0, correct = 0;
        List<String> errors = new ArrayList<>();
        for (Corrupted line : set.lines()) {
            String text = line.text();
            int[] cuts = splitter.boundaries(text);
            for (int cut : cuts) {
                inserted++;
                if (line.gold().contains(cut)) {
                    correct++;
                } else {
                    errors.add("FALSE\t" + context(text, cut));
                }
            }
            Set<Integer> predicted = new HashSet<>();
            for (int cut : cuts) {
                predicted.add(cut);
            }
            for (int g : line.goldInScope()) {
                if (predicted.contains(g)) {
                    found++;
                } else {
                    errors.add("MISS\t" + context(text, g));
                }
            }
        }
        double precision = inserted == 0 ? 0 : (double) correct / inserted;
        double recall = (double) found / set.deletedInScope();
        return new Score(precision, recall, 2 * precision * recall / (precision + recall),
                1000.0 * (inserted - correct) / set.tokens(), errors);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    private static String context(CharSequence text, int at) {
        int from = Math.max(0, at - 15);
        int to = Math.min(text.length(), at + 15);
        return text.subSequence(from, at) + "|" + text.subSequence(at, to);
    }

    /** Removes harakat, shadda, sukun, superscript alef and tatweel. */
    static String stripMarks(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= '\u064B' && c <= '\u0652') || c == '\u0670' || c == '\u0640')) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
