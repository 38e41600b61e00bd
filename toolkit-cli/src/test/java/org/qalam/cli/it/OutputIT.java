package org.qalam.cli.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folders in, files and folders out, order kept, and never a half-written file. */
class OutputIT {

    private static List<String> listing(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString())
                    .sorted().toList();
        }
    }

    @Test
    void foldersAreReadRecursivelyThroughTheGlobIntoAnOutputFolder(@TempDir Path dir)
            throws Exception {
        Path in = Files.createDirectories(dir.resolve("in/sub"));
        Files.writeString(dir.resolve("in/a.txt"), "أ\nب\n");
        Files.writeString(in.resolve("b.txt"), "ج\n");
        Files.writeString(dir.resolve("in/c.md"), "د\n");
        Files.writeString(dir.resolve("in/.hidden.txt"), "هـ\n");
        Path out = dir.resolve("out/");

        QalamProcess.Result result = QalamProcess.run("", "analyze", "--lines", "--format", "jsonl",
                "--glob", "*.txt", "--output", out + "/", dir.resolve("in").toString());

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).isEmpty();
        assertThat(listing(out)).containsExactly("a.txt.jsonl", "sub/b.txt.jsonl");
        assertThat(Files.readAllLines(out.resolve("a.txt.jsonl"))).hasSize(2);
        assertThat(result.stderr()).contains("3 documents");
    }

    @Test
    void twoInputsForTheSameOutputFileAreAUsageError(@TempDir Path dir) throws Exception {
        Path a = Files.createDirectories(dir.resolve("a")).resolve("x.txt");
        Path b = Files.createDirectories(dir.resolve("b")).resolve("x.txt");
        Files.writeString(a, "أ");
        Files.writeString(b, "ب");

        QalamProcess.Result result = QalamProcess.run("", "analyze", "--output",
                dir.resolve("out") + "/", a.toString(), b.toString());

        result.assertUsageError("would both write");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void outputOrderEqualsInputOrderOnManyThreads(@TempDir Path dir) throws Exception {
        String input = QalamProcess.lines(3000,
                i -> "السطر رقم " + i + (i % 97 == 0 ? " " + "ن".repeat(5000) : ""));
        Path out = dir.resolve("all.jsonl");

        QalamProcess.Result result = QalamProcess.run(input, "analyze", "--lines",
                "--format", "jsonl", "--threads", "4", "--output", out.toString());

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(3000);
        for (int i = 0; i < lines.size(); i++) {
            assertThat(lines.get(i)).startsWith("{\"id\":\"<stdin>:" + (i + 1) + "\"");
        }
        assertThat(listing(dir)).containsExactly("all.jsonl");
    }

    @Test
    void anInterruptedRunLeavesNoPartialFile(@TempDir Path dir, @TempDir Path logs)
            throws Exception {
        Path out = dir.resolve("result.jsonl");
        Path stderr = logs.resolve("stderr.txt");
        Process process = QalamProcess.start(stderr, "analyze", "--lines", "--format", "jsonl",
                "--output", out.toString());
        OutputStream stdin = process.getOutputStream();
        byte[] line = "سطر من نص طويل\n".getBytes(StandardCharsets.UTF_8);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (listing(dir).isEmpty() && System.nanoTime() < deadline) {
            for (int i = 0; i < 1000; i++) {
                stdin.write(line);
            }
            stdin.flush();
            Thread.sleep(20);
        }
        assertThat(listing(dir)).as("temporary output while running").singleElement()
                .satisfies(name -> assertThat(name).startsWith(".result.jsonl.").endsWith(".part"));

        process.destroy();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(listing(dir)).isEmpty();
        assertThat(Files.readString(stderr))
                .contains("qalam: interrupted; unfinished output files were removed")
                .containsPattern("qalam: [0-9]+ documents");
    }

    @Test
    void linesFromAQuietPipeAreAnsweredWithoutWaitingForTheEnd() throws Exception {
        Process process = QalamProcess.start("analyze", "--lines", "--format", "jsonl");
        try {
            OutputStream stdin = process.getOutputStream();
            stdin.write("سطر أول\n".getBytes(StandardCharsets.UTF_8));
            stdin.flush();
            BufferedReader stdout = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));

            CompletableFuture<String> first =
                    CompletableFuture.supplyAsync(() -> {
                        try {
                            return stdout.readLine();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });

            assertThat(first.get(60, TimeUnit.SECONDS)).startsWith("{\"id\":\"<stdin>:1\"");
            stdin.close();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void aFinishedRunReplacesTheOutputWhole(@TempDir Path dir) throws Exception {
        Path out = Files.writeString(dir.resolve("result.jsonl"), "old\n");

        QalamProcess.Result result = QalamProcess.run("أ\nب\n", "analyze", "--lines", "--format",
                "jsonl", "-o", out.toString());

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(Files.readAllLines(out)).hasSize(2).noneMatch(line -> line.equals("old"));
        assertThat(listing(dir)).containsExactly("result.jsonl");
    }

    @Test
    void aLargeDocumentIsWrittenWholeAndInOrder(@TempDir Path dir) throws Exception {
        Path large = Files.writeString(dir.resolve("large.txt"), "نص طويل جدا ".repeat(120_000));
        Path small = Files.writeString(dir.resolve("small.txt"), "قصير");

        QalamProcess.Result result = QalamProcess.run("", "analyze", "--format", "jsonl",
                large.toString(), small.toString());

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        List<String> lines = result.stdout().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("{\"id\":\"" + large + "\"")
                .contains(Files.readString(large)).endsWith("}");
        assertThat(lines.get(1)).contains("قصير");
    }

    @Test
    void tsvHeaderIsWrittenOnceForSeveralInputs(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "أ");
        Path b = Files.writeString(dir.resolve("b.txt"), "ب");

        QalamProcess.Result result = QalamProcess.run("", "analyze", "--format", "tsv",
                a.toString(), b.toString());

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout().lines().filter(l -> l.startsWith("doc\t"))).hasSize(1);
    }
}
