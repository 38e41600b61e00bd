package org.qalam.extractors.entities;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * A trained tagger: a weight per feature key and tag, tag transition weights, and Viterbi
 * decoding over them; read from and written to the model file format.
 *
 * <p>Feature keys live in an open-addressing table beside their weights, so a look-up is one or
 * two probes into one stretch of memory and the model holds no text. Immutable and thread-safe.
 *
 * <p>File format (gzip): the magic {@code QNER}, the format version, the feature version
 * ({@link Features#VERSION}), the tag names, the transition weights, the number of features, the
 * feature keys and their weight rows (floats).
 */
final class SequenceTagger {

    /** The version of the file layout; a file of another version is refused. */
    static final int FORMAT_VERSION = 1;
    private static final int MAGIC = 0x514E4552;
    /** Table slots per key at least, so that probes stay short. */
    private static final int LOAD = 2;
    /** Ints per table slot: the key's high and low halves, then a weight per tag. */
    private static final int STRIDE = 2 + Bio.COUNT;

    /**
     * The open-addressing table: per slot its key (0 for an empty slot) and the key's weights
     * as float bits, side by side, so that a look-up reads one stretch of memory.
     */
    private final int[] table;
    private final int mask;
    private final int features;
    private final double[] transition;

    /**
     * A tagger of {@code rows} feature rows laid out as in the file: per row, the key's high and
     * low halves, then its weight per tag as float bits.
     */
    private SequenceTagger(int[] rows, double[] transition) {
        int keys = rows.length / STRIDE;
        int capacity = Integer.highestOneBit(Math.max(16, keys * LOAD) - 1) << 1;
        this.table = new int[capacity * STRIDE];
        this.mask = capacity - 1;
        this.features = keys;
        this.transition = transition;
        for (int row = 0; row < rows.length; row += STRIDE) {
            int at = find(rows[row], rows[row + 1]);
            System.arraycopy(rows, row, table, at, STRIDE);
        }
    }

    /** A tagger of the given feature keys, their weight rows and the transition weights. */
    static SequenceTagger of(long[] keys, float[] weights, double[] transition) {
        int[] rows = new int[keys.length * STRIDE];
        for (int row = 0; row < keys.length; row++) {
            int at = row * STRIDE;
            rows[at] = (int) (keys[row] >>> 32);
            rows[at + 1] = (int) keys[row];
            for (int t = 0; t < Bio.COUNT; t++) {
                rows[at + 2 + t] = Float.floatToRawIntBits(weights[row * Bio.COUNT + t]);
            }
        }
        return new SequenceTagger(rows, transition);
    }

    /** The number of features with weights. */
    int features() {
        return features;
    }

    /** The best tags of the positions whose feature keys are {@code features}. */
    int[] tag(long[][] features) {
        int n = features.length;
        double[] emission = new double[n * Bio.COUNT];
        for (int i = 0; i < n; i++) {
            addScores(features[i], emission, i * Bio.COUNT);
        }
        return decode(emission, n);
    }

    /** Adds the weights of {@code keys} per tag to {@code scores[offset ..]}. */
    void addScores(long[] keys, double[] scores, int offset) {
        for (long key : keys) {
            int at = find(key);
            if (table[at] == 0 && table[at + 1] == 0) {
                continue;
            }
            for (int t = 0; t < Bio.COUNT; t++) {
                scores[offset + t] += Float.intBitsToFloat(table[at + 2 + t]);
            }
        }
    }

    /** The best tags of {@code n} positions with the given per-tag {@code emission} scores. */
    int[] decode(double[] emission, int n) {
        return Viterbi.decode(emission, n, transition);
    }

    /** A decoder of this tagger's transitions, for the segments of one document. */
    Viterbi viterbi() {
        return new Viterbi(transition);
    }

    /** The table index of {@code key}'s slot, or of the empty slot where it would go. */
    private int find(long key) {
        return find((int) (key >>> 32), (int) key);
    }

    /** The table index of the slot of the key with halves {@code high} and {@code low}. */
    private int find(int high, int low) {
        int slot = (high ^ low) & mask;
        while (true) {
            int at = slot * STRIDE;
            if (table[at] == high && table[at + 1] == low
                    || table[at] == 0 && table[at + 1] == 0) {
                return at;
            }
            slot = (slot + 1) & mask;
        }
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
        data.writeInt(features);
        for (int at = 0; at < table.length; at += STRIDE) {
            if (table[at] != 0 || table[at + 1] != 0) {
                data.writeInt(table[at]);
                data.writeInt(table[at + 1]);
                for (int t = 0; t < Bio.COUNT; t++) {
                    data.writeInt(table[at + 2 + t]);
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
        GZIPInputStream zip;
        try {
            zip = new GZIPInputStream(in);
        } catch (ZipException | EOFException e) {
            throw notAModel(source);
        }
        byte[] bytes = zip.readAllBytes();
        ByteArrayInputStream header = new ByteArrayInputStream(bytes);
        DataInputStream data = new DataInputStream(header);
        try {
            if (data.readInt() != MAGIC) {
                throw notAModel(source);
            }
        } catch (EOFException e) {
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
        // the rows in one bulk copy: reading them value by value through a stream dominated the load
        int at = bytes.length - header.available();
        if (rows < 0 || (long) rows * STRIDE * Integer.BYTES > bytes.length - at) {
            throw new EOFException(source + ": entity model ends before its " + rows + " features");
        }
        int[] table = new int[rows * STRIDE];
        ByteBuffer.wrap(bytes, at, table.length * Integer.BYTES).asIntBuffer().get(table);
        return new SequenceTagger(table, transition);
    }

    private static IllegalArgumentException notAModel(String source) {
        return new IllegalArgumentException(source + " is not a Qalam entity model");
    }
}
