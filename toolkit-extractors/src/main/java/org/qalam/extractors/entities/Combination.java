package org.qalam.extractors.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Joins what the tagger found with what the rules found: the tagger's entities stand, and a rule's
 * entity is added where it overlaps none of them.
 *
 * <p>The tagger already weighs the rules' output as features, so where both spoke it has the last
 * word; where it said nothing, a listed name or a precise rule still counts.
 */
final class Combination {

    private Combination() {
    }

    /** The entities of both over {@code units} units, in text order, never overlapping. */
    static List<Found> merge(List<Found> model, List<Found> rules, int units) {
        boolean[] taken = new boolean[units];
        for (Found found : model) {
            Arrays.fill(taken, found.first(), found.last() + 1, true);
        }
        List<Found> merged = new ArrayList<>(model);
        for (Found rule : rules) {
            boolean free = true;
            for (int k = rule.first(); k <= rule.last() && free; k++) {
                free = !taken[k];
            }
            if (free) {
                merged.add(rule);
            }
        }
        merged.sort(Comparator.comparingInt(Found::first));
        return merged;
    }
}
