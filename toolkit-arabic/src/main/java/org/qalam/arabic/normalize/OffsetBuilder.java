package org.qalam.arabic.normalize;

import java.util.Arrays;

/** Growable pair of offset arrays, one entry per normalized char; used while normalizing. */
final class OffsetBuilder {

    private int[] starts;
    private int[] ends;
    private int size;

    OffsetBuilder(int capacity) {
        starts = new int[Math.max(capacity, 8)];
        ends = new int[starts.length];
    }

    void add(int start, int end) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        size++;
    }

    int size() {
        return size;
    }

    int start(int index) {
        return starts[index];
    }

    int end(int index) {
        return ends[index];
    }

    /** Extends the last entry to {@code end} if it ends exactly at {@code at}. */
    void absorb(int at, int end) {
        if (size > 0 && ends[size - 1] == at) {
            ends[size - 1] = end;
        }
    }

    void truncate(int newSize) {
        size = newSize;
    }

    int[] starts() {
        return Arrays.copyOf(starts, size);
    }

    int[] ends() {
        return Arrays.copyOf(ends, size);
    }
}
