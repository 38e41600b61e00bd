package org.qalam.extractors.dates;

import java.util.List;

/**
 * Reads the number at an atom: the one place the date grammar turns text into a number, so that
 * ثلاثة, الثالثة and 3 read alike wherever a count, a day or an hour is expected.
 */
final class NumberReader {

    /**
     * A number found at an atom.
     *
     * @param value   the number
     * @param end     the atom after the number
     * @param ordinal whether it was written as an ordinal word (الثالث, ثالث)
     */
    record Reading(long value, int end, boolean ordinal) {
    }

    private NumberReader() {
    }

    /** The number that starts at atom {@code i}, or null when there is none. */
    static Reading read(List<Atom> atoms, int i) {
        if (i >= atoms.size()) {
            return null;
        }
        Atom atom = atoms.get(i);
        if (atom.isDigits() && atom.number() >= 0) {
            return new Reading(atom.number(), i + 1, false);
        }
        return null;
    }
}
