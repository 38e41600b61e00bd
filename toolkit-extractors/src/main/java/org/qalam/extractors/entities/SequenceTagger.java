package org.qalam.extractors.entities;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * A trained tagger: a weight per feature key and tag, tag transition weights, and Viterbi
 * decoding over them; read from and written to the model file format.
 *
 * <p>Feature keys live in an open-addressing table of longs, so a look-up is one or two probes
 * and the model holds no text. Immutable and thread-safe.
 *
 * <p>File format (gzip): the magic {@code QNER}, the format version, the feature version
 * ({@link Features#VERSION}), the tag names, the transition weights, the number of features, the
 * feature keys and their weight rows (floats).
 */
final class SequenceTagger {

    /** The version of the file layout; a file of another version is refused. */
    static final int FORMAT_VERSION = 1;
    private static final int MAGIC = 0x514E4552;
    private static final long EMPTY = 0L;
    /** Table slots per key at most, so that probes stay short. */
    private static final int LOAD = 2;

    private final long[] slots;
    private final int[] rowOfSlot;
    private final float[] weights;
    private final double[] transition;
    private final int mask;

    private SequenceTagger(long[] keys, float[] weights, double[] transition) {
        int capacity = Integer.highestOneBit(Math.max(16, keys.length * LOAD) - 1) << 1;
        this.slots = new long[capacity];
        this.rowOfSlot = new int[capacity];
        this.mask = capacity - 1;
        this.weights = weights;
        this.transition = transition;
        for (int row = 0; row < keys.length; row++) {
            int slot = slotOf(keys[row]);
            slots[slot] = keys[row];
            rowOfSlot[slot] = row;
        }
    }

    /** A tagger of the given feature keys, their weight rows and the transition weights. */
    static SequenceTagger of(long[] keys, float[] weights, double[] transition) {
        return new SequenceTagger(keys, weights, transition);
    }

    /** The number of features with weights. */
    int features() {
        return weights.length / Bio.COUNT;
    }

    /** The best tags of the positions whose feature keys are {@code features}. */
    int[] tag(long[][] features) {
        int n = features.length;
        int tags = Bio.COUNT;
        double[] emission = new double[n * tags];
        for (int i = 0; i < n; i++) {
            int base = i * tags;
            for (long key : features[i]) {
                int slot = slotOf(key);
                if (slots[slot] == EMPTY) {
                    continue;
                }
                int row = rowOfSlot[slot] * tags;
                for (int t = 0; t < tags; t++) {
                    emission[base + t] += weights[row + t];
                }
            }
        }
        return Viterbi.decode(emission, n, transition);
    }

    private int slotOf(long key) {
        int slot = (int) (key ^ (key >>> 32)) & mask;
        while (slots[slot] != EMPTY && slots[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** Writes the model in the file format. */
    void write(OutputStream out) throws IOException {
        GZIPOutputStream zip = new GZIPOutputStream(out);
        DataOutputStream data = new DataOutputStream(zip);
        data.writeInt(MAGIC);
        data.writeInt(FORMAT_VERSION);
        data.writeInt(Features.VERSION);
        data.writeInt(Bio.COUNT);
        for (int t = 0; t < Bio.COUNT; t++) {
            data.writeUTF(Bio.name(t));
        }
        for (double w : transition) {
            data.writeFloat((float) w);
        }
        int rows = features();
        data.writeInt(rows);
        for (int slot = 0; slot < slots.length; slot++) {
            if (slots[slot] != EMPTY) {
                data.writeLong(slots[slot]);
                int row = rowOfSlot[slot] * Bio.COUNT;
                for (int t = 0; t < Bio.COUNT; t++) {
                    data.writeFloat(weights[row + t]);
                }
            }
        }
        data.flush();
        zip.finish();
    }

    /**
     * Reads a model written by {@link #write}; {@code source} names it in errors.
     *
     * @throws IllegalArgumentException if the data is no model, or a model of another version
     */
    static SequenceTagger read(InputStream in, String source) throws IOException {
        DataInputStream data;
        try {
            data = new DataInputStream(new GZIPInputStream(in));
            if (data.readInt() != MAGIC) {
                throw notAModel(source);
            }
        } catch (ZipException | EOFException e) {
            throw notAModel(source);
        }
        int format = data.readInt();
        int features = data.readInt();
        if (format != FORMAT_VERSION || features != Features.VERSION) {
            throw new IllegalArgumentException(source + ": entity model format " + format
                    + " with features " + features + "; this Qalam reads format " + FORMAT_VERSION
                    + " with features " + Features.VERSION + ": retrain it with qalam train entities");
        }
        int tags = data.readInt();
        if (tags != Bio.COUNT) {
            throw new IllegalArgumentException(source + ": entity model has " + tags
                    + " tags, expected " + Bio.COUNT);
        }
        for (int t = 0; t < tags; t++) {
            String name = data.readUTF();
            if (!name.equals(Bio.name(t))) {
                throw new IllegalArgumentException(source + ": entity model tag " + t + " is "
                        + name + ", expected " + Bio.name(t));
            }
        }
        double[] transition = new double[(tags + 1) * tags];
        for (int i = 0; i < transition.length; i++) {
            transition[i] = data.readFloat();
        }
        int rows = data.readInt();
        long[] keys = new long[rows];
        float[] weights = new float[rows * tags];
        for (int row = 0; row < rows; row++) {
            keys[row] = data.readLong();
            for (int t = 0; t < tags; t++) {
                weights[row * tags + t] = data.readFloat();
            }
        }
        return new SequenceTagger(keys, weights, transition);
    }

    private static IllegalArgumentException notAModel(String source) {
        return new IllegalArgumentException(source + " is not a Qalam entity model");
    }
}
