package org.qalam.cli.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Runs the shaded {@code qalam.jar} as a separate process, as a user would. */
final class QalamProcess {

    private QalamProcess() {
    }

    static Path jar() {
        String property = System.getProperty("qalam.jar");
        assumeThat(property).as("qalam.jar system property (set by failsafe)").isNotNull();
        Path jar = Path.of(property);
        assumeThat(Files.isRegularFile(jar)).as("shaded jar " + jar).isTrue();
        return jar;
    }

    /** Starts qalam with {@code args}; the caller owns the process and its streams. */
    static Process start(String... args) throws IOException {
        return new ProcessBuilder(command(args)).start();
    }

    /** Starts qalam with its standard error going to {@code stderr}, kept past a destroy. */
    static Process start(Path stderr, String... args) throws IOException {
        return new ProcessBuilder(command(args)).redirectError(stderr.toFile()).start();
    }

    private static List<String> command(String... args) {
        // C1 only: these runs are short, and the JIT's second tier would cost more than it saves.
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-jar", jar().toString()));
        command.addAll(List.of(args));
        return command;
    }

    static Result run(byte[] stdin, String... args) throws IOException, InterruptedException {
        return run(command(args), stdin);
    }

    /** Runs qalam with extra JVM options before {@code -jar}, e.g. {@code -Dqalam.stdout.tty=true}. */
    static Result runWithJvmOptions(List<String> jvmOptions, String stdin, String... args)
            throws IOException, InterruptedException {
        List<String> command = command(args);
        command.addAll(1, jvmOptions);
        return run(command, stdin.getBytes(StandardCharsets.UTF_8));
    }

    static Result run(String stdin, String... args) throws IOException, InterruptedException {
        return run(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    private static Result run(List<String> command, byte[] stdin)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).start();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin);
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("qalam did not finish: " + command);
        }
        return new Result(process.exitValue(), new String(out.join(), StandardCharsets.UTF_8),
                new String(err.join(), StandardCharsets.UTF_8));
    }

    /** Lines numbered 1 to {@code count}, each made by {@code line} and ended: input for {@code --lines}. */
    static String lines(int count, IntFunction<String> line) {
        StringBuilder input = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            input.append(line.apply(i)).append('\n');
        }
        return input.toString();
    }

    private static byte[] readAll(InputStream stream) {
        try (stream; ByteArrayOutputStream buffer = new ByteArrayOutputStream()) {
            stream.transferTo(buffer);
            return buffer.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Exit code and both streams of a finished run. */
    record Result(int exitCode, String stdout, String stderr) {

        /** Checks that the run was a usage error (exit code 2) whose message has each of {@code parts}. */
        Result assertUsageError(String... parts) {
            assertThat(exitCode).as(stderr).isEqualTo(2);
            assertThat(stderr).contains(parts);
            return this;
        }

        /** Standard output read as JSON lines, one document each. */
        List<JsonNode> jsonLines() {
            ObjectMapper mapper = new ObjectMapper();
            return stdout.lines().map(line -> {
                try {
                    return mapper.readTree(line);
                } catch (IOException e) {
                    throw new UncheckedIOException(line, e);
                }
            }).toList();
        }
    }
}
