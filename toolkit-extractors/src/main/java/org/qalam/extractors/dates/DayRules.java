package org.qalam.extractors.dates;

import static org.qalam.extractors.dates.Vocabulary.*;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import org.qalam.extractors.dates.NumberReader.Reading;
import org.qalam.extractors.dates.Phrases.Hit;

/**
 * Rules for one day: relative days (أمس, بعد غد), weekdays (الخميس المقبل, الأحد من الأسبوع
 * الماضي), day and month (15 كانون الثاني 2020, الرابع من نيسان), numeric dates (2023/05/10,
 * ١٠/٥/٢٠٢٣ day first), the n-th weekday or week of a month, and the edges of a month (منتصف
 * آذار, أواخر مارس). Holidays and Hijri days count as days too.
 */
final class DayRules extends Rules {

    /** Days in a week, a Hijri month's weeks counted from its first day. */
    private static final int DAYS_IN_WEEK = 7;

    private final MonthRules monthRules;
    private final HijriRules hijriRules;
    private final PerAtom<Found> days;

    DayRules(Rules shared, MonthRules monthRules, HijriRules hijriRules) {
        super(shared);
        this.monthRules = monthRules;
        this.hijriRules = hijriRules;
        this.days = new PerAtom<>(atoms.size(), this::readDay);
    }

    /** Any expression of one day at atom {@code i} (read once per document). */
    Found day(int i) {
        return days.get(i);
    }

    private Found readDay(int i) {
        return longest(relativeDay(i), weekday(i), dayOfMonth(i), numericDate(i), nthWeekday(i),
                edgeOfMonth(i), dayOnly(hijriRules.holiday(i)), dayOnly(hijriRules.hijri(i)));
    }

    /** {@code found} when it is one day (a holiday, a Hijri date), else null. */
    private static Found dayOnly(Found found) {
        return found != null && found.isDay() ? found : null;
    }

    private Found relativeDay(int i) {
        Hit<Integer> hit = DAYS.match(atoms, i);
        if (hit != null && isKey(i, "اليوم") && hit.end() == i + 1
                && (endsQuotedName(i) || namesAnotherDay(i + 1))) {
            return null;
        }
        if (hit == null) {
            return null;
        }
        return new Found(appositiveWeekday(hit.end()), DateValue.point(
                today.plusDays(hit.value()).atStartOfDay(), Grain.DAY, true));
    }

    /**
     * The atom after a weekday at {@code i} that names again the day said before it (اليوم
     * الخميس, أمس الأربعاء, صباح اليوم الأحد), or {@code i} when none does; a weekday with a date
     * after it (الخميس 5 مارس) is a date of its own.
     */
    int appositiveWeekday(int i) {
        Hit<DayOfWeek> named = WEEKDAYS.match(atoms, i);
        return named == null || number(named.end()) != null || monthName(named.end()) != null
                ? i : named.end();
    }

    /**
     * Whether the word at {@code i} makes the اليوم before it some other day than today: an
     * ordinal (اليوم الأول من المؤتمر, اليوم الأخير) or a word of {@code not-today} (اليوم الوطني,
     * اليوم العالمي للمرأة, في اليوم ذاته).
     */
    private boolean namesAnotherDay(int i) {
        Reading reading = number(i);
        return reading != null && reading.ordinal() || FIRST.at(atoms, i) || LAST.at(atoms, i)
                || NOT_TODAY.at(atoms, i);
    }

    /** Whether atom {@code i} ends a quoted name after another word: "روسيا اليوم", "المصري اليوم". */
    private boolean endsQuotedName(int i) {
        return i > 0 && atoms.get(i - 1).kind() == Atom.Kind.WORD && i + 1 < atoms.size()
                && atoms.get(i + 1).joined() && "\"»”'".contains(atoms.get(i + 1).key());
    }

    /** الخميس, يوم الخميس القادم, الأحد من الأسبوع الماضي, الاثنين 18 شباط, السبت السادس عشر. */
    private Found weekday(int i) {
        Part week = week(i);
        int lead = week != null ? week.end() : THIS.skip(atoms, i);
        int j = DAY_WORD.skip(atoms, lead);
        Hit<DayOfWeek> wd = WEEKDAYS.match(atoms, j);
        boolean bare = false;
        if (wd == null) {
            wd = BARE_WEEKDAYS.match(atoms, j);
            bare = true;
        }
        if (wd == null && (wd = AMBIGUOUS_WEEKDAYS.match(atoms, j)) != null) {
            bare = false;
            if (j == lead && (!saysDay(wd.end()) || isDefiniteWord(i - 1))) {
                return null; // التلات بنات, السنوات الثلاث الماضية: the three, not Tuesday
            }
        }
        if (wd == null || isKey(wd.end(), "عشر", "عشره")) {
            return null;
        }
        int k = wd.end();
        if (week != null) {
            return new Found(k, dayValue(inWeek(week.value(), wd.value())));
        }
        Part weekAfter = week(OF.skip(atoms, k));
        if (weekAfter != null) {
            return new Found(weekAfter.end(), dayValue(inWeek(weekAfter.value(), wd.value())));
        }
        if (bare) {
            return null;
        }
        Found full = fullDate(AGREEING.skip(atoms, k));
        if (full != null) {
            // الثلاثاء الثالث من أيلول is the third Tuesday unless the 3rd is a Tuesday
            boolean agrees = full.value().start().getDayOfWeek() == wd.value();
            return agrees || nthWeekday(j) == null ? full : null;
        }
        Hit<Direction> twice = BEYOND.match(atoms, k);
        Hit<Direction> beyond = twice == null ? null : DIRECTIONS.match(atoms, twice.end());
        if (beyond != null && beyond.value() == twice.value()) {
            // الاثنين بعد الجاي, الجمعة قبل الماضية: one week past the next or the last one
            LocalDate date = beyond.value() == Direction.NEXT
                    ? today.with(TemporalAdjusters.next(wd.value())).plusWeeks(1)
                    : today.with(TemporalAdjusters.previous(wd.value())).minusWeeks(1);
            return new Found(beyond.end(), dayValue(date));
        }
        Hit<Direction> direction = DIRECTIONS.match(atoms, k);
        if (direction != null) {
            LocalDate date = switch (direction.value()) {
                case PAST -> today.with(TemporalAdjusters.previous(wd.value()));
                case THIS -> inWeek(0, wd.value());
                case NEXT -> today.with(TemporalAdjusters.next(wd.value()));
            };
            return new Found(direction.end(), dayValue(date));
        }
        Found withDay = weekdayAndDay(wd.value(), AGREEING.skip(atoms, k));
        if (withDay != null) {
            return withDay;
        }
        LocalDate alone = switch (settings.bareWeekday()) {
            case NEXT -> today.with(TemporalAdjusters.next(wd.value()));
            case PAST -> today.with(TemporalAdjusters.previous(wd.value()));
            case THIS -> inWeek(0, wd.value());
        };
        return new Found(k, dayValue(alone));
    }

    /**
     * Whether the words at {@code i}, after a dialect weekday that is also an everyday word
     * (التلات, الحد), make it a day: a direction (الجاي, اللي فات), a part of the day, الساعة, or
     * the other end of a range of weekdays (من الحد للخميس).
     */
    private boolean saysDay(int i) {
        Hit<Boolean> until = UNTIL.match(atoms, i);
        return DIRECTIONS.at(atoms, i) || BEYOND.at(atoms, i) && DIRECTIONS.at(atoms, i + 1)
                || DAY_PARTS.at(atoms, i) || HOUR_WORD.at(atoms, i)
                || until != null && WEEKDAYS.at(atoms, DAY_WORD.skip(atoms, until.end()));
    }

    /** A date written after a weekday: day and month, or numeric. */
    private Found fullDate(int i) {
        Found best = longer(dayOfMonth(i), numericDate(i));
        return best != null && best.isDay() ? best : null;
    }

    /**
     * الجمعة 15, السبت السادس عشر: the nearest day of that number that falls on the weekday; a
     * small ordinal counts weekdays instead: الأحد الثاني is this month's second Sunday.
     */
    private Found weekdayAndDay(DayOfWeek weekday, int i) {
        Reading day = number(i);
        if (day == null || day.whole() < 1 || day.whole() > 31 || startsUnit(day.end())
                || !atoms.get(i).isDigits() && !atoms.get(i).key().startsWith("ال")
                && !isKey(i - 1, "في")) {
            // يوم السبت أول حالات: an ordinal in construct is not a day of the month
            return null;
        }
        if (day.ordinal() && day.whole() <= 5) {
            // الأحد الثاني: the second Sunday of this month
            LocalDate date = today.withDayOfMonth(1).with(TemporalAdjusters.nextOrSame(weekday))
                    .plusWeeks(day.whole() - 1L);
            return date.getMonth() == today.getMonth() ? new Found(day.end(), dayValue(date)) : null;
        }
        LocalDate nearest = null;
        for (YearMonth month = YearMonth.from(today).minusMonths(13), last = month.plusMonths(26);
                month.isBefore(last); month = month.plusMonths(1)) {
            if (month.isValidDay(day.whole())) {
                LocalDate date = month.atDay(day.whole());
                if (date.getDayOfWeek() == weekday && (nearest == null
                        || Math.abs(date.toEpochDay() - today.toEpochDay())
                                < Math.abs(nearest.toEpochDay() - today.toEpochDay()))) {
                    nearest = date;
                }
            }
        }
        return nearest == null ? null : new Found(day.end(), dayValue(nearest));
    }

    /** هذا الأسبوع, الأسبوع الماضي: the week offset and the atom after, or null. */
    private Part week(int i) {
        int j = THIS.skip(atoms, i);
        Hit<Grain> period = PERIODS.match(atoms, j);
        if (period == null || period.value() != Grain.WEEK) {
            return null;
        }
        if (j > i) {
            return new Part(0, period.end());
        }
        Hit<Direction> direction = DIRECTIONS.match(atoms, period.end());
        return direction == null ? null : new Part(step(direction.value()), direction.end());
    }

    private LocalDate inWeek(int weeks, DayOfWeek weekday) {
        return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(weeks)
                .with(TemporalAdjusters.nextOrSame(weekday));
    }

    /**
     * 15 كانون الثاني 2020, الرابع من نيسان, اليوم الثالث من شهر عشرة, يوليو 13, يوم 27, نهار 15
     * جانفي.
     */
    private Found dayOfMonth(int i) {
        Found best = null;
        int j = isKey(i, "اليوم") ? i + 1 : DAY_WORD.skip(atoms, i);
        Reading day = number(j);
        if (day != null && day.whole() >= 1 && day.whole() <= 31) {
            int k = day.end();
            if (isKey(k, "يوم")) {
                k++;
            } else if (isMark(k, ".", "-", "/") && monthName(k + 1) != null) {
                k++;
            }
            MonthRef month = monthRules.monthRef(FROM.skip(atoms, k), true);
            if (month != null) {
                best = dated(month, day.whole(), month.end());
            } else if (isKey(i, "يوم") && atoms.get(j).isDigits() && (day.end() == atoms.size()
                    || atoms.get(day.end()).kind() == Atom.Kind.MARK)) {
                // عدت يوم 27.: a day of this month, or of the next one if it has passed
                best = new Found(day.end(), dayValue(nextDayOfMonth(day.whole())));
            }
        }
        Hit<Integer> name = monthName(i);
        if (name != null) {
            int k = name.end();
            if (isMark(k, "-", "/", ",", "،")) {
                k++;
            }
            Reading after = number(k);
            if (after != null && after.whole() >= 1 && after.whole() <= 31
                    && !isMark(after.end(), "-", ":", "/") && !isKey(after.end(), "الى", "حتى")) {
                MonthRef month = monthRules.withYear(name.value(), after.end());
                best = longer(best, dated(month, after.whole(), month.end()));
            }
        }
        return best;
    }

    private LocalDate nextDayOfMonth(int day) {
        YearMonth month = YearMonth.from(today);
        while (!month.isValidDay(day) || month.atDay(day).isBefore(today)) {
            month = month.plusMonths(1);
        }
        return month.atDay(day);
    }

    /** 2023/05/10, ١٠/٥/٢٠٢٣ (day first), 21-04-2016, 21/09, 2/2013. */
    private Found numericDate(int i) {
        int[] parts = new int[3];
        int[] widths = new int[3];
        int n = 0;
        int j = i;
        String separator = null;
        while (n < 3 && j < atoms.size() && atoms.get(j).isDigits()
                && (n == 0 || atoms.get(j).joined())) {
            parts[n] = atoms.get(j).number();
            widths[n] = atoms.get(j).key().length();
            n++;
            j++;
            boolean more = j + 1 < atoms.size() && atoms.get(j).kind() == Atom.Kind.MARK
                    && atoms.get(j).joined() && atoms.get(j + 1).isDigits()
                    && atoms.get(j + 1).joined()
                    && (separator == null || separator.equals(atoms.get(j).key()))
                    && "/-.".contains(atoms.get(j).key());
            if (n < 3 && more) {
                separator = atoms.get(j).key();
                j++;
            } else {
                break;
            }
        }
        if (n == 3) {
            LocalDate date = widths[0] == 4 ? valid(parts[0], parts[1], parts[2])
                    : valid(century(parts[2], widths[2]), parts[1], parts[0]);
            if (date == null && widths[0] != 4) {
                date = valid(century(parts[2], widths[2]), parts[0], parts[1]);
            }
            return date == null ? null : new Found(j, DateValue.point(date.atStartOfDay(), Grain.DAY, false));
        }
        if (n != 2 || !"/".equals(separator)) {
            return null;
        }
        if (widths[1] == 4 && parts[0] >= 1 && parts[0] <= 12) {
            return new Found(j, DateValue.point(LocalDate.of(parts[1], parts[0], 1).atStartOfDay(),
                    Grain.MONTH, false));
        }
        if (widths[0] < 2 && widths[1] < 2) {
            return null;
        }
        int day = parts[0];
        int month = parts[1];
        if (month > 12 && day <= 12) {
            day = parts[1];
            month = parts[0];
        }
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        MonthRef ref = monthRules.withYear(month, j);
        return dated(ref, day, ref.end());
    }

    private static int century(int year, int width) {
        return width <= 2 ? 2000 + year : year;
    }

    /** أول ثلاثاء من أكتوبر, الاثنين الأخير من شهر ثلاثة, ثالث ثلاثاء بعد كريسماس 2014. */
    private Found nthWeekday(int i) {
        Part nth = ordinal(i);
        if (nth != null) {
            int j = DAY_WORD.skip(atoms, nth.end());
            Hit<DayOfWeek> wd = WEEKDAYS.match(atoms, j);
            if (wd == null) {
                wd = BARE_WEEKDAYS.match(atoms, j);
            }
            if (wd != null) {
                Found inMonth = nthInMonth(nth.value(), wd.value(), wd.end());
                return inMonth != null ? inMonth : nthAfter(nth.value(), wd.value(), wd.end());
            }
        }
        Hit<DayOfWeek> wd = WEEKDAYS.match(atoms, i);
        if (wd != null) {
            nth = ordinal(wd.end());
            if (nth != null) {
                return nthInMonth(nth.value(), wd.value(), nth.end());
            }
        }
        return null;
    }

    private Found nthInMonth(int nth, DayOfWeek weekday, int i) {
        MonthRef month = monthRules.monthRef(OF.skip(atoms, i), true);
        if (month == null) {
            return null;
        }
        LocalDate date = nth < 0
                ? month.month().atEndOfMonth().with(TemporalAdjusters.previousOrSame(weekday))
                : month.month().atDay(1).with(TemporalAdjusters.nextOrSame(weekday))
                        .plusWeeks(nth - 1L);
        if (YearMonth.from(date).equals(month.month())) {
            return new Found(month.end(), DateValue.point(date.atStartOfDay(), Grain.DAY,
                    month.relative()));
        }
        return null;
    }

    private Found nthAfter(int nth, DayOfWeek weekday, int i) {
        if (nth < 1 || !AFTER.at(atoms, i)) {
            return null;
        }
        Found anchor = day(AFTER.match(atoms, i).end());
        if (anchor == null || !anchor.isDay()) {
            return null;
        }
        LocalDate date = anchor.value().start().toLocalDate()
                .with(TemporalAdjusters.next(weekday)).plusWeeks(nth - 1L);
        return new Found(anchor.end(), DateValue.point(date.atStartOfDay(), Grain.DAY,
                anchor.value().relative()));
    }

    /** أول أسبوع من أكتوبر 2014, الأسبوع الأخير في الشهر التاسع: weeks that lie inside the month. */
    Found weekOfMonth(int i) {
        Part nth = ordinal(i);
        int j;
        if (nth != null && WEEK_WORD.at(atoms, nth.end())) {
            j = WEEK_WORD.match(atoms, nth.end()).end();
        } else if (WEEK_WORD.at(atoms, i) && (nth = ordinal(WEEK_WORD.match(atoms, i).end())) != null) {
            j = nth.end();
        } else {
            return null;
        }
        MonthRef month = monthRules.monthRef(OF.skip(atoms, j), true);
        if (month == null) {
            Found hijriMonth = hijriRules.hijri(OF.skip(atoms, j), true);
            return hijriMonth != null && hijriMonth.value() != null
                    && hijriMonth.value().isInterval()
                    ? weekOfHijriMonth(nth.value(), hijriMonth) : weekOfYear(nth.value(), j);
        }
        LocalDate monday = nth.value() < 0
                ? month.month().atEndOfMonth().minusDays(6).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                : month.month().atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY))
                        .plusWeeks(nth.value() - 1L);
        return new Found(month.end(), DateValue.point(monday.atStartOfDay(), Grain.WEEK,
                month.relative()));
    }

    /**
     * أول أسبوع من رمضان, الأسبوع الأخير من شعبان: seven days from the month's first day (or up
     * to its last), since a Hijri month starts on any weekday.
     */
    private Found weekOfHijriMonth(int nth, Found month) {
        LocalDate first = month.value().start().toLocalDate();
        LocalDate last = month.value().last().toLocalDate();
        LocalDate start = nth < 0 ? last.minusDays(DAYS_IN_WEEK - 1L)
                : first.plusDays((nth - 1L) * DAYS_IN_WEEK);
        LocalDate end = start.plusDays(DAYS_IN_WEEK - 1L);
        if (start.isBefore(first) || end.isAfter(last)) {
            return null;
        }
        return new Found(month.end(), DateValue.between(start.atStartOfDay(), end.atStartOfDay(),
                Grain.DAY, month.value().relative()).asHijri(month.value().hijri().orElse("")));
    }

    /** الأسبوع الأول من عام 2015, الأسبوع الأخير من العام المقبل: an ISO week of a year. */
    private Found weekOfYear(int nth, int i) {
        MonthRules.YearRef year = monthRules.yearAfter(i);
        if (year == null) {
            return null;
        }
        LocalDate anchor = nth < 0 ? LocalDate.of(year.year(), 12, 28) : LocalDate.of(year.year(), 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, nth);
        LocalDate monday = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new Found(year.end(), DateValue.point(monday.atStartOfDay(), Grain.WEEK, year.relative()));
    }

    /** The month after an edge word: آذار, شهر 3, or الشهر alone for this one (نهاية الشهر). */
    private MonthRef edgeMonth(int i) {
        MonthRef month = monthRules.monthRef(i, false);
        if (month == null && THE_MONTH.at(atoms, i)) {
            return new MonthRef(YearMonth.from(today), THE_MONTH.match(atoms, i).end(), true);
        }
        return month;
    }

    /** منتصف آذار, بداية شهر 3, آخر يوم من شهر عشرة, أوائل مارس, أواخر شهر مارس. */
    private Found edgeOfMonth(int i) {
        Hit<Boolean> hit;
        if ((hit = MIDDLE.match(atoms, i)) != null) {
            MonthRef month = edgeMonth(hit.end());
            return month == null ? null : dated(month, 15, month.end());
        }
        if ((hit = BEGINNING.match(atoms, i)) != null) {
            MonthRef month = edgeMonth(hit.end());
            return month == null ? null : dated(month, 1, month.end());
        }
        if ((hit = EARLY.match(atoms, i)) != null || (hit = LATE.match(atoms, i)) != null
                || (hit = END.match(atoms, i)) != null
                || (hit = LAST_OF.match(atoms, i)) != null && THE_MONTH.at(atoms, hit.end())) {
            boolean early = EARLY.at(atoms, i);
            MonthRef month = edgeMonth(hit.end());
            if (month == null) {
                return null;
            }
            LocalDate first = month.month().atDay(early ? 1 : 21);
            LocalDate last = early ? month.month().atDay(10) : month.month().atEndOfMonth();
            return new Found(month.end(), DateValue.between(first.atStartOfDay(),
                    last.atStartOfDay(), Grain.DAY, month.relative()));
        }
        int j = i;
        if (LAST.at(atoms, j) && isKey(LAST.match(atoms, j).end(), "يوم")) {
            j = LAST.match(atoms, j).end() + 1;
        } else if (isKey(j, "اليوم") && LAST.at(atoms, j + 1)) {
            j = LAST.match(atoms, j + 1).end();
        } else {
            return null;
        }
        MonthRef month = edgeMonth(OF.skip(atoms, j));
        return month == null ? null : dated(month, month.month().lengthOfMonth(), month.end());
    }
}
