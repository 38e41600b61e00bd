package org.qalam.extractors.dates;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.List;
import java.util.Optional;
import org.qalam.language.numbers.ArabicNumberParser;
import org.qalam.language.numbers.NumberKind;
import org.qalam.language.numbers.NumberMatch;

/**
 * Reads the number at an atom with the language library's {@link ArabicNumberParser}: the one
 * place the date grammar turns text into a number, so that ثلاثة, الثالثة and 3 read alike
 * wherever a count, a day or an hour is expected, and number words are parsed by one grammar in
 * the whole toolkit.
 */
final class NumberReader {

    /**
     * A number found at an atom.
     *
     * @param value   the number; الثالثة وربع is 3.25
     * @param end     the atom after the number
     * @param ordinal whether it was written as an ordinal word (الثالث, ثالث)
     */
    record Reading(BigDecimal value, int end, boolean ordinal) {

        /** The value when it is a whole number that fits a date field, otherwise -1. */
        int whole() {
            if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100_000)) > 0
                    || value.stripTrailingZeros().scale() > 0) {
                return -1;
            }
            return value.intValue();
        }
    }

    private static final ArabicNumberParser PARSER = ArabicNumberParser.instance();

    private NumberReader() {
    }

    /** The number that starts at atom {@code i}, or null when there is none. */
    static Reading read(List<Atom> atoms, int i) {
        if (i >= atoms.size() || atoms.get(i).kind() == Atom.Kind.MARK) {
            return null;
        }
        if (atoms.get(i).key().equals("ال") && i + 1 < atoms.size() && atoms.get(i + 1).joined()
                && atoms.get(i + 1).isDigits()) {
            // الـ24 ساعة: the article before digits
            Reading digits = read(atoms, i + 1);
            return digits == null ? null : new Reading(digits.value(), digits.end(), true);
        }
        Optional<NumberMatch> match = PARSER.parse(keys(atoms), i);
        if (match.isEmpty() || match.get().kind() == NumberKind.PERCENT) {
            return null;
        }
        int end = match.get().end();
        if (atoms.get(i).isDigits() && end > i + 1 && !atoms.get(i + 1).joined()) {
            // 12 ألف is a number, but a day and a month are read one atom at a time
            end = i + 1;
            return new Reading(new BigDecimal(atoms.get(i).key()), end, false);
        }
        return new Reading(match.get().value(), end, match.get().kind() == NumberKind.ORDINAL);
    }

    /** The number written in atom {@code i} alone, or null. */
    static Reading readWord(List<Atom> atoms, int i) {
        return read(atoms.subList(0, i + 1), i);
    }

    /** The atoms' keys as the parser's word list, without copying them. */
    private static List<String> keys(List<Atom> atoms) {
        return new AbstractList<>() {
            @Override
            public String get(int index) {
                return atoms.get(index).key();
            }

            @Override
            public int size() {
                return atoms.size();
            }
        };
    }
}
