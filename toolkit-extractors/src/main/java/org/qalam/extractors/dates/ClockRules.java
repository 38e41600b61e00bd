package org.qalam.extractors.dates;

import static org.qalam.extractors.dates.Vocabulary.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.qalam.extractors.dates.NumberReader.Reading;
import org.qalam.extractors.dates.Phrases.Hit;

/**
 * Rules for times of day: الساعة 10:30 صباحا, الساعة الثالثة عصرا, الثالثة وربع, الساعة 12 إلا
 * ربعا, 15:15, بتوقيت غرينتش; and الليلة. An hour without a part of the day is its next
 * occurrence after the reference time, as in Duckling.
 */
final class ClockRules extends Rules {

    /** Hours in half a day: a feminine ordinal after عند names one of them. */
    private static final int HALF_DAY = 12;

    private final PerAtom<Clock> clocks;

    ClockRules(Rules shared) {
        super(shared);
        this.clocks = new PerAtom<>(atoms.size(), this::readClock);
    }

    /** A time of day as written, before the day and the part of the day are applied. */
    record Clock(int hour, int minute, int second, Grain grain, DayPart part,
                         boolean utc, int end) {

        Clock withPart(DayPart newPart) {
            return new Clock(hour, minute, second, grain, newPart, utc, end);
        }
    }

    /**
     * A time of day: الساعة 10:30 صباحا, الساعة الثالثة عصرا, الثالثة فجرا, 15:15, الساعة 12 الا
     * ربع, الساعة ثلاثة وثلث. A bare number needs الساعة or a part of the day.
     */
    Clock clock(int i) {
        return clocks.get(i);
    }

    private Clock readClock(int i) {
        Hit<DayPart> before = DAY_PARTS.match(atoms, i);
        if (before != null) {
            Clock after = clock(before.end(), false);
            if (after != null && after.part() == null) {
                return after.withPart(before.value());
            }
        }
        return clock(i, false);
    }

    /**
     * A time of day at {@code i}; when {@code lenient}, a bare hour number is enough (the first
     * end of من 5 إلى 6 مساءً).
     */
    Clock clock(int i, boolean lenient) {
        Hit<Boolean> hourWord = HOUR_WORD.match(atoms, i);
        int j = hourWord == null ? i : hourWord.end();
        if (j >= atoms.size()) {
            return null;
        }
        int hour;
        int minute = 0;
        int second = 0;
        Grain grain = Grain.HOUR;
        boolean colon = false;
        boolean fraction = false;
        int k;
        if (atoms.get(j).isDigits() && isJoinedMark(j + 1, ":") && isJoinedDigits(j + 2)) {
            hour = atoms.get(j).number();
            minute = atoms.get(j + 2).number();
            grain = Grain.MINUTE;
            colon = true;
            k = j + 3;
            if (isJoinedMark(k, ":") && isJoinedDigits(k + 1)) {
                second = atoms.get(k + 1).number();
                grain = Grain.SECOND;
                k += 2;
            }
        } else {
            Reading reading = number(j);
            if (reading != null && reading.end() > j + 1
                    && reading.value().compareTo(BigDecimal.valueOf(24)) > 0) {
                reading = NumberReader.readWord(atoms, j); // الرابعة واربعون دقيقة: 4:40, not 44
            }
            if (reading != null && reading.value().signum() > 0
                    && reading.value().compareTo(BigDecimal.ONE) < 0) {
                // الساعة سبع الصبح: seven, not a seventh of the morning
                Reading alone = NumberReader.readWord(atoms, j);
                reading = alone != null && alone.value().compareTo(BigDecimal.ONE) >= 0
                        ? alone : reading;
            }
            if (reading == null || (atoms.get(j).isDigits() && atoms.get(j).key().length() > 2)
                    || !hourWord(j, hourWord != null || lenient)) {
                return null;
            }
            BigDecimal value = reading.value();
            if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(24)) > 0) {
                return null;
            }
            hour = value.intValue();
            minute = value.subtract(BigDecimal.valueOf(hour)).multiply(BigDecimal.valueOf(60))
                    .setScale(0, RoundingMode.HALF_UP).intValue();
            if (minute > 0) {
                grain = Grain.MINUTE;
            }
            k = reading.end();
            Part minutes = minutes(k);
            if (minutes != null) {
                minute = minutes.value();
                grain = Grain.MINUTE;
                k = minutes.end();
            }
            // الثامنة والنصف, العاشرة إلا ربعا: a feminine ordinal hour with a fraction of an hour
            // is a time; الخامسة والأربعين (45th) is not
            String word = atoms.get(j).key();
            fraction = grain == Grain.MINUTE && hour >= 1 && word.startsWith("ال")
                    && word.endsWith("ه") && (reading.value().stripTrailingZeros().scale() > 0
                    || FRACTIONS.at(atoms, reading.end()) || EXCEPT.at(atoms, reading.end()));
        }
        if (hour > 24 || minute > 59 || second > 59) {
            return null;
        }
        Hit<DayPart> part = DAY_PARTS.match(atoms, k);
        if (part == null && (colon || hourWord != null)) {
            part = CLOCK_MARKS.match(atoms, k); // 5:30 م, الساعة 10 ص
        }
        if (part != null) {
            k = part.end();
        }
        Hit<Boolean> utc = TIME_ZONE.match(atoms, k);
        if (utc != null) {
            k = utc.end();
        }
        boolean led = hourWord == null && HOUR_LEADS.at(atoms, j - 1) && hour >= 1
                && hour <= HALF_DAY && grain == Grain.HOUR && atoms.get(j).key().startsWith("ال")
                && atoms.get(j).key().endsWith("ه") && !isAge(k);
        if (hourWord == null && !colon && part == null && !fraction && !led
                && !(lenient && hour >= 1 && hour <= 12)) {
            return null;
        }
        if (minute < 0) {
            hour = (hour + 23) % 24;
            minute += 60;
        }
        return new Clock(hour, minute, second, grain, part == null ? null : part.value(),
                utc != null, k);
    }

    /**
     * A bare hour at {@code i} (digits or a number word, after an optional الساعة) without
     * minutes: the first end of بين 3 و5 مساء. Null when none.
     */
    Clock hour(int i) {
        int j = HOUR_WORD.skip(atoms, i);
        Reading reading = number(j);
        if (reading == null || reading.whole() < 1 || reading.whole() > 24
                || !hourWord(j, true)) {
            return null;
        }
        int end = atoms.get(j).isDigits() ? j + 1 : reading.end();
        return new Clock(reading.whole(), 0, 0, Grain.HOUR, null, false, end);
    }

    /**
     * Whether atom {@code j} can name an hour: digits (not the second score of 4 - 1 مساء), a
     * cardinal, or a feminine ordinal (الثالثة, الأولى), since the hour is feminine: الساعة الأول
     * and عبدالله الثاني بعد ظهر أمس are no times. Without الساعة a word must be feminine.
     */
    private boolean hourWord(int j, boolean afterHourWord) {
        Atom atom = atoms.get(j);
        if (atom.isDigits()) {
            return afterHourWord || j == 0 || !(atoms.get(j - 1).isDigits() || isMark(j - 1, "-"));
        }
        String key = atom.key();
        boolean feminine = key.endsWith("ه") || afterHourWord && key.equals("الاولي");
        return feminine || afterHourWord && !key.startsWith("ال");
    }

    /** The minutes after an hour: و18 دقيقة, وربع, ونصف, وثلث, الا ربع, إلا ثلثا. the minutes and the atom after them. */
    private Part minutes(int i) {
        Hit<Boolean> except = EXCEPT.match(atoms, i);
        if (except != null) {
            Hit<Integer> fraction = FRACTIONS.match(atoms, except.end());
            if (fraction != null) {
                return new Part(-fraction.value(), fraction.end());
            }
            Reading number = number(except.end());
            if (number != null && number.whole() > 0 && number.whole() < 60) {
                return new Part(-number.whole(), MINUTE_WORD.skip(atoms, number.end()));
            }
            return null;
        }
        if (i >= atoms.size() || !atoms.get(i).key().startsWith("و")) {
            return null;
        }
        Hit<Integer> fraction = FRACTIONS.match(atoms, i);
        if (fraction != null) {
            return new Part(fraction.value(), fraction.end());
        }
        boolean alone = atoms.get(i).key().equals("و");
        int base = alone ? i + 1 : i;
        List<Atom> rest = alone ? atoms.subList(base, Math.min(atoms.size(), base + 8))
                : withoutConjunction(i);
        Hit<Integer> bareFraction = FRACTIONS.match(rest, 0);
        if (bareFraction != null) {
            return new Part(bareFraction.value(), base + bareFraction.end());
        }
        Reading number = NumberReader.read(rest, 0);
        if (number == null || number.whole() < 1 || number.whole() > 59) {
            return null;
        }
        return new Part(number.whole(), MINUTE_WORD.skip(atoms, base + number.end()));
    }

    /** A few atoms from {@code i} on, the first without its leading conjunction و. */
    private List<Atom> withoutConjunction(int i) {
        Atom first = atoms.get(i);
        List<Atom> rest = new ArrayList<>(atoms.subList(i, Math.min(atoms.size(), i + 8)));
        rest.set(0, new Atom(first.start() + 1, first.end(), first.key().substring(1),
                first.kind(), false));
        return rest;
    }

    /** The clock on {@code date}, or on its next occurrence from now when {@code date} is null. */
    DateValue at(Clock clock, LocalDate date, boolean relative) {
        int hour = clock.hour();
        if (clock.part() != null) {
            hour = switch (clock.part()) {
                case MORNING -> hour % 12;
                case NOON -> hour >= 1 && hour <= 5 ? hour + 12 : hour;
                case AFTERNOON, EVENING -> hour < 12 ? hour + 12 : hour;
                case NIGHT -> hour >= 6 && hour < 12 ? hour + 12 : hour % 12 == 0 && hour > 0 ? 0 : hour;
            };
        }
        LocalDateTime time;
        if (date != null && !(date.equals(today) && relative)) {
            time = date.atTime(hour % 24, clock.minute(), clock.second()).plusDays(hour / 24);
        } else {
            time = today.atTime(hour % 24, clock.minute(), clock.second()).plusDays(hour / 24);
            boolean ambiguous = clock.part() == null && hour >= 1 && hour <= 12;
            if (ambiguous && time.isBefore(now)) {
                time = time.plusHours(12);
                if (time.isBefore(now)) {
                    time = time.plusHours(12);
                }
            }
        }
        if (clock.utc()) {
            time = time.atZone(ZoneOffset.UTC).withZoneSameInstant(zone).toLocalDateTime();
        }
        return DateValue.point(time, clock.grain(), relative || date == null);
    }

    /** The hours of a part of the day on {@code date}: صباح الغد is 04:00 to 11:00. */
    static DateValue partOf(LocalDate date, DayPart part, boolean relative) {
        int first = switch (part) {
            case MORNING -> 4;
            case NOON, AFTERNOON -> 12;
            case EVENING, NIGHT -> 18;
        };
        int last = switch (part) {
            case MORNING -> 11;
            case NOON -> 13;
            case AFTERNOON -> 17;
            case EVENING, NIGHT -> 23;
        };
        return DateValue.between(date.atTime(first, 0), date.atTime(last, 0), Grain.HOUR, relative);
    }

    /**
     * الليلة, هذه الليلة: this evening, 18:00 to 23:00, or the one before or after with a
     * direction (الليلة الماضية, الليلة الجاية); منتصف الليل, منتصف النهار.
     */
    Found namedTime(int i) {
        Hit<Boolean> hit = TONIGHT.match(atoms, i);
        if (hit != null) {
            Hit<Direction> direction = DIRECTIONS.match(atoms, hit.end());
            LocalDate night = direction == null ? today : today.plusDays(step(direction.value()));
            return new Found(direction == null ? hit.end() : direction.end(),
                    partOf(night, DayPart.EVENING, true));
        }
        Hit<Integer> named = NAMED_HOURS.match(atoms, i);
        if (named == null) {
            return null;
        }
        LocalDateTime time = today.atTime(named.value() % 24, 0).plusDays(named.value() / 24);
        return new Found(named.end(), DateValue.point(time, Grain.HOUR, true));
    }

    /** Whether an age follows at {@code i}: عند السابعة من عمره, من العمر. */
    private boolean isAge(int i) {
        return isKey(i, "من") && i + 1 < atoms.size()
                && (atoms.get(i + 1).key().startsWith("عمر") || isKey(i + 1, "العمر"));
    }
}
