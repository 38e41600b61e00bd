package org.qalam.extractors.dates;

import java.util.function.IntFunction;

/**
 * What a rule reads at each atom of one document, read once: the grammar asks for the day, the
 * time or the number at an atom from many rules, so each answer (null included) is kept.
 *
 * @param <T> what is read at an atom
 */
final class PerAtom<T> {

    private final IntFunction<T> reader;
    private final Object[] values;
    private final boolean[] read;

    /** Reads with {@code reader} at atoms {@code 0} to {@code size - 1}, each when first asked. */
    PerAtom(int size, IntFunction<T> reader) {
        this.reader = reader;
        this.values = new Object[size];
        this.read = new boolean[size];
    }

    /** What is read at atom {@code i}, or null past either end of the atoms. */
    @SuppressWarnings("unchecked")
    T get(int i) {
        if (i < 0 || i >= values.length) {
            return null;
        }
        if (!read[i]) {
            values[i] = reader.apply(i);
            read[i] = true;
        }
        return (T) values[i];
    }
}
