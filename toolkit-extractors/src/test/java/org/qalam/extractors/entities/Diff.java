package org.qalam.extractors.entities;

import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;

/** Prints the disagreements between gold and system entities of one text (for tuning by eye). */
final class Diff {

    private Diff() {
    }

    static void print(String text, Set<Scores.Entity> gold, Set<Scores.Entity> system) {
        Comparator<Scores.Entity> order = Comparator.comparingInt(Scores.Entity::start)
                .thenComparing(Scores.Entity::type);
        Set<Scores.Entity> all = new TreeSet<>(order);
        all.addAll(gold);
        all.addAll(system);
        for (Scores.Entity entity : all) {
            boolean inGold = gold.contains(entity);
            boolean inSystem = system.contains(entity);
            if (inGold != inSystem) {
                System.out.printf("  %s %-12s %s%n", inGold ? "MISS" : "FP  ", entity.type(),
                        text.substring(entity.start(), entity.end()));
            }
        }
    }
}
