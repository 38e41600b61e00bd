package org.qalam.extractors.eval;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The tab-separated tables the evaluations read: the shared data ({@code ../shared/data}, or the
 * {@code qalam.shared.data} property; never copied into the project) and our own tables beside
 * the tests. A test that needs an absent shared file is skipped with a message.
 */
public final class EvalData {

    private EvalData() {
    }

    /** The shared data file {@code parts} (folder, then name), or null when it is absent. */
    public static Path find(String... parts) {
        Path file = Path.of(System.getProperty("qalam.shared.data", "../shared/data"), parts);
        return Files.isRegularFile(file) ? file : null;
    }

    /** The shared data file {@code parts}; skips the calling test when it is absent. */
    public static Path file(String... parts) {
        Path file = find(parts);
        assumeTrue(file != null, "shared evaluation data not found: " + String.join("/", parts)
                + " under qalam.shared.data (../shared/data); evaluation skipped");
        return file;
    }

    /**
     * The rows after the header of the shared tab-separated file {@code parts}, split into their
     * columns, blank lines left out; skips the calling test when the file is absent.
     */
    public static List<String[]> rows(String... parts) {
        return rows(file(parts));
    }

    /**
     * The rows after the header of a tab-separated file, split into their columns, blank lines
     * left out.
     */
    public static List<String[]> rows(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return split(lines.subList(Math.min(1, lines.size()), lines.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The rows of our own tab-separated table at class-path {@code resource} (absolute, or beside
     * {@code owner}), {@code #} comment lines and blank lines left out.
     */
    public static List<String[]> resource(Class<?> owner, String resource) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("table missing from the class path: " + resource);
            }
            BufferedReader reader =
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("#")) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return split(lines);
    }

    private static List<String[]> split(List<String> lines) {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines) {
            if (!line.isBlank()) {
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }
}
