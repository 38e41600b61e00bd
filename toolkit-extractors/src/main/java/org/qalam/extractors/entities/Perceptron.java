package org.qalam.extractors.entities;

import java.util.List;

/**
 * A structured averaged perceptron over {@link Bio} tags (Collins 2002): features of each
 * position vote for tags, transitions score tag pairs, Viterbi finds the best sequence, and each
 * wrong sequence moves the weights towards the gold one. The weights returned are averaged over
 * every update, which generalizes far better than the last ones; the weights of several
 * perceptrons trained in different orders may be averaged in turn ({@link #meanOf}).
 *
 * <p>Training state only: {@link #tagger} turns it into the immutable {@link SequenceTagger}.
 */
final class Perceptron {

    private static final int TAGS = Bio.COUNT;

    private final long[] keys;
    private final double[] weights;
    private final double[] sums;
    private final double[] transition = new double[(TAGS + 1) * TAGS];
    private final double[] transitionSums = new double[(TAGS + 1) * TAGS];
    /** The number of examples seen so far plus one: the averaging clock. */
    private long clock = 1;

    /** A perceptron over features numbered {@code 0 .. keys.length - 1}, keyed by {@code keys}. */
    Perceptron(long[] keys) {
        this.keys = keys;
        this.weights = new double[keys.length * TAGS];
        this.sums = new double[keys.length * TAGS];
    }

    /**
     * Decodes one example with the current weights and, if it is wrong, updates them.
     *
     * @param ids per position, the numbers of its features
     * @return the number of positions tagged wrong
     */
    int learn(int[][] ids, int[] gold) {
        int n = ids.length;
        double[] emission = new double[n * TAGS];
        for (int i = 0; i < n; i++) {
            for (int f : ids[i]) {
                int row = f * TAGS;
                for (int t = 0; t < TAGS; t++) {
                    emission[i * TAGS + t] += weights[row + t];
                }
            }
        }
        int[] guess = Viterbi.decode(emission, n, transition);
        int wrong = 0;
        for (int i = 0; i < n; i++) {
            int previousGold = i == 0 ? -1 : gold[i - 1];
            int previousGuess = i == 0 ? -1 : guess[i - 1];
            if (guess[i] != gold[i]) {
                wrong++;
                for (int f : ids[i]) {
                    update(weights, sums, f * TAGS + gold[i], 1);
                    update(weights, sums, f * TAGS + guess[i], -1);
                }
            }
            if (guess[i] != gold[i] || previousGuess != previousGold) {
                update(transition, transitionSums, (previousGold + 1) * TAGS + gold[i], 1);
                update(transition, transitionSums, (previousGuess + 1) * TAGS + guess[i], -1);
            }
        }
        clock++;
        return wrong;
    }

    private void update(double[] w, double[] s, int index, double delta) {
        w[index] += delta;
        s[index] += clock * delta;
    }

    /**
     * The tagger of the averaged weights, keeping the features with a weight of at least
     * {@code minWeight} in absolute value for some tag.
     */
    SequenceTagger tagger(double minWeight) {
        return meanOf(List.of(this), minWeight);
    }

    /**
     * The tagger of the mean of {@code members}' averaged weights, perceptrons over the same
     * features trained in different orders, keeping the features with a mean weight of at least
     * {@code minWeight} in absolute value for some tag.
     */
    static SequenceTagger meanOf(List<Perceptron> members, double minWeight) {
        long[] keys = members.get(0).keys;
        double[] weights = new double[keys.length * TAGS];
        double[] transition = new double[(TAGS + 1) * TAGS];
        for (Perceptron member : members) {
            if (member.keys != keys) {
                throw new IllegalArgumentException("members must share their features");
            }
            member.addAveraged(member.weights, member.sums, weights, members.size());
            member.addAveraged(member.transition, member.transitionSums, transition,
                    members.size());
        }
        int kept = 0;
        boolean[] keep = new boolean[keys.length];
        for (int f = 0; f < keys.length; f++) {
            for (int t = 0; t < TAGS; t++) {
                keep[f] |= Math.abs(weights[f * TAGS + t]) >= minWeight;
            }
            kept += keep[f] ? 1 : 0;
        }
        long[] keptKeys = new long[kept];
        float[] keptWeights = new float[kept * TAGS];
        int row = 0;
        for (int f = 0; f < keys.length; f++) {
            if (keep[f]) {
                keptKeys[row] = keys[f];
                for (int t = 0; t < TAGS; t++) {
                    keptWeights[row * TAGS + t] = (float) weights[f * TAGS + t];
                }
                row++;
            }
        }
        return SequenceTagger.of(keptKeys, keptWeights, transition);
    }

    /** Adds this perceptron's averaged {@code w}, divided by {@code members}, to {@code mean}. */
    private void addAveraged(double[] w, double[] s, double[] mean, int members) {
        for (int i = 0; i < w.length; i++) {
            mean[i] += averaged(w, s, i) / members;
        }
    }

    private double averaged(double[] w, double[] s, int index) {
        return w[index] - s[index] / clock;
    }
}
