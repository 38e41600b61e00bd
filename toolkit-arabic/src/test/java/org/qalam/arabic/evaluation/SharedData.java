package org.qalam.arabic.evaluation;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Locates the shared evaluation data ({@code qalam.shared.data}); skips tests when absent. */
final class SharedData {

    private SharedData() {
    }

    /** The lines of {@code relative} under the shared data folder, or a skipped test. */
    static List<String> lines(String relative) throws IOException {
        String root = System.getProperty("qalam.shared.data", "../shared/data");
        Path file = Path.of(root).resolve(relative);
        assumeTrue(Files.isRegularFile(file),
                () -> "shared data file " + file.toAbsolutePath() + " is absent: evaluation skipped");
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }
}
