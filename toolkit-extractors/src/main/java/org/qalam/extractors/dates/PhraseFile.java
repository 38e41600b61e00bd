package org.qalam.extractors.dates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.qalam.language.lists.WordList;

/**
 * A data file of {@link Phrases} lists in named sections: {@code [name]} opens a list, and each
 * line after it is one phrase in one or more spellings separated by {@code |}, followed by
 * {@code = value} in a list whose phrases carry a value ({@code vocabulary.txt}). Why a file: the
 * words of the grammar are reviewed and extended by people who read Arabic, not Java.
 */
final class PhraseFile {

    private final String name;
    private final Map<String, List<String>> sections;

    private PhraseFile(String name, Map<String, List<String>> sections) {
        this.name = name;
        this.sections = sections;
    }

    /** The sections of resource {@code name} beside {@code owner}, in the word-list format. */
    static PhraseFile read(Class<?> owner, String name) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> lines = null;
        for (String entry : WordList.read(owner, name)) {
            if (entry.startsWith("[") && entry.endsWith("]")) {
                String section = entry.substring(1, entry.length() - 1).strip();
                lines = new ArrayList<>();
                if (sections.put(section, lines) != null) {
                    throw new IllegalStateException(name + ": section [" + section + "] twice");
                }
            } else if (lines == null) {
                throw new IllegalStateException(name + ": '" + entry
                        + "' before the first [section]");
            } else {
                lines.add(entry);
            }
        }
        return new PhraseFile(name, sections);
    }

    /**
     * The phrases of {@code sections}, in file order, each with the value {@code value} reads from
     * the text after its {@code =}.
     */
    <T> Phrases<T> table(Function<String, T> value, String... sections) {
        Phrases.Builder<T> phrases = Phrases.builder();
        for (String section : sections) {
            for (String line : lines(section)) {
                int equals = line.lastIndexOf('=');
                if (equals < 0) {
                    throw problem(section, line, "expected 'spellings = value'");
                }
                T parsed;
                try {
                    parsed = value.apply(line.substring(equals + 1).strip());
                } catch (IllegalArgumentException e) {
                    throw problem(section, line, "cannot read the value (" + e.getMessage() + ")");
                }
                phrases.add(line.substring(0, equals), parsed);
            }
        }
        return phrases.build();
    }

    /** The phrases of {@code section}, a list whose phrases carry no value. */
    Phrases<Boolean> words(String section) {
        Phrases.Builder<Boolean> phrases = Phrases.builder();
        for (String line : lines(section)) {
            if (line.indexOf('=') >= 0) {
                throw problem(section, line, "a list of words takes no '= value'");
            }
            phrases.add(line, Boolean.TRUE);
        }
        return phrases.build();
    }

    /** The search key of every word of every phrase of every section. */
    Set<String> allWords() {
        Phrases.Builder<Boolean> phrases = Phrases.builder();
        for (List<String> lines : sections.values()) {
            for (String line : lines) {
                int equals = line.lastIndexOf('=');
                phrases.add(equals < 0 ? line : line.substring(0, equals), Boolean.TRUE);
            }
        }
        return Phrases.wordsOf(phrases.build());
    }

    private List<String> lines(String section) {
        List<String> lines = sections.get(section);
        if (lines == null) {
            throw new IllegalStateException(name + ": no section [" + section + "]");
        }
        return lines;
    }

    private IllegalStateException problem(String section, String line, String what) {
        return new IllegalStateException(name + " [" + section + "]: " + what + ", not '" + line
                + "'");
    }
}
