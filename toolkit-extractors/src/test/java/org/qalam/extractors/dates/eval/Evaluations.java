package org.qalam.extractors.dates.eval;


import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the shared evaluation data ({@code ../shared/data}, or the {@code qalam.shared.data} property). */
public final class Evaluations {

    private Evaluations() {
    }

    /** The file under the shared data folder, or null when it is absent. */
    public static Path sharedData(String... parts) {
        String root = System.getProperty("qalam.shared.data", "../shared/data");
        Path file = Path.of(root, parts);
        return Files.isRegularFile(file) ? file : null;
    }
}
