package org.qalam.arabic.fused;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Locates the evaluation data ({@code ../shared/data}); evaluations skip when it is absent. */
final class SharedData {

    private SharedData() {}

    /** The file {@code relative} under the shared data folder, or a skipped test if it is missing. */
    static Path require(String relative) {
        String root = System.getProperty("qalam.shared.data", "../shared/data");
        Path file = Paths.get(root).resolve(relative);
        assumeTrue(Files.isRegularFile(file), "evaluation data absent, skipping: " + file.toAbsolutePath());
        return file;
    }
}
