package org.qalam.arabic.lexicon;

import java.nio.ByteBuffer;

/**
 * The head words of the dictionary with the flag set of each of their entries, in one character
 * array indexed by an open-addressing hash table.
 *
 * <p>Why: a look-up must compare exact characters (no false positives) without creating a string
 * per call, and the table must be rebuilt from the compiled resource in milliseconds. Immutable.
 */
final class WordTable {

    private final char[] chars;
    private final int[] starts;
    private final int[] entryStarts;
    private final short[] entryFlags;
    private final int[] slots;

    private WordTable(char[] chars, int[] starts, int[] entryStarts, short[] entryFlags) {
        this.chars = chars;
        this.starts = starts;
        this.entryStarts = entryStarts;
        this.entryFlags = entryFlags;
        int words = starts.length - 1;
        int size = Integer.highestOneBit(Math.max(words, 1) * 2) * 2;
        this.slots = new int[size];
        int mask = size - 1;
        for (int w = 0; w < words; w++) {
            int slot = hash(chars, starts[w], starts[w + 1] - starts[w]) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = w + 1;
        }
    }

    /** Reads the word section written by {@link LexiconCompiler}. */
    static WordTable read(ByteBuffer in) {
        int words = in.getInt();
        char[] chars = new char[in.getInt()];
        short[] entryFlags = new short[in.getInt()];
        int[] starts = new int[words + 1];
        int at = 0;
        for (int w = 0; w < words; w++) {
            int length = in.get() & 0xFF;
            for (int i = 0; i < length; i++) {
                chars[at++] = in.getChar();
            }
            starts[w + 1] = at;
        }
        int[] entryStarts = new int[words + 1];
        int entry = 0;
        for (int w = 0; w < words; w++) {
            int count = in.get() & 0xFF;
            for (int k = 0; k < count; k++) {
                entryFlags[entry++] = in.getShort();
            }
            entryStarts[w + 1] = entry;
        }
        return new WordTable(chars, starts, entryStarts, entryFlags);
    }

    /** Index of the word {@code s[offset, offset + length)}, or -1 when it is not a head word. */
    int find(char[] s, int offset, int length) {
        int mask = slots.length - 1;
        for (int slot = hash(s, offset, length) & mask; slots[slot] != 0;
                slot = (slot + 1) & mask) {
            int w = slots[slot] - 1;
            if (equals(w, s, offset, length)) {
                return w;
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
            if (chars[start + i] != s[offset + i]) {
                return false;
            }
        }
        return true;
    }

    private static int hash(char[] s, int offset, int length) {
        int h = 0;
        for (int i = offset; i < offset + length; i++) {
            h = 31 * h + s[i];
        }
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        return h;
    }
}
