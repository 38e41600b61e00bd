package org.qalam.extractors.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qalam.core.pipeline.Pipeline;

/**
 * Scores the extractor on NewsFANE Gold's development half (real newswire, PER/LOC/ORG in BIO
 * tags). Each sentence's tokens are joined by single spaces; the file keeps an article's
 * sentences together but does not mark articles, so windows of {@value #WINDOW} consecutive
 * sentences (one space apart) stand for documents, as names recur within an article. Exact spans
 * per type.
 */
class NewsfaneEvaluationTest {

    static final int WINDOW = 10;

    /** A little under what the extractor reaches on this half, so a regression fails the build. */
    static final double FLOOR = 0.71;

    @Test
    void scoresNewsfaneDev() throws IOException {
        Path file = Path.of(System.getProperty("qalam.shared.data", "../shared/data"),
                "newsfane", "newsfane-dev.conll");
        assumeTrue(Files.isRegularFile(file), "NewsFANE data absent: " + file + " (skipped)");

        Pipeline pipeline = Pipelines.entities();
        Scores scores = new Scores();
        List<List<String[]>> sentences = read(file);
        for (int from = 0; from < sentences.size(); from += WINDOW) {
            score(sentences.subList(from, Math.min(sentences.size(), from + WINDOW)), pipeline, scores);
        }
        System.out.print(scores.table("Entities, NewsFANE dev (" + sentences.size()
                + " sentences in windows of " + WINDOW + ", exact spans; " + Pipelines.describe() + ")"));
        assertThat(scores.overallF1()).isGreaterThanOrEqualTo(FLOOR);
    }

    private static List<List<String[]>> read(Path file) throws IOException {
        List<List<String[]>> sentences = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    if (!rows.isEmpty()) {
                        sentences.add(rows);
                        rows = new ArrayList<>();
                    }
                } else {
                    rows.add(line.split("\t"));
                }
            }
        }
        if (!rows.isEmpty()) {
            sentences.add(rows);
        }
        return sentences;
    }

    /** Scores one window of sentences as one document. */
    private static void score(List<List<String[]>> window, Pipeline pipeline, Scores scores) {
        StringBuilder text = new StringBuilder();
        Set<Scores.Entity> gold = new HashSet<>();
        for (List<String[]> rows : window) {
            String type = null;
            int start = -1;
            int end = -1;
            for (String[] row : rows) {
                if (text.length() > 0) {
                    text.append(' ');
                }
                int tokenStart = text.length();
                text.append(row[0]);
                String tag = row.length > 1 ? row[1] : "O";
                if (tag.startsWith("I-") && type != null && tag.substring(2).equals(type)) {
                    end = text.length();
                    continue;
                }
                if (type != null) {
                    gold.add(new Scores.Entity(Scores.typeOf(type), start, end));
                    type = null;
                }
                if (tag.startsWith("B-") || tag.startsWith("I-")) {
                    type = tag.substring(2);
                    start = tokenStart;
                    end = text.length();
                }
            }
            if (type != null) {
                gold.add(new Scores.Entity(Scores.typeOf(type), start, end));
            }
        }
        Set<Scores.Entity> system = Scores.of(Pipelines.mentions(pipeline, text.toString()));
        scores.add(gold, system);
        if (Boolean.getBoolean("qalam.entities.verbose")) {
            Diff.print(text.toString(), gold, system);
        }
    }
}
