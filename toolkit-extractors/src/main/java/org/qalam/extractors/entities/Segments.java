package org.qalam.extractors.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a document's units into sentence-like segments after each barrier of final punctuation,
 * so that the tagger decodes, and its feature window looks, within one sentence as in training.
 */
final class Segments {

    private static final String FINAL = ".!?؟…";

    private Segments() {
    }

    /** The start of each segment of {@code units}, followed by {@code units.size()}. */
    static int[] bounds(String text, List<Unit> units) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i + 1 < units.size(); i++) {
            Unit unit = units.get(i);
            if (!unit.word() && unit.end() - unit.start() >= 1
                    && FINAL.indexOf(text.charAt(unit.end() - 1)) >= 0) {
                starts.add(i + 1);
            }
        }
        starts.add(units.size());
        int[] bounds = new int[starts.size()];
        for (int i = 0; i < bounds.length; i++) {
            bounds[i] = starts.get(i);
        }
        return bounds;
    }
}
