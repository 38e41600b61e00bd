package org.qalam.extractors.entities;

/**
 * The best tag sequence under per-position tag scores and tag-to-tag transition scores, with the
 * BIO constraint that an inside tag follows a tag of its own type.
 *
 * <p>Shared by training and tagging so that both decode the same way. Linear in the length. An
 * instance keeps its work arrays between the segments of a document; it is not thread-safe.
 */
final class Viterbi {

    private static final int TAGS = Bio.COUNT;

    private final double[] transition;
    private double[] score = new double[0];
    private int[] back = new int[0];

    /**
     * A decoder with {@code (Bio.COUNT + 1) * Bio.COUNT} transition scores; row 0 is the sequence
     * start, row {@code p + 1} the tag {@code p}.
     */
    Viterbi(double[] transition) {
        this.transition = transition;
    }

    /**
     * The best tags of {@code n} positions.
     *
     * @param emission {@code n * Bio.COUNT} scores, position-major
     * @param transition the transition scores, as for {@link #Viterbi(double[])}
     */
    static int[] decode(double[] emission, int n, double[] transition) {
        int[] best = new int[n];
        new Viterbi(transition).decode(emission, 0, n, best);
        return best;
    }

    /**
     * Writes to {@code best[from .. from + n)} the best tags of the positions {@code from ..
     * from + n} whose scores are {@code emission[position * Bio.COUNT ..]}.
     */
    void decode(double[] emission, int from, int n, int[] best) {
        if (n == 0) {
            return;
        }
        if (score.length < n * TAGS) {
            score = new double[n * TAGS];
            back = new int[n * TAGS];
        }
        int first = from * TAGS;
        for (int t = 0; t < TAGS; t++) {
            score[t] = Bio.allowed(-1, t) ? transition[t] + emission[first + t]
                    : Double.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            int row = i * TAGS;
            int prevRow = row - TAGS;
            for (int t = 0; t < TAGS; t++) {
                double max = Double.NEGATIVE_INFINITY;
                int arg = Bio.O;
                // every tag may precede O and a begin tag; only its own type an inside tag
                int p = t == Bio.O || Bio.isBegin(t) ? 0 : t - 1;
                int end = t == Bio.O || Bio.isBegin(t) ? TAGS : t + 1;
                for (; p < end; p++) {
                    double s = score[prevRow + p] + transition[(p + 1) * TAGS + t];
                    if (s > max) {
                        max = s;
                        arg = p;
                    }
                }
                score[row + t] = max + emission[first + row + t];
                back[row + t] = arg;
            }
        }
        int last = (n - 1) * TAGS;
        int arg = Bio.O;
        for (int t = 1; t < TAGS; t++) {
            if (score[last + t] > score[last + arg]) {
                arg = t;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            best[from + i] = arg;
            arg = back[i * TAGS + arg];
        }
    }
}
