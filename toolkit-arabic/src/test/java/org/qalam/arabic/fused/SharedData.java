package org.qalam.arabic.fused;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * Where the evaluations read and write: the evaluation data ({@code ../shared/data}), whose
 * absence skips them, and {@code target/}, where each leaves its errors for a reader to study.
 */
final class SharedData {

    /** System property that makes the evaluations print their errors as well. */
    static final String VERBOSE = "qalam.eval.verbose";

    private SharedData() {}

    /** The file {@code relative} under the shared data folder, or a skipped test if it is missing. */
    static Path require(String relative) {
        String root = System.getProperty("qalam.shared.data", "../shared/data");
        Path file = Paths.get(root).resolve(relative);
        assumeTrue(Files.isRegularFile(file), "evaluation data absent, skipping: " + file.toAbsolutePath());
        return file;
    }

    /**
     * Writes {@code errors}, one a line, to {@code target/name}; with {@code -Dqalam.eval.verbose}
     * also prints them (quiet by default).
     */
    static void writeErrors(String name, List<String> errors) throws IOException {
        Path file = Path.of("target", name);
        Files.createDirectories(file.getParent());
        Files.write(file, errors, StandardCharsets.UTF_8);
        if (Boolean.getBoolean(VERBOSE)) {
            System.out.printf("%n%s (%d errors)%n", name, errors.size());
            errors.forEach(System.out::println);
        }
    }
}
