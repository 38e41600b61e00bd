package org.qalam.language.lists;

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
 * Reads reviewable word lists: UTF-8 text, one entry per line, {@code #} starts a comment line,
 * blank lines are skipped.
 *
 * <p>Why one reader: the house rule keeps word lists as data files, and every extractor, the
 * language library and a plugin's own lists then share one format.
 */
public final class WordList {

    private WordList() {
    }

    /**
     * The entries of resource {@code name} next to class {@code owner}; fails clearly when it is
     * missing.
     */
    public static List<String> read(Class<?> owner, String name) {
        InputStream in = owner.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("word list missing from the class path: "
                    + owner.getPackageName().replace('.', '/') + "/" + name);
        }
        try {
            return entries(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + name, e);
        }
    }

    /** The entries of the file at {@code path}, in the same format as the bundled lists. */
    public static List<String> read(Path path) throws IOException {
        return entries(Files.newInputStream(path));
    }

    private static List<String> entries(InputStream in) throws IOException {
        List<String> entries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    entries.add(entry);
                }
            }
        }
        return entries;
    }
}
