package org.qalam.extractors.entities;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.qalam.language.lists.WordList;

/**
 * A name from a user's gazetteer file, the {@code gazetteer} config key of the {@code entities}
 * extractor: one entry per line, the name, a tab (or {@code |}) and its type ({@code person},
 * {@code location}, {@code organization}); {@code #} starts a comment line; a leading {@code ?}
 * marks a name that is also a common word, as in the bundled lists.
 *
 * <p>Why a file format of its own: users add their own places and organizations without
 * rebuilding the jar, and entries are then matched exactly like the bundled ones.
 *
 * @param name the name as written, words separated by spaces, {@code ?} kept
 * @param type what the name is
 */
record ExtraName(String name, EntityType type) {

    /** The entries of the files listed in {@code paths}, comma-separated. */
    static List<ExtraName> read(String key, String paths) {
        List<ExtraName> names = new ArrayList<>();
        for (String part : paths.split(",")) {
            String file = part.strip();
            if (file.isEmpty()) {
                continue;
            }
            List<String> lines;
            try {
                lines = WordList.read(Path.of(file));
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException("config key '" + key + "': cannot read "
                        + "gazetteer file " + file + ": " + e.getMessage(), e);
            }
            for (String line : lines) {
                names.add(parse(key, file, line));
            }
        }
        return names;
    }

    private static ExtraName parse(String key, String file, String line) {
        int tab = line.indexOf('\t');
        int cut = tab >= 0 ? tab : line.lastIndexOf('|');
        if (cut <= 0) {
            throw new IllegalArgumentException("config key '" + key + "': " + file
                    + ": a line needs a name, a tab and a type: '" + line + "'");
        }
        String name = line.substring(0, cut).strip();
        String type = line.substring(cut + 1).strip().toUpperCase(Locale.ROOT);
        for (EntityType candidate : EntityType.values()) {
            if (candidate.name().equals(type) && !name.isEmpty()) {
                return new ExtraName(name, candidate);
            }
        }
        throw new IllegalArgumentException("config key '" + key + "': " + file + ": unknown type "
                + "in '" + line + "' (person, location or organization)");
    }
}
