package org.qalam.extractors.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Viterbi decoding against an exhaustive search over every tag sequence the BIO rules allow. */
class ViterbiTest {

    private static final int TAGS = Bio.COUNT;

    @Test
    void findsTheBestAllowedSequence() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            int n = 1 + random.nextInt(4);
            double[] emission = gaussians(random, n * TAGS);
            double[] transition = gaussians(random, (TAGS + 1) * TAGS);

            int[] decoded = Viterbi.decode(emission, n, transition);

            assertThat(decoded).isEqualTo(exhaustive(emission, n, transition));
        }
    }

    @Test
    void decodesSegmentsOfOneArrayWithOneDecoder() {
        Random random = new Random(11);
        double[] transition = gaussians(random, (TAGS + 1) * TAGS);
        int[] lengths = {3, 1, 6, 2};
        int n = Arrays.stream(lengths).sum();
        double[] emission = gaussians(random, n * TAGS);
        int[] best = new int[n];
        Viterbi decoder = new Viterbi(transition);
        int from = 0;
        for (int length : lengths) {
            decoder.decode(emission, from, length, best);
            int[] alone = Viterbi.decode(
                    Arrays.copyOfRange(emission, from * TAGS, (from + length) * TAGS), length,
                    transition);
            assertThat(Arrays.copyOfRange(best, from, from + length)).isEqualTo(alone);
            from += length;
        }
    }

    private static double[] gaussians(Random random, int count) {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = random.nextGaussian();
        }
        return values;
    }

    /** The allowed sequence of the highest score, by trying every sequence. */
    private static int[] exhaustive(double[] emission, int n, double[] transition) {
        int[] tags = new int[n];
        int[] best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        int total = (int) Math.pow(TAGS, n);
        for (int code = 0; code < total; code++) {
            int rest = code;
            for (int i = 0; i < n; i++) {
                tags[i] = rest % TAGS;
                rest /= TAGS;
            }
            double score = 0;
            int previous = -1;
            for (int i = 0; i < n && score > Double.NEGATIVE_INFINITY; i++) {
                score = Bio.allowed(previous, tags[i])
                        ? score + transition[(previous + 1) * TAGS + tags[i]]
                                + emission[i * TAGS + tags[i]]
                        : Double.NEGATIVE_INFINITY;
                previous = tags[i];
            }
            if (score > bestScore) {
                bestScore = score;
                best = tags.clone();
            }
        }
        return best;
    }
}
