package org.qalam.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qalam.cli.QalamCli;

/**
 * The rows of {@link QalamSpark#analyze} carry exactly what {@code qalam analyze --format jsonl
 * --lines} writes for the same lines: sentences, tokens with words, mentions with offsets,
 * values and attributes, and errors.
 */
class AnalyzeMatchesCliTest {

    static final LocalDate REFERENCE = LocalDate.of(2026, 12, 1);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void sparkRowsEqualTheCliJsonOfTheSameLines() throws Exception {
        Path input = resource("analyze-input.txt");
        Path cliOut = temp.resolve("cli.jsonl");
        int exit = QalamCli.run("analyze", "--format", "jsonl", "--lines", "--no-summary",
                "--reference-date", REFERENCE.toString(), "--output", cliOut.toString(),
                input.toString());
        assertThat(exit).isZero();
        Map<String, Map<String, Object>> cli = new LinkedHashMap<>();
        for (String line : Files.readAllLines(cliOut, StandardCharsets.UTF_8)) {
            @SuppressWarnings("unchecked")
            Map<String, Object> document = JSON.readValue(line, Map.class);
            String text = (String) document.remove("text");
            document.remove("id");
            document.remove("offsets");
            cli.put(text, document);
        }

        Dataset<Row> lines = AnalyzeJob.readLines(LocalSpark.session(), input.toString());
        QalamOptions options = QalamOptions.builder().referenceDate(REFERENCE).build();
        List<Row> rows = QalamSpark.analyze(lines, AnalyzeJob.TEXT, options).collectAsList();

        Map<String, Map<String, Object>> spark = new LinkedHashMap<>();
        for (Row row : rows) {
            spark.put(row.getAs(AnalyzeJob.TEXT), asCliJson(row));
        }
        assertThat(spark.keySet()).containsExactlyInAnyOrderElementsOf(cli.keySet());
        assertThat(cli).hasSize(10);
        long mentions = 0;
        for (Map.Entry<String, Map<String, Object>> document : cli.entrySet()) {
            assertThat(spark.get(document.getKey())).as(document.getKey())
                    .isEqualTo(document.getValue());
            mentions += ((List<?>) document.getValue().get("mentions")).size();
        }
        assertThat(mentions).as("mentions compared").isGreaterThan(20);
    }

    /** The row's analysis columns in the CLI's JSON shape, with its rules for absent fields. */
    static Map<String, Object> asCliJson(Row row) {
        Map<String, Object> json = new LinkedHashMap<>();
        List<Object> sentences = new ArrayList<>();
        for (Row s : row.<Row>getList(row.fieldIndex(QalamSchema.SENTENCES))) {
            sentences.add(span(s));
        }
        json.put("sentences", sentences);
        List<Object> tokens = new ArrayList<>();
        for (Row t : row.<Row>getList(row.fieldIndex(QalamSchema.TOKENS))) {
            Map<String, Object> token = span(t);
            token.put("text", t.getAs("text"));
            token.put("norm", t.getAs("norm"));
            token.put("kind", t.getAs("kind"));
            List<Row> words = t.getList(t.fieldIndex("words"));
            if (!words.isEmpty()) {
                List<Object> list = new ArrayList<>();
                for (Row w : words) {
                    Map<String, Object> word = span(w);
                    word.put("form", w.getAs("form"));
                    word.put("role", w.getAs("role"));
                    if (w.<Boolean>getAs("repaired")) {
                        word.put("repaired", true);
                    }
                    list.add(word);
                }
                token.put("words", list);
            }
            tokens.add(token);
        }
        json.put("tokens", tokens);
        List<Object> mentions = new ArrayList<>();
        for (Row m : row.<Row>getList(row.fieldIndex(QalamSchema.MENTIONS))) {
            Map<String, Object> mention = new LinkedHashMap<>();
            mention.put("type", m.getAs("type"));
            mention.putAll(span(m));
            mention.put("text", m.getAs("text"));
            mention.put("value", m.getAs("value"));
            mention.put("source", m.getAs("source"));
            if (!m.isNullAt(m.fieldIndex("confidence"))) {
                mention.put("confidence", m.getAs("confidence"));
            }
            Map<String, String> attributes = m.getJavaMap(m.fieldIndex("attributes"));
            if (!attributes.isEmpty()) {
                mention.put("attributes", new TreeMap<>(attributes));
            }
            mentions.add(mention);
        }
        json.put("mentions", mentions);
        List<Row> errors = row.getList(row.fieldIndex(QalamSchema.ERRORS));
        if (!errors.isEmpty()) {
            List<Object> list = new ArrayList<>();
            for (Row e : errors) {
                Map<String, Object> error = new LinkedHashMap<>();
                error.put("extractor", e.getAs("extractor"));
                error.put("error", e.getAs("error"));
                error.put("message", e.getAs("message"));
                list.add(error);
            }
            json.put("errors", list);
        }
        return json;
    }

    private static Map<String, Object> span(Row row) {
        Map<String, Object> span = new LinkedHashMap<>();
        span.put("start", row.getAs("start"));
        span.put("end", row.getAs("end"));
        return span;
    }

    static Path resource(String name) throws URISyntaxException, IOException {
        return Path.of(AnalyzeMatchesCliTest.class.getClassLoader().getResource(name).toURI());
    }
}
