package org.qalam.arabic.evaluation;

/**
 * The cases an evaluation counted and the hits among them, read as a percentage.
 *
 * <p>Why: every score line of the evaluations is such a pair; counting both with one call keeps a
 * rate and its denominator from drifting apart.
 */
final class Tally {

    private long cases;
    private long hits;

    /** Counts one case, a hit or not. */
    void add(boolean hit) {
        cases++;
        if (hit) {
            hits++;
        }
    }

    /** Number of cases counted. */
    long cases() {
        return cases;
    }

    /** Number of hits among them. */
    long hits() {
        return hits;
    }

    /** {@code hits / cases} as a percentage; 0 before the first case. */
    double percent() {
        return cases == 0 ? 0 : 100.0 * hits / cases;
    }
}
