package org.qalam.extractors.entities;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * ANERcorp's training split ({@code ../shared/data/anercorp/train.conll}, CAMeL Lab split), read
 * by the trainer's own {@link Conll} reader, and its gold entities for scoring: MISC is not
 * scored; PERS is {@code person}, LOC {@code location}, ORG {@code organization}.
 */
final class Anercorp {

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

    /** The sentences as one text, tokens one space apart, with the scored gold entities. */
    static Window window(List<Conll.Sentence> sentences) {
        StringBuilder text = new StringBuilder();
        Set<Scores.Entity> gold = new HashSet<>();
        for (Conll.Sentence sentence : sentences) {
            int type = -1;
            int start = -1;
            int end = -1;
            for (int i = 0; i < sentence.tokens().size(); i++) {
                if (text.length() > 0) {
                    text.append(' ');
                }
                int tokenStart = text.length();
                text.append(sentence.tokens().get(i));
                int tag = sentence.tags()[i];
                if (tag != Bio.O && !Bio.isBegin(tag) && Bio.type(tag) == type) {
                    end = text.length();
                    continue;
                }
                add(gold, type, start, end);
                type = tag == Bio.O ? -1 : Bio.type(tag);
                start = tokenStart;
                end = text.length();
            }
            add(gold, type, start, end);
        }
        return new Window(text.toString(), gold);
    }

    /** Adds the entity of corpus type number {@code type} if it is a scored one. */
    private static void add(Set<Scores.Entity> gold, int type, int start, int end) {
        EntityType scored = type < 0 ? null : Bio.productType(type);
        if (scored != null) {
            gold.add(new Scores.Entity(scored.label(), start, end));
        }
    }
}
