package org.qalam.cli.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code qalam analyze} as a process: JSON shape, exit codes, bad input. */
class AnalyzeIT {

    private static List<String> topLevelKeys(String json) throws IOException {
        List<String> keys = new ArrayList<>();
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                keys.add(parser.currentName());
                parser.nextToken();
                parser.skipChildren();
            }
        }
        return keys;
    }

    @Test
    void printsADocumentObjectWithTheContractKeys() throws Exception {
        QalamProcess.Result result = QalamProcess.run("نص\n", "analyze", "--format", "json");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(topLevelKeys(result.stdout()))
                .contains("id", "text", "offsets", "sentences", "tokens", "mentions");
        assertThat(result.stdout()).contains("\"offsets\" : \"utf16\"");
    }

    @Test
    void linesModeWritesOneJsonLinePerNonEmptyLine() throws Exception {
        QalamProcess.Result result = QalamProcess.run("سطر أول\n\nسطر ثان\n", "analyze", "--lines",
                "--format", "jsonl");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout().lines()).hasSize(2)
                .allSatisfy(line -> assertThat(topLevelKeys(line)).contains("id", "tokens"));
        assertThat(result.stdout()).contains("\"id\":\"<stdin>:1\"").contains("\"id\":\"<stdin>:3\"");
    }

    @Test
    void emptyInputIsFine() throws Exception {
        QalamProcess.Result result = QalamProcess.run("", "analyze", "--lines", "--format", "jsonl");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).isEmpty();
    }

    @Test
    void invalidUtf8NamesTheFileAndByteOffset(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.txt");
        Files.write(bad, new byte[] {'a', 'b', (byte) 0xC3, '(', '\n'});

        QalamProcess.Result result = QalamProcess.run("", "analyze", bad.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).contains("bad.txt: invalid UTF-8 at byte offset 2")
                .doesNotContain("Exception");
    }

    @Test
    void anUnreadableFileIsReportedAndTheOthersAreStillProcessed(@TempDir Path dir) throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), "نص سليم");

        QalamProcess.Result result = QalamProcess.run("", "analyze", "--format", "jsonl",
                dir.resolve("missing.txt").toString(), good.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).contains("missing.txt: cannot read: no such file");
        assertThat(result.stdout().lines()).singleElement()
                .satisfies(line -> assertThat(line).contains("نص سليم"));
    }

    @Test
    void anUnknownExtractorIsAUsageError() throws Exception {
        QalamProcess.run("", "analyze", "--extractors", "nope")
                .assertUsageError("unknown extractor 'nope'");
    }

    @Test
    void aBadReferenceDateIsAUsageError() throws Exception {
        QalamProcess.Result result = QalamProcess.run("", "analyze", "--reference-date", "2026-13-01");

        assertThat(result.exitCode()).isEqualTo(2);
    }
}
