package org.qalam.extractors.entities;

import java.util.Locale;
import java.util.Set;

/**
 * Counts the errors of system entities against gold ones by kind, to show where an F1 is lost:
 * a wrong boundary (same type, overlapping span), a wrong type (same span), both, a mention
 * with no gold entity under it (spurious), and a gold entity no mention touches (missed).
 */
final class ErrorKinds {

    private int boundary;
    private int type;
    private int boundaryAndType;
    private int spurious;
    private int missed;

    /** Adds one document's gold and system entities (offsets in that document). */
    void add(Set<Scores.Entity> gold, Set<Scores.Entity> system) {
        for (Scores.Entity entity : system) {
            if (gold.contains(entity)) {
                continue;
            }
            boolean sameType = false;
            boolean sameSpan = false;
            boolean overlaps = false;
            for (Scores.Entity g : gold) {
                if (g.start() < entity.end() && entity.start() < g.end()) {
                    overlaps = true;
                    sameType |= g.type().equals(entity.type());
                    sameSpan |= g.start() == entity.start() && g.end() == entity.end();
                }
            }
            if (!overlaps) {
                spurious++;
            } else if (sameSpan) {
                type++;
            } else if (sameType) {
                boundary++;
            } else {
                boundaryAndType++;
            }
        }
        for (Scores.Entity g : gold) {
            if (system.stream().noneMatch(s -> s.start() < g.end() && g.start() < s.end())) {
                missed++;
            }
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "  errors by kind: boundary %d, type %d, boundary and"
                + " type %d, spurious %d, missed %d", boundary, type, boundaryAndType, spurious,
                missed);
    }
}
