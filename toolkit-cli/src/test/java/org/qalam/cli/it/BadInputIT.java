package org.qalam.cli.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input users will feed the CLI sooner or later: each gives the behaviour the README states. */
class BadInputIT {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void invalidUtf8InLinesModeNamesFileAndByteOffset(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.txt");
        Files.write(bad, concat(bytes("سطر\n"), new byte[] {'x', (byte) 0xFF, '\n'}));

        QalamProcess.Result result = QalamProcess.run("", "analyze", "--lines", "--format",
                "jsonl", bad.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).contains("bad.txt: invalid UTF-8 at byte offset 8")
                .contains("--on-invalid").doesNotContain("Exception");
        assertThat(result.stdout().lines()).hasSize(1);
    }

    @Test
    void invalidUtf8CanBeReplacedOrSkippedAndIsCounted() throws Exception {
        byte[] input = concat(bytes("أول\n"), new byte[] {'x', (byte) 0xC3, '(', '\n'},
                bytes("ثالث\n"));

        QalamProcess.Result replaced = QalamProcess.run(input, "analyze", "--lines", "--format",
                "jsonl", "--on-invalid", "replace");
        QalamProcess.Result skipped = QalamProcess.run(input, "analyze", "--lines", "--format",
                "jsonl", "--on-invalid", "skip");

        assertThat(replaced.exitCode()).as(replaced.stderr()).isZero();
        assertThat(replaced.stdout().lines()).hasSize(3);
        assertThat(replaced.stdout()).contains("x\uFFFD(");
        assertThat(replaced.stderr()).contains("3 documents").contains("1 with invalid UTF-8 replaced");
        assertThat(skipped.exitCode()).as(skipped.stderr()).isZero();
        assertThat(skipped.stdout().lines()).hasSize(2)
                .allSatisfy(line -> assertThat(line).doesNotContain("\uFFFD"));
        assertThat(skipped.stderr()).contains("2 documents").contains("1 skipped for invalid UTF-8");
    }

    @Test
    void anUnreadableFileIsReportedAndTheOthersStillProcessed(@TempDir Path dir) throws Exception {
        Path first = Files.writeString(dir.resolve("first.txt"), "أول\n");
        Path last = Files.writeString(dir.resolve("last.txt"), "أخير\n");

        QalamProcess.Result result = QalamProcess.run("", "analyze", "--lines", "--format",
                "jsonl", first.toString(), dir.resolve("missing.txt").toString(), dir.toString(),
                last.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).contains("missing.txt: cannot read: no such file")
                .contains("1 error");
        assertThat(result.stdout().lines()).hasSize(4);
    }

    @Test
    void aFileWithoutReadPermissionIsReported(@TempDir Path dir) throws Exception {
        Path locked = Files.writeString(dir.resolve("locked.txt"), "سر\n");
        Path open = Files.writeString(dir.resolve("open.txt"), "علن\n");
        Files.setPosixFilePermissions(locked, Set.of());
        assumeThat(Files.isReadable(locked)).as("running as a user who cannot read a 000 file")
                .isFalse();

        QalamProcess.Result result = QalamProcess.run("", "analyze", "--lines", "--format",
                "jsonl", dir.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).contains("locked.txt: cannot read: permission denied");
        assertThat(result.stdout().lines()).singleElement()
                .satisfies(line -> assertThat(line).contains("علن"));
        assertThat(open).exists();
    }

    @Test
    void emptyInputIsFineInEveryMode(@TempDir Path dir) throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));

        QalamProcess.Result lines = QalamProcess.run("", "analyze", "--lines", "--format", "jsonl",
                empty.toString());
        QalamProcess.Result whole = QalamProcess.run("", "analyze", "--format", "jsonl");
        QalamProcess.Result blank = QalamProcess.run("\n\n  \n", "analyze", "--lines");

        assertThat(lines.exitCode()).as(lines.stderr()).isZero();
        assertThat(lines.stdout()).isEmpty();
        assertThat(lines.stderr()).contains("0 documents");
        assertThat(whole.exitCode()).as(whole.stderr()).isZero();
        assertThat(whole.stdout()).contains("\"text\":\"\"");
        assertThat(blank.exitCode()).as(blank.stderr()).isZero();
        // --lines makes JSON an array, and no documents an empty one: still valid JSON.
        assertThat(blank.stdout()).isEqualTo("[\n]\n");
    }

    @Test
    void aHundredThousandLetterTokenFinishesQuickly() throws Exception {
        String huge = "ب".repeat(100_000);

        long start = System.nanoTime();
        QalamProcess.Result result = QalamProcess.run("قبل " + huge + " بعد 12\n", "analyze",
                "--lines", "--format", "jsonl");
        double seconds = (System.nanoTime() - start) / 1e9;

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout().lines()).hasSize(1);
        assertThat(result.stdout()).contains(huge);
        assertThat(seconds).as("seconds for a 100,000-letter token").isLessThan(30);
    }

    @Test
    void aDocumentAboveTheSizeGuardIsReportedAndSkipped(@TempDir Path dir) throws Exception {
        Path big = Files.writeString(dir.resolve("big.txt"), "نص ".repeat(1000));
        Path small = Files.writeString(dir.resolve("small.txt"), "نص");

        QalamProcess.Result whole = QalamProcess.run("", "analyze", "--format", "jsonl",
                "--max-document-size", "1k", big.toString(), small.toString());
        QalamProcess.Result lines = QalamProcess.run("قصير\n" + "ط".repeat(2000) + "\nقصير\n",
                "analyze", "--lines", "--format", "jsonl", "--max-document-size", "1k");

        assertThat(whole.exitCode()).isEqualTo(1);
        assertThat(whole.stderr()).contains("big.txt: 5000 bytes is above --max-document-size");
        assertThat(whole.stdout().lines()).hasSize(1);
        assertThat(lines.exitCode()).isEqualTo(1);
        assertThat(lines.stderr()).contains("<stdin>:2: line of 4001 bytes is above");
        assertThat(lines.stdout().lines()).hasSize(2);
    }

    @Test
    void nulBytesAndBidiControlsAreKeptWithCorrectOffsets() throws Exception {
        String line = "a\u0000b \u200Fمرحبا\u202E 12\u200B ب\uFEFFت \u2066x\u2069";

        QalamProcess.Result result = QalamProcess.run(line + "\n", "analyze", "--lines",
                "--format", "jsonl");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        JsonNode document = new ObjectMapper().readTree(result.stdout());
        assertThat(document.get("text").asText()).isEqualTo(line);
        for (String layer : new String[] {"tokens", "mentions"}) {
            for (JsonNode span : document.get(layer)) {
                assertThat(span.get("text").asText()).isEqualTo(
                        line.substring(span.get("start").asInt(), span.get("end").asInt()));
            }
        }
    }

    @Test
    void badOptionsAreUsageErrors() throws Exception {
        assertThat(QalamProcess.run("", "analyze", "--threads", "0").exitCode()).isEqualTo(2);
        assertThat(QalamProcess.run("", "analyze", "--format", "xml").exitCode()).isEqualTo(2);
        assertThat(QalamProcess.run("", "analyze", "--max-document-size", "lots").exitCode())
                .isEqualTo(2);
    }
}
