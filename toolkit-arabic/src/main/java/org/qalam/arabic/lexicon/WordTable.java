package org.qalam.arabic.lexicon;

import java.nio.ByteBuffer;
import java.util.Map;

/**
 * The head words of the dictionary with the flag set of each of their entries: one byte per
 * character (an index into the dictionary's alphabet) and an open-addressing hash table, all
 * computed at build time.
 *
 * <p>Why: a look-up must compare exact characters (no false positives) without creating a string
 * per call, and the table must come out of the compiled resource with a few bulk copies, so that
 * a cold start takes milliseconds. A slot holds a word's index in its low {@value #INDEX_BITS}
 * bits and the high bits of its hash above them: most look-ups are of strings that are no head
 * word (the stems an affix rule leaves), and the hash bits turn most of them away without
 * reading the word's characters from far away in memory. Immutable.
 */
final class WordTable {

    /** Bits of a slot that hold the word's index (plus one, so that 0 is an empty slot). */
    static final int INDEX_BITS = 20;
    private static final int INDEX_MASK = (1 << INDEX_BITS) - 1;

    private final byte[] codes;
    private final byte[] chars;
    private final int[] starts;
    private final int[] entryStarts;
    private final short[] entryFlags;
    private final int[] slots;

    private WordTable(byte[] codes, byte[] chars, int[] starts, int[] entryStarts,
            short[] entryFlags, int[] slots) {
        this.codes = codes;
        this.chars = chars;
        this.starts = starts;
        this.entryStarts = entryStarts;
        this.entryFlags = entryFlags;
        this.slots = slots;
    }

    /** Reads the word section written by {@link #write}. */
    static WordTable read(ByteBuffer in) {
        byte[] codes = codes(string(in));
        int words = in.getInt();
        byte[] lengths = bytes(in, words);
        byte[] chars = bytes(in, in.getInt());
        byte[] counts = bytes(in, words);
        short[] entryFlags = new short[in.getInt()];
        in.asShortBuffer().get(entryFlags);
        in.position(in.position() + 2 * entryFlags.length);
        int[] slots = new int[in.getInt()];
        in.asIntBuffer().get(slots);
        in.position(in.position() + 4 * slots.length);
        int[] starts = new int[words + 1];
        int[] entryStarts = new int[words + 1];
        for (int w = 0; w < words; w++) {
            starts[w + 1] = starts[w] + (lengths[w] & 0xFF);
            entryStarts[w + 1] = entryStarts[w] + (counts[w] & 0xFF);
        }
        return new WordTable(codes, chars, starts, entryStarts, entryFlags, slots);
    }

    /**
     * Writes {@code words} (each with the flag set ids of its entries) in the form {@link #read}
     * expects; {@code alphabet} lists every character of the words, at most 255.
     */
    static void write(ByteBuffer out, String alphabet, Map<String, short[]> words) {
        byte[] codes = codes(alphabet);
        out.putShort((short) alphabet.length());
        out.asCharBuffer().put(alphabet);
        out.position(out.position() + 2 * alphabet.length());
        out.putInt(words.size());
        int total = 0;
        int entries = 0;
        for (Map.Entry<String, short[]> e : words.entrySet()) {
            out.put((byte) e.getKey().length());
            total += e.getKey().length();
            entries += e.getValue().length;
        }
        out.putInt(total);
        for (String w : words.keySet()) {
            for (int i = 0; i < w.length(); i++) {
                out.put(codes[w.charAt(i)]);
            }
        }
        for (short[] sets : words.values()) {
            out.put((byte) sets.length);
        }
        out.putInt(entries);
        for (short[] sets : words.values()) {
            for (short set : sets) {
                out.putShort(set);
            }
        }
        if (words.size() >= INDEX_MASK) {
            throw new IllegalArgumentException("more than " + (INDEX_MASK - 1) + " head words");
        }
        int[] slots = new int[Integer.highestOneBit(words.size() * 5 / 3) * 2];
        int mask = slots.length - 1;
        int index = 0;
        for (String w : words.keySet()) {
            int h = hash(codes, w.toCharArray(), 0, w.length());
            int slot = h & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = (h & ~INDEX_MASK) | ++index;
        }
        out.putInt(slots.length);
        out.asIntBuffer().put(slots);
        out.position(out.position() + 4 * slots.length);
    }

    /** Index of the word {@code s[offset, offset + length)}, or -1 when it is not a head word. */
    int find(char[] s, int offset, int length) {
        int h = hash(codes, s, offset, length);
        if (h == 0) {
            return -1;
        }
        int mask = slots.length - 1;
        int hashBits = h & ~INDEX_MASK;
        for (int slot = h & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
            int value = slots[slot];
            if ((value & ~INDEX_MASK) == hashBits) {
                int w = (value & INDEX_MASK) - 1;
                if (equals(w, s, offset, length)) {
                    return w;
                }
            }
        }
        return -1;
    }

    /** First entry of word {@code w}; its entries are {@code [entryStart(w), entryStart(w + 1))}. */
    int entryStart(int w) {
        return entryStarts[w];
    }

    /** The flag set id of an entry. */
    int flagSet(int entry) {
        return entryFlags[entry];
    }

    private boolean equals(int w, char[] s, int offset, int length) {
        int start = starts[w];
        if (starts[w + 1] - start != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (chars[start + i] != codes[s[offset + i]]) {
                return false;
            }
        }
        return true;
    }

    /** Hash of the characters' codes, never 0; 0 when a character is outside the alphabet. */
    private static int hash(byte[] codes, char[] s, int offset, int length) {
        int h = 0;
        for (int i = offset; i < offset + length; i++) {
            int code = codes[s[i]] & 0xFF;
            if (code == 0) {
                return 0;
            }
            h = 31 * h + code;
        }
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        return h == 0 ? 1 : h;
    }

    private static byte[] codes(String alphabet) {
        if (alphabet.length() > 255) {
            throw new IllegalArgumentException("more than 255 characters in the dictionary");
        }
        byte[] codes = new byte[Character.MAX_VALUE + 1];
        for (int i = 0; i < alphabet.length(); i++) {
            codes[alphabet.charAt(i)] = (byte) (i + 1);
        }
        return codes;
    }

    private static String string(ByteBuffer in) {
        char[] chars = new char[in.getShort()];
        in.asCharBuffer().get(chars);
        in.position(in.position() + 2 * chars.length);
        return new String(chars);
    }

    private static byte[] bytes(ByteBuffer in, int length) {
        byte[] bytes = new byte[length];
        in.get(bytes);
        return bytes;
    }
}
