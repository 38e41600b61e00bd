package org.qalam.cli.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every output format on the seed news article, as a user runs it. */
class FormatsIT {

    private static Path article;
    private static String text;

    @BeforeAll
    static void findTheSeedArticle() throws Exception {
        String shared = System.getProperty("qalam.shared.data");
        assumeThat(shared).as("qalam.shared.data system property").isNotNull();
        article = Path.of(shared, "seed", "news-article.txt");
        assumeThat(Files.isRegularFile(article)).as("seed article " + article + " (shared data)")
                .isTrue();
        text = Files.readString(article);
    }

    private static QalamProcess.Result analyze(String... options) throws Exception {
        String[] args = new String[options.length + 3];
        args[0] = "analyze";
        args[1] = "--reference-date";
        args[2] = "2026-11-24";
        System.arraycopy(options, 0, args, 3, options.length);
        QalamProcess.Result result = QalamProcess.run("", args);
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).isNotBlank();
        return result;
    }

    private static void assertSpansCoverTheText(JsonNode document, String original) {
        assertThat(document.get("text").asText()).isEqualTo(original);
        for (String layer : new String[] {"tokens", "mentions"}) {
            for (JsonNode span : document.get(layer)) {
                assertThat(span.get("text").asText()).isEqualTo(
                        original.substring(span.get("start").asInt(), span.get("end").asInt()));
            }
        }
        for (JsonNode token : document.get("tokens")) {
            for (JsonNode word : token.path("words")) {
                assertThat(word.get("start").asInt()).isBetween(token.get("start").asInt(),
                        token.get("end").asInt());
                assertThat(word.get("end").asInt()).isBetween(word.get("start").asInt(),
                        token.get("end").asInt());
            }
        }
        assertThat(document.has("errors")).as("extractor errors: %s", document.get("errors"))
                .isFalse();
    }

    @Test
    void json() throws Exception {
        JsonNode document = new ObjectMapper().readTree(analyze("--format", "json",
                article.toString()).stdout());

        assertThat(document.get("id").asText()).isEqualTo(article.toString());
        assertSpansCoverTheText(document, text);
    }

    @Test
    void jsonlHasOneLinePerNonEmptyLine() throws Exception {
        String stdout = analyze("--format", "jsonl", "--lines", article.toString()).stdout();

        long paragraphs = text.lines().filter(line -> !line.isBlank()).count();
        assertThat(stdout.lines()).hasSize((int) paragraphs);
        String[] lines = text.split("\n", -1);
        ObjectMapper mapper = new ObjectMapper();
        for (String line : stdout.lines().toList()) {
            JsonNode document = mapper.readTree(line);
            String id = document.get("id").asText();
            int number = Integer.parseInt(id.substring(id.lastIndexOf(':') + 1));
            assertSpansCoverTheText(document, lines[number - 1].replace("\r", ""));
        }
    }

    @Test
    void conlluHasTenColumnsAndOffsetsIntoTheText() throws Exception {
        String stdout = analyze("--format", "conllu", article.toString()).stdout();

        assertThat(stdout).startsWith("# newdoc id = ");
        stdout.lines().filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(line -> {
            String[] columns = line.split("\t", -1);
            assertThat(columns).as(line).hasSize(10);
            String range = columns[9].replaceAll(".*TokenRange=([0-9]+:[0-9]+).*", "$1");
            String[] bounds = range.split(":");
            String covered = text.substring(Integer.parseInt(bounds[0]),
                    Integer.parseInt(bounds[1]));
            if (!columns[0].contains("-") && columns[9].contains("Kind=")) {
                assertThat(columns[1]).isEqualTo(covered);
            }
        });
    }

    @Test
    void tsvHasAHeaderAndTenColumns() throws Exception {
        String stdout = analyze("--format", "tsv", article.toString()).stdout();

        assertThat(stdout.lines().findFirst()).hasValue(
                "doc\tsentence\ttoken\tstart\tend\ttext\tnorm\tkind\twords\tmentions");
        stdout.lines().forEach(line -> assertThat(line.split("\t", -1)).as(line).hasSize(10));
    }

    @Test
    void textIsForPeopleAndHasNoColourWhenRedirected() throws Exception {
        String stdout = analyze("--format", "text", article.toString()).stdout();

        assertThat(stdout).startsWith("═══ " + article).contains("[1] ").doesNotContain("\u001B");
    }

    @Test
    void textColoursWhenAsked() throws Exception {
        String stdout = analyze("--format", "text", "--color", "always", article.toString())
                .stdout();

        assertThat(stdout).contains("\u001B[");
    }
}
