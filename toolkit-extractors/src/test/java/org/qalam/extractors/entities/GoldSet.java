package org.qalam.extractors.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The team's gold sets ({@code gold-msa.txt}, news; {@code gold-encyclopedic.txt}, reference
 * articles): documents of sentences with entities written {@code [surface|TYPE]}. Sentences of a
 * document are joined by one space.
 */
final class GoldSet {

    /** One document: its plain text and its gold entities. */
    record Doc(String text, Set<Scores.Entity> entities, int sentences) {
    }

    private GoldSet() {
    }

    /** The gold set in resource {@code name}, next to this class. */
    static List<Doc> read(String name) throws IOException {
        List<Doc> docs = new ArrayList<>();
        try (InputStream in = GoldSet.class.getResourceAsStream(name);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            StringBuilder text = new StringBuilder();
            Set<Scores.Entity> entities = new HashSet<>();
            int sentences = 0;
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                if (line.isBlank()) {
                    if (sentences > 0) {
                        docs.add(new Doc(text.toString(), Set.copyOf(entities), sentences));
                    }
                    text.setLength(0);
                    entities.clear();
                    sentences = 0;
                    continue;
                }
                if (sentences > 0) {
                    text.append(' ');
                }
                parse(line.strip(), text, entities);
                sentences++;
            }
            if (sentences > 0) {
                docs.add(new Doc(text.toString(), Set.copyOf(entities), sentences));
            }
        }
        return docs;
    }

    /** Appends the plain text of {@code line} to {@code text}, collecting its entities. */
    static void parse(String line, StringBuilder text, Set<Scores.Entity> entities) {
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '[') {
                int bar = line.indexOf('|', i);
                int close = line.indexOf(']', bar);
                if (bar < 0 || close < 0) {
                    throw new IllegalArgumentException("unclosed entity in: " + line);
                }
                int start = text.length();
                text.append(line, i + 1, bar);
                entities.add(new Scores.Entity(Scores.typeOf(line.substring(bar + 1, close)),
                        start, text.length()));
                i = close + 1;
            } else {
                text.append(c);
                i++;
            }
        }
    }
}
