package org.qalam.extractors.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * ANERcorp's training split ({@code ../shared/data/anercorp/train.conll}, CAMeL Lab split): one
 * {@code token<TAB>tag} per line, BIO over PERS, LOC, ORG and MISC, a blank line between
 * sentences. MISC is not scored; PERS is {@code person}, LOC {@code location}, ORG
 * {@code organization}.
 */
final class Anercorp {

    /** A sentence's tokens and tags. */
    record Sentence(List<String> tokens, List<String> tags) {
    }

    /** Some consecutive sentences joined by single spaces, with their gold entities. */
    record Window(String text, Set<Scores.Entity> gold) {
    }

    private Anercorp() {
    }

    /** The file, or where it would be. */
    static Path file() {
        return Path.of(System.getProperty("qalam.shared.data", "../shared/data"), "anercorp",
                "train.conll");
    }

    /** Every sentence of the file, in file order. */
    static List<Sentence> read(Path file) throws IOException {
        List<Sentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    if (!tokens.isEmpty()) {
                        sentences.add(new Sentence(List.copyOf(tokens), List.copyOf(tags)));
                        tokens.clear();
                        tags.clear();
                    }
                    continue;
                }
                int tab = line.indexOf('\t');
                tokens.add(tab < 0 ? line : line.substring(0, tab));
                tags.add(tab < 0 ? "O" : line.substring(tab + 1).strip());
            }
        }
        if (!tokens.isEmpty()) {
            sentences.add(new Sentence(List.copyOf(tokens), List.copyOf(tags)));
        }
        return sentences;
    }

    /** The sentences as one text, tokens one space apart, with the scored gold entities. */
    static Window window(List<Sentence> sentences) {
        StringBuilder text = new StringBuilder();
        Set<Scores.Entity> gold = new HashSet<>();
        for (Sentence sentence : sentences) {
            String type = null;
            int start = -1;
            int end = -1;
            for (int i = 0; i < sentence.tokens().size(); i++) {
                if (text.length() > 0) {
                    text.append(' ');
                }
                int tokenStart = text.length();
                text.append(sentence.tokens().get(i));
                String tag = sentence.tags().get(i);
                if (tag.startsWith("I-") && type != null && tag.substring(2).equals(type)) {
                    end = text.length();
                    continue;
                }
                add(gold, type, start, end);
                type = tag.startsWith("B-") || tag.startsWith("I-") ? tag.substring(2) : null;
                start = tokenStart;
                end = text.length();
            }
            add(gold, type, start, end);
        }
        return new Window(text.toString(), gold);
    }

    private static void add(Set<Scores.Entity> gold, String tag, int start, int end) {
        String type = tag == null ? null : switch (tag) {
            case "PERS" -> EntityType.PERSON.label();
            case "LOC" -> EntityType.LOCATION.label();
            case "ORG" -> EntityType.ORGANIZATION.label();
            default -> null;
        };
        if (type != null) {
            gold.add(new Scores.Entity(type, start, end));
        }
    }
}
