package org.qalam.extractors.dates;

import static org.qalam.extractors.dates.Vocabulary.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.qalam.extractors.dates.NumberReader.Reading;
import org.qalam.extractors.dates.Phrases.Hit;

/**
 * Rules for periods relative to the reference: the current, last or next week, month or year
 * (الأسبوع الماضي, هذه السنة), offsets (قبل ثلاثة أيام, منذ عامين, بعد أسبوع, خلال أسبوعين) and
 * spans (خلال الأيام الثلاثة الماضية, الأسابيع الثلاثة القادمة, آخر 3 سنوات).
 */
final class PeriodRules extends Rules {

    /**
     * How many of which unit an offset says, the atom after the words, and whether it was said
     * in decades, whose fraction after them is of ten years.
     */
    private record Amount(int count, Grain unit, int end, boolean decades) {

        Amount(int count, Grain unit, int end) {
            this(count, unit, end, false);
        }
    }

    /** How many of the unit an offset falls back to one unit holds: an hour is 60 minutes. */
    private static final Map<Grain, Integer> SMALLER_UNITS = Map.of(
            Grain.YEAR, 12, Grain.HOUR, 60, Grain.DAY, 24);

    PeriodRules(Rules shared) {
        super(shared);
    }

    /** الأسبوع الماضي, الشهر المقبل, العام الحالي, هذه السنة. */
    Found period(int i) {
        int j = THIS.skip(atoms, i);
        Hit<Grain> unit = PERIODS.match(atoms, j);
        if (unit == null) {
            return null;
        }
        int steps = 0;
        int end = unit.end();
        if (j == i) {
            Hit<Direction> direction = DIRECTIONS.match(atoms, end);
            Hit<Direction> twice = BEYOND.match(atoms, end);
            if (twice != null && DIRECTIONS.at(atoms, twice.end())) {
                // الأسبوع بعد القادم, الشهر قبل الماضي
                direction = DIRECTIONS.match(atoms, twice.end());
                if (direction.value() != twice.value()) {
                    return null;
                }
                steps = step(direction.value());
            } else if (direction == null) {
                return null;
            }
            steps += step(direction.value());
            end = direction.end();
        }
        Grain grain = unit.value();
        return new Found(end, DateValue.point(grain.plus(grain.truncate(now), steps), grain, true));
    }

    /**
     * قبل ثلاثة أيام, منذ أكثر من عامين, بعد أسبوع, من أسبوع, خلال أسبوعين, بعد أسبوعين من الآن.
     * An offset is a day (or a minute for hours); خلال gives the span from now.
     */
    Found offset(int i) {
        int sign;
        Hit<Boolean> lead;
        boolean within = false;
        if ((lead = AGO.match(atoms, i)) != null) {
            sign = -1;
        } else if ((lead = IN.match(atoms, i)) != null) {
            sign = 1;
        } else if ((lead = WITHIN_OFFSET.match(atoms, i)) != null) {
            sign = 1;
            within = true;
        } else if (isKey(i, "من") && (i == 0 || atoms.get(i - 1).kind() == Atom.Kind.MARK
                || atoms.get(i - 1).kind() == Atom.Kind.WORD && !NOT_AGO.at(atoms, i - 1))) {
            // من أسبوع, وصلت من يومين: a week, two days ago; not أكثر من أسبوعين, مكون من يومين
            lead = new Hit<>(Boolean.TRUE, i + 1);
            sign = -1;
        } else {
            return null;
        }
        Amount amount = amount(APPROXIMATELY.skip(atoms, lead.end()));
        if (amount == null) {
            amount = amount(lead.end()); // قبل شي يامات: شي is a few before a plural
        }
        amount = withFraction(amount);
        if (amount == null) {
            return null;
        }
        int end = amount.end();
        if (isKey(i, "من") && (UNTIL.at(atoms, end) || TO_ANOTHER.at(atoms, end))) {
            return null; // من شهرين إلى 3 أشهر, من يوم لآخر: a range of lengths, from one to the next
        }
        if (number(end) != null || WEEKDAYS.at(atoms, end) || MONTHS.at(atoms, end)
                || HIJRI_MONTHS.at(atoms, end) || DAYS.at(atoms, end)) {
            return null;
        }
        if (sign > 0) {
            end = FROM_NOW.skip(atoms, end);
        }
        Grain unit = amount.unit();
        LocalDateTime moved = unit.plus(now, (long) sign * amount.count());
        Grain grain = unit.isClock() ? Grain.MINUTE : Grain.DAY;
        if (within) {
            LocalDateTime last = unit.isClock() ? moved : moved.minusDays(1);
            return new Found(end, DateValue.between(now, last, grain, true));
        }
        return new Found(end, DateValue.point(moved, grain, true));
    }

    /**
     * The amount with a fraction of its unit after it in smaller units: ساعة ونص is 90 minutes,
     * سنة ونص 18 months; the amount itself when none follows or the fraction is no whole number
     * of the smaller unit.
     */
    private Amount withFraction(Amount amount) {
        if (amount == null || amount.end() >= atoms.size()
                || !atoms.get(amount.end()).key().startsWith("و")) {
            return amount;
        }
        int i = isKey(amount.end(), "و") ? amount.end() + 1 : amount.end();
        Hit<Integer> fraction = UNIT_FRACTIONS.match(atoms, i);
        if (amount.decades()) {
            // منذ عقد ونصف: fifteen years
            return fraction == null || Unit.DECADE_YEARS % fraction.value() != 0 ? amount
                    : new Amount(amount.count() + Unit.DECADE_YEARS / fraction.value(), Grain.YEAR,
                    fraction.end());
        }
        Integer smaller = SMALLER_UNITS.get(amount.unit());
        if (fraction == null || smaller == null || smaller % fraction.value() != 0) {
            return amount;
        }
        Grain unit = amount.unit() == Grain.YEAR ? Grain.MONTH
                : amount.unit() == Grain.HOUR ? Grain.MINUTE : Grain.HOUR;
        return new Amount(amount.count() * smaller + smaller / fraction.value(), unit,
                fraction.end());
    }

    /** A count and a unit: 3 أيام, ثلاثة أيام, يومين, أسبوع, بضعة أشهر; null when none. */
    private Amount amount(int i) {
        Hit<Unit> unit = unit(UNITS, i);
        if (unit != null && unit.value().count() > 0) {
            return new Amount(unit.value().total(), unit.value().grain(), unit.end(),
                    unit.value().size() > 1);
        }
        int count;
        int j;
        Hit<Boolean> few = FEW.match(atoms, i);
        Part spelled = fractionAsCount(i);
        if (few != null) {
            count = FEW_COUNT;
            j = few.end();
        } else if (spelled != null) {
            count = spelled.value();
            j = spelled.end();
        } else {
            Reading number = number(i);
            if (number == null || number.ordinal() || number.value().signum() <= 0
                    || number.value().compareTo(BigDecimal.valueOf(1000)) > 0) {
                return null;
            }
            unit = unit(UNITS, number.end());
            if (number.whole() < 0 && unit != null && unit.value().grain() == Grain.HOUR) {
                // نصف ساعة, ربع ساعة are minutes
                int minutes = number.value().multiply(BigDecimal.valueOf(60)).intValue();
                return new Amount(minutes, Grain.MINUTE, unit.end());
            }
            if (number.whole() < 1) {
                return null;
            }
            count = number.whole();
            j = number.end();
        }
        unit = unit(UNITS, j);
        if (unit == null || unit.value().count() == 2) {
            return null;
        }
        return new Amount(count * unit.value().size(), unit.value().grain(), unit.end(),
                unit.value().size() > 1);
    }

    /**
     * الأيام الثلاثة الماضية, خلال الأيام 3 الماضية, الأسابيع الثلاثة القادمة, الأيام القليلة
     * الماضية.
     */
    Found span(int i) {
        int j = WITHIN.skip(atoms, i);
        Grain grain;
        long n;
        Hit<Direction> direction;
        Hit<Grain> dual = DEFINITE_DUALS.match(atoms, j);
        Hit<Boolean> last = LAST.match(atoms, j);
        if (dual != null) {
            grain = dual.value();
            n = 2;
            direction = DIRECTIONS.match(atoms, dual.end());
        } else if (last != null && isKey(j, "اخر")) {
            // آخر ثلاثة أيام, خلال آخر 3 سنوات
            Amount amount = amount(last.end());
            if (amount == null || amount.count() < 2 && unit(UNITS, last.end()) != null) {
                return null;
            }
            grain = amount.unit();
            n = amount.count();
            direction = new Hit<>(Direction.PAST, amount.end());
        } else {
            Hit<Grain> unit = DEFINITE_UNITS.match(atoms, j);
            Part count = unit == null ? null : definiteCount(unit.end());
            if (count == null) {
                return null;
            }
            grain = unit.value();
            n = count.value();
            direction = DIRECTIONS.match(atoms, count.end());
        }
        if (direction == null || direction.value() == Direction.THIS) {
            return null;
        }
        if (grain.isClock()) {
            LocalDateTime other = grain.plus(now, step(direction.value()) * n);
            return new Found(direction.end(), direction.value() == Direction.PAST
                    ? DateValue.between(other, now, Grain.MINUTE, true)
                    : DateValue.between(now, other, Grain.MINUTE, true));
        }
        LocalDateTime current = grain.truncate(now);
        DateValue value = direction.value() == Direction.PAST
                ? DateValue.between(grain.plus(current, -n), grain.plus(current, -1), grain, true)
                : DateValue.between(grain.plus(current, 1), grain.plus(current, n), grain, true);
        return new Found(direction.end(), value);
    }

    /**
     * بقية الأسبوع, ما تبقى من العام, باقي هذا الشهر: the days from today to the end of the
     * current week (the one {@link #weekStart} begins), month or year; not of another one (بقية
     * الشهر المقبل, بقية الأسبوع الأول).
     */
    Found restOf(int i) {
        Hit<Boolean> rest = REST_OF.match(atoms, i);
        Hit<Grain> unit = rest == null ? null : WHOLE_UNITS.match(atoms, THIS.skip(atoms, rest.end()));
        if (unit == null || unit.value() == Grain.DAY || ordinal(unit.end()) != null) {
            return null;
        }
        int end = unit.end();
        Hit<Direction> direction = DIRECTIONS.match(atoms, end);
        if (direction != null && direction.value() != Direction.THIS) {
            return null;
        }
        end = direction == null ? end : direction.end(); // بقية العام الحالي
        Grain grain = unit.value();
        LocalDate last = grain == Grain.WEEK ? weekStart(1).minusDays(1)
                : grain.plus(grain.truncate(now), 1).toLocalDate().minusDays(1);
        return new Found(end, DateValue.between(today.atStartOfDay(), last.atStartOfDay(),
                Grain.DAY, true));
    }
}
