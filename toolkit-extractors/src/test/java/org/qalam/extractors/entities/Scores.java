package org.qalam.extractors.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Precision, recall and F1 per entity type over exact spans, and the table the evaluations print. */
final class Scores {

    /** A typed span: what gold and system mentions are compared by. */
    record Entity(String type, int start, int end) {
    }

    private final Map<String, int[]> counts = new TreeMap<>();

    /** Adds one document's gold and system entities (offsets in that document). */
    void add(Set<Entity> gold, Set<Entity> system) {
        for (Entity entity : system) {
            counts(entity.type())[gold.contains(entity) ? 0 : 1]++;
        }
        Set<Entity> missed = new HashSet<>(gold);
        missed.removeAll(system);
        for (Entity entity : missed) {
            counts(entity.type())[2]++;
        }
    }

    /** F1 over every type. */
    double overallF1() {
        int[] all = total();
        return f1(all);
    }

    /** F1 of one type, 0 when it never occurs. */
    double f1(String type) {
        return f1(counts(type));
    }

    /** The score table, one row per type and a total row. */
    String table(String title) {
        StringBuilder out = new StringBuilder(title).append('\n');
        out.append(String.format(Locale.ROOT, "  %-13s %6s %6s %6s %7s %7s %7s%n",
                "type", "tp", "fp", "fn", "P", "R", "F1"));
        for (Map.Entry<String, int[]> row : counts.entrySet()) {
            out.append(row(row.getKey(), row.getValue()));
        }
        out.append(row("overall", total()));
        return out.toString();
    }

    private static String row(String name, int[] c) {
        return String.format(Locale.ROOT, "  %-13s %6d %6d %6d %7.3f %7.3f %7.3f%n",
                name, c[0], c[1], c[2], precision(c), recall(c), f1(c));
    }

    private int[] total() {
        int[] all = new int[3];
        for (int[] c : counts.values()) {
            for (int i = 0; i < 3; i++) {
                all[i] += c[i];
            }
        }
        return all;
    }

    private int[] counts(String type) {
        return counts.computeIfAbsent(type, t -> new int[3]);
    }

    private static double precision(int[] c) {
        return c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
    }

    private static double recall(int[] c) {
        return c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
    }

    private static double f1(int[] c) {
        double p = precision(c);
        double r = recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Maps PER/LOC/ORG tags to mention types. */
    static String typeOf(String tag) {
        return switch (tag) {
            case "PER" -> EntityType.PERSON.label();
            case "LOC" -> EntityType.LOCATION.label();
            case "ORG" -> EntityType.ORGANIZATION.label();
            default -> throw new IllegalArgumentException("unknown entity tag " + tag);
        };
    }

    /** The system's entities of the given mentions, ignoring other extractors' types. */
    static Set<Entity> of(List<org.qalam.core.model.Mention> mentions) {
        Set<Entity> entities = new HashSet<>();
        for (org.qalam.core.model.Mention mention : mentions) {
            entities.add(new Entity(mention.type(), mention.start(), mention.end()));
        }
        return entities;
    }
}
