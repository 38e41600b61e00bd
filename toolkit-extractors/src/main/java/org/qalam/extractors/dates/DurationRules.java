package org.qalam.extractors.dates;

import static org.qalam.extractors.dates.Vocabulary.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.qalam.extractors.dates.NumberReader.Reading;
import org.qalam.extractors.dates.Phrases.Hit;

/**
 * Rules for lengths of time, the {@code duration} mentions: ثلاث ساعات (PT3H), أسبوعين (P2W),
 * سنة ونص (P1Y6M), نص ساعة (PT30M), ساعتين و20 دقيقة (PT2H20M). An offset or a span that
 * contains a length (بعد ساعتين, خلال أسبوعين) is a date and wins, being longer.
 */
final class DurationRules extends Rules {

    /** How many of each smaller unit one unit holds, for fractions: half a year is 6 months. */
    private static final Map<Grain, Integer> SMALLER = Map.of(Grain.YEAR, 12, Grain.MONTH, 30,
            Grain.WEEK, 7, Grain.DAY, 24, Grain.HOUR, 60, Grain.MINUTE, 60);

    /** The atoms a number after a fused و is read in. */
    private static final int LOOKAHEAD = 8;

    /** Digits kept of a fraction such as a third. */
    private static final int FRACTION_DIGITS = 6;

    /** Below this a fraction of a smaller unit is rounding, not a part of the length. */
    private static final BigDecimal EPSILON = new BigDecimal("0.001");

    /** The most lengths one duration joins with و: سنة وشهرين و3 أيام. */
    private static final int MAX_PARTS = 4;

    DurationRules(Rules shared) {
        super(shared);
    }

    /** A length of time at {@code i} as an ISO 8601 duration, or null. */
    Found duration(int i) {
        Hit<Boolean> whole = WHOLE.match(atoms, i);
        Hit<Grain> unit = whole == null ? null : WHOLE_UNITS.match(atoms, whole.end());
        if (unit != null) {
            // طوال اليوم: a day long
            return Found.duration(unit.end(), iso(Map.of(unit.value(), BigDecimal.ONE)));
        }
        Map<Grain, BigDecimal> parts = new EnumMap<>(Grain.class);
        int end = amount(i, parts, null);
        if (end < 0) {
            return null;
        }
        for (int n = 1; n < MAX_PARTS && end < atoms.size(); n++) {
            Grain smallest = smallest(parts);
            int next = continuation(end, parts, smallest);
            if (next < 0) {
                break;
            }
            end = next;
        }
        return Found.duration(lessAFraction(end, parts), iso(parts));
    }

    /**
     * الا ربع after a length, which takes a fraction of its last unit off: ساعتين الا ربع is an
     * hour and 45 minutes. Returns the atom after it, or {@code i} when there is none.
     */
    private int lessAFraction(int i, Map<Grain, BigDecimal> parts) {
        Hit<Boolean> except = EXCEPT.match(atoms, i);
        Hit<Integer> fraction = except == null ? null : UNIT_FRACTIONS.match(atoms, except.end());
        Grain last = smallest(parts);
        BigDecimal count = parts.get(last);
        if (fraction == null || count == null || count.compareTo(BigDecimal.ONE) < 0
                || count.stripTrailingZeros().scale() > 0) {
            return i;
        }
        BigDecimal rest = count.subtract(BigDecimal.ONE);
        if (rest.signum() > 0) {
            parts.put(last, rest);
        } else {
            parts.remove(last);
        }
        add(parts, last, BigDecimal.ONE.subtract(BigDecimal.ONE.divide(
                BigDecimal.valueOf(fraction.value()), FRACTION_DIGITS, RoundingMode.HALF_UP)));
        return fraction.end();
    }

    /** و and a fraction of the last unit (ونص) or a smaller length (و20 دقيقة); -1 when none. */
    private int continuation(int i, Map<Grain, BigDecimal> parts, Grain last) {
        if (i >= atoms.size() || !atoms.get(i).key().startsWith("و")) {
            return -1;
        }
        Hit<Integer> fraction = UNIT_FRACTIONS.match(atoms, i);
        if (fraction == null && isKey(i, "و")) {
            fraction = UNIT_FRACTIONS.match(atoms, i + 1);
        }
        if (fraction != null) {
            // عقد ونصف: the fraction of the unit said before it, fifteen years
            Hit<Unit> unit = DURATION_UNITS.match(atoms, i - 1);
            int size = unit == null || unit.end() != i ? 1 : unit.value().size();
            add(parts, last, BigDecimal.valueOf(size).divide(BigDecimal.valueOf(fraction.value()),
                    FRACTION_DIGITS, RoundingMode.HALF_UP));
            return fraction.end();
        }
        int j = isKey(i, "و") ? i + 1 : i;
        Map<Grain, BigDecimal> more = new EnumMap<>(Grain.class);
        int end = j == i ? amountAfterConjunction(i, more) : amount(j, more, last);
        if (end < 0 || more.keySet().stream().anyMatch(parts::containsKey)) {
            return -1;
        }
        more.forEach((grain, value) -> add(parts, grain, value));
        return end;
    }

    /** وساعتين, وثلاثة أشهر: a length written on the conjunction. */
    private int amountAfterConjunction(int i, Map<Grain, BigDecimal> parts) {
        Hit<Unit> unit = unit(DURATION_UNITS, i);
        if (unit != null && unit.value().count() > 0) {
            add(parts, unit.value().grain(), BigDecimal.valueOf(unit.value().total()));
            return unit.end();
        }
        Atom first = atoms.get(i);
        List<Atom> rest = new ArrayList<>(atoms.subList(i, Math.min(atoms.size(), i + LOOKAHEAD)));
        rest.set(0, new Atom(first.start() + 1, first.end(), first.key().substring(1),
                first.kind(), false));
        Reading number = NumberReader.read(rest, 0);
        if (number == null || number.ordinal() || number.value().signum() <= 0) {
            return -1;
        }
        unit = unit(DURATION_UNITS, i + number.end());
        if (unit == null || unit.value().count() == 2) {
            return -1;
        }
        add(parts, unit.value().grain(), unit.value().times(number.value()));
        return unit.end();
    }

    /**
     * One length at {@code i}: a dual unit (ساعتين), a count and a unit (3 ساعات, تلت تيام), a
     * fraction of a unit (ربع ساعة), a unit alone (أسبوع), each with an optional ونص after it. The
     * atom after it, or -1; {@code larger}, when not null, is a unit the length must be smaller
     * than.
     */
    private int amount(int i, Map<Grain, BigDecimal> parts, Grain larger) {
        Hit<Unit> unit = unit(DURATION_UNITS, i);
        if (unit != null) {
            if (unit.value().count() == 0) {
                return -1; // ساعات alone is no length
            }
            if (unit.value().count() == 1 && unit.end() < atoms.size()
                    && atoms.get(unit.end()).kind() == Atom.Kind.WORD
                    && atoms.get(unit.end()).key().startsWith("ال")) {
                return -1; // يوم الأرض, ساعة الصفر: the day of, no length
            }
            if (TO_ANOTHER.at(atoms, unit.end())) {
                return -1; // من يوم لآخر: from one day to the next
            }
            boolean whole = i == 0 && unit.end() == atoms.size();
            if (larger == null && AMBIGUOUS_SINGULARS.at(atoms, i) && !whole
                    && !ONE.at(atoms, unit.end()) && !saidAsLength(i, unit.end(), false)) {
                return -1; // مرة ثانية, مدير عام: an ordinal, an adjective
            }
            add(parts, unit.value().grain(), BigDecimal.valueOf(unit.value().total()));
            return unit.value().count() == 1 ? ONE.skip(atoms, unit.end()) : unit.end();
        }
        Part spelled = fractionAsCount(i);
        if (spelled != null) {
            unit = unit(DURATION_UNITS, spelled.end());
            add(parts, unit.value().grain(), unit.value().times(BigDecimal.valueOf(spelled.value())));
            return unit.end();
        }
        Hit<Integer> fraction = UNIT_FRACTIONS.match(atoms, i);
        if (fraction != null) {
            unit = unit(DURATION_UNITS, fraction.end());
            if (unit == null || unit.value().count() != 1 || unit.value().size() != 1) {
                return -1;
            }
            addFraction(parts, unit.value().grain(), fraction.value());
            return unit.end();
        }
        BigDecimal value;
        int after;
        if (isJoinedMark(i + 1, ".") || isJoinedMark(i + 1, "٫")) {
            // 3.5 ساعة, 123.45 ثانية: digits cut into atoms at the decimal point
            if (!atoms.get(i).isDigits() || !isJoinedDigits(i + 2)) {
                return -1;
            }
            value = new BigDecimal(atoms.get(i).key() + "." + atoms.get(i + 2).key());
            after = i + 3;
        } else {
            Reading number = number(i);
            if (number == null || number.ordinal() || number.value().signum() <= 0) {
                return -1;
            }
            value = number.value();
            after = number.end();
        }
        unit = unit(DURATION_UNITS, after);
        if (unit == null || unit.value().count() == 2) {
            return -1;
        }
        add(parts, unit.value().grain(), unit.value().times(value));
        return unit.end();
    }

    private static Grain smallest(Map<Grain, BigDecimal> parts) {
        Grain smallest = Grain.YEAR;
        for (Grain grain : parts.keySet()) {
            smallest = grain.compareTo(smallest) > 0 ? grain : smallest;
        }
        return smallest;
    }

    /** Adds one {@code denominator}-th of a unit of {@code grain}: a quarter hour is 15 minutes. */
    private static void addFraction(Map<Grain, BigDecimal> parts, Grain grain, int denominator) {
        add(parts, grain, BigDecimal.ONE.divide(BigDecimal.valueOf(denominator), FRACTION_DIGITS,
                RoundingMode.HALF_UP));
    }

    /** Adds {@code value} units of {@code grain}, its fraction as whole smaller units. */
    private static void add(Map<Grain, BigDecimal> parts, Grain grain, BigDecimal value) {
        BigDecimal whole = new BigDecimal(value.toBigInteger());
        BigDecimal fraction = value.subtract(whole);
        if (whole.signum() > 0) {
            parts.merge(grain, whole, BigDecimal::add);
        }
        if (fraction.signum() > 0) {
            Integer smaller = SMALLER.get(grain);
            if (smaller == null) {
                parts.merge(grain, fraction, BigDecimal::add);
            } else {
                Grain next = grain == Grain.WEEK || grain == Grain.MONTH ? Grain.DAY
                        : grain == Grain.YEAR ? Grain.MONTH : Grain.values()[grain.ordinal() + 1];
                BigDecimal inSmaller = fraction.multiply(BigDecimal.valueOf(smaller));
                BigDecimal rounded = inSmaller.setScale(0, RoundingMode.HALF_UP);
                // a third of an hour is 20 minutes, not 19.99998
                add(parts, next, inSmaller.subtract(rounded).abs().compareTo(EPSILON) < 0
                        ? rounded : inSmaller);
            }
        }
    }

    /** P1Y6M, PT2H30M, P2W: weeks alone stay weeks, beside other units they count as days. */
    static String iso(Map<Grain, BigDecimal> parts) {
        Map<Grain, BigDecimal> units = new EnumMap<>(parts);
        if (units.containsKey(Grain.WEEK) && units.size() > 1) {
            units.merge(Grain.DAY, units.remove(Grain.WEEK).multiply(BigDecimal.valueOf(7)),
                    BigDecimal::add);
        }
        StringBuilder iso = new StringBuilder("P");
        append(iso, units, Grain.YEAR, 'Y');
        append(iso, units, Grain.MONTH, 'M');
        append(iso, units, Grain.WEEK, 'W');
        append(iso, units, Grain.DAY, 'D');
        if (units.keySet().stream().anyMatch(Grain::isClock)) {
            iso.append('T');
            append(iso, units, Grain.HOUR, 'H');
            append(iso, units, Grain.MINUTE, 'M');
            append(iso, units, Grain.SECOND, 'S');
        }
        return iso.toString();
    }

    private static void append(StringBuilder iso, Map<Grain, BigDecimal> units, Grain grain,
                               char designator) {
        BigDecimal value = units.get(grain);
        if (value != null) {
            iso.append(value.stripTrailingZeros().toPlainString()).append(designator);
        }
    }
}
