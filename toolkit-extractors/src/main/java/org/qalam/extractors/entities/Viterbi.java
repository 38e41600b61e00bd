package org.qalam.extractors.entities;

import java.util.stream.IntStream;

/**
 * The best tag sequence under per-position tag scores and tag-to-tag transition scores, with the
 * BIO constraint that an inside tag follows a tag of its own type.
 *
 * <p>Shared by training and tagging so that both decode the same way. Linear in the length.
 */
final class Viterbi {

    /** Per tag, the tags that may precede it, in ascending order (ties go to the first). */
    private static final int[][] PREDECESSORS = predecessors();

    private Viterbi() {
    }

    /**
     * The best tags of {@code n} positions.
     *
     * @param emission {@code n * Bio.COUNT} scores, position-major
     * @param transition {@code (Bio.COUNT + 1) * Bio.COUNT} scores; row 0 is the sequence start,
     *     row {@code p + 1} the tag {@code p}
     */
    static int[] decode(double[] emission, int n, double[] transition) {
        int tags = Bio.COUNT;
        int[] best = new int[n];
        if (n == 0) {
            return best;
        }
        double[] score = new double[n * tags];
        int[] back = new int[n * tags];
        for (int t = 0; t < tags; t++) {
            score[t] = Bio.allowed(-1, t) ? transition[t] + emission[t] : Double.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            int row = i * tags;
            int prevRow = row - tags;
            for (int t = 0; t < tags; t++) {
                double max = Double.NEGATIVE_INFINITY;
                int arg = Bio.O;
                for (int p : PREDECESSORS[t]) {
                    double s = score[prevRow + p] + transition[(p + 1) * tags + t];
                    if (s > max) {
                        max = s;
                        arg = p;
                    }
                }
                score[row + t] = max + emission[row + t];
                back[row + t] = arg;
            }
        }
        int last = (n - 1) * tags;
        int arg = Bio.O;
        for (int t = 1; t < tags; t++) {
            if (score[last + t] > score[last + arg]) {
                arg = t;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            best[i] = arg;
            arg = back[i * tags + arg];
        }
        return best;
    }

    private static int[][] predecessors() {
        int[][] predecessors = new int[Bio.COUNT][];
        for (int t = 0; t < Bio.COUNT; t++) {
            int tag = t;
            predecessors[t] = IntStream.range(0, Bio.COUNT)
                    .filter(p -> Bio.allowed(p, tag)).toArray();
        }
        return predecessors;
    }
}
