package org.qalam.extractors.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads annotated text in the CoNLL layout the trainer takes: one {@code token<TAB>tag} per line,
 * BIO tags over PERS, LOC, ORG and MISC, a blank line between sentences.
 *
 * <p>A bad tag is an error naming the file and line, so that a user's own corpus fails early.
 */
final class Conll {

    /** A sentence: its tokens and their tags ({@link Bio} numbers). */
    record Sentence(List<String> tokens, int[] tags) {
    }

    private Conll() {
    }

    /** Every sentence of {@code file}, in file order. */
    static List<Sentence> read(Path file) throws IOException {
        List<Sentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<Integer> tags = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    flush(sentences, tokens, tags);
                    continue;
                }
                int tab = line.lastIndexOf('\t');
                String token = tab < 0 ? line.strip() : line.substring(0, tab).strip();
                int tag = tab < 0 ? -1 : Bio.parse(line.substring(tab + 1).strip());
                if (tag < 0 || token.isEmpty()) {
                    throw new IllegalArgumentException(file + ":" + number
                            + ": expected a token, a tab and a tag (O, B-/I- with PERS, LOC, ORG"
                            + " or MISC), found: " + line);
                }
                tokens.add(token);
                tags.add(tag);
            }
        }
        flush(sentences, tokens, tags);
        return sentences;
    }

    private static void flush(List<Sentence> sentences, List<String> tokens, List<Integer> tags) {
        if (tokens.isEmpty()) {
            return;
        }
        int[] array = new int[tags.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = tags.get(i);
        }
        sentences.add(new Sentence(List.copyOf(tokens), array));
        tokens.clear();
        tags.clear();
    }
}
