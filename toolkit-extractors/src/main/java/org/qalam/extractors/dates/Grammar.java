package org.qalam.extractors.dates;

import static org.qalam.extractors.dates.Vocabulary.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.qalam.extractors.dates.NumberReader.Reading;
import org.qalam.extractors.dates.Phrases.Hit;

/**
 * The date grammar: reads the atoms of one document left to right and, at each position, keeps
 * the longest expression that starts there. Every rule looks ahead a bounded number of atoms,
 * so a document is read in linear time.
 *
 * <p>Relative expressions resolve against the reference time: a bare weekday is the next one,
 * a day and month without a year fall in the reference year unless the month has passed, an
 * hour without a part of the day is its next occurrence.
 */
final class Grammar {

    /** An expression from atom {@code start} to {@code end} (exclusive). */
    record Match(int start, int end, DateValue value, String unresolved, String problem) {
    }

    /** What one rule read: the atom after it and the value, or why a Hijri date has none. */
    private record Found(int end, DateValue value, String unresolved, String problem) {

        Found(int end, DateValue value) {
            this(end, value, null, null);
        }

        boolean isDay() {
            return value != null && value.grain() == Grain.DAY && !value.isInterval();
        }
    }

    /** A month a rule named, with its resolved year. */
    private record MonthRef(YearMonth month, int end, boolean relative) {
    }

    /** A time of day as written, before the day and the part of the day are applied. */
    private record Clock(int hour, int minute, int second, Grain grain, DayPart part,
                         boolean utc, int end) {

        Clock withPart(DayPart newPart) {
            return new Clock(hour, minute, second, grain, newPart, utc, end);
        }
    }

    private final List<Atom> atoms;
    private final LocalDateTime now;
    private final LocalDate today;
    private final ZoneId zone;

    Grammar(List<Atom> atoms, java.time.ZonedDateTime reference) {
        this.atoms = atoms;
        this.now = reference.toLocalDateTime();
        this.today = now.toLocalDate();
        this.zone = reference.getZone();
    }

    /** Every expression in the atoms, left to right, none overlapping. */
    List<Match> matches() {
        List<Match> found = new ArrayList<>();
        int i = 0;
        while (i < atoms.size()) {
            Found best = insideNumber(i) ? null : expression(i);
            if (best != null && endsInsideNumber(best.end())) {
                best = null;
            }
            if (best == null) {
                i++;
                continue;
            }
            found.add(new Match(i, best.end(), best.value(), best.unresolved(), best.problem()));
            i = best.end();
        }
        return found;
    }

    private Found expression(int i) {
        Found best = null;
        best = longer(best, range(i));
        best = longer(best, clockRange(i));
        best = longer(best, dateAndClock(i));
        best = longer(best, span(i));
        best = longer(best, offset(i));
        best = longer(best, period(i));
        best = longer(best, year(i));
        best = longer(best, month(i));
        best = longer(best, hijri(i));
        best = longer(best, holiday(i));
        best = longer(best, weekOfMonth(i));
        best = longer(best, tonight(i));
        best = longer(best, point(NOW.match(atoms, i), now, Grain.SECOND));
        return best;
    }

    // ---- days -------------------------------------------------------------------------------

    /** Any expression of one day. */
    private Found day(int i) {
        Found best = null;
        best = longer(best, relativeDay(i));
        best = longer(best, weekday(i));
        best = longer(best, dayOfMonth(i));
        best = longer(best, numericDate(i));
        best = longer(best, nthWeekday(i));
        best = longer(best, edgeOfMonth(i));
        Found holiday = holiday(i);
        if (holiday != null && holiday.isDay()) {
            best = longer(best, holiday);
        }
        Found hijri = hijri(i);
        if (hijri != null && hijri.isDay()) {
            best = longer(best, hijri);
        }
        return best;
    }

    private Found relativeDay(int i) {
        Hit<Integer> hit = DAYS.match(atoms, i);
        if (hit != null && isKey(i, "اليوم") && hit.end() == i + 1 && endsQuotedName(i)) {
            return null;
        }
        return hit == null ? null : point(hit, today.plusDays(hit.value()).atStartOfDay(), Grain.DAY);
    }

    /** الخميس, يوم الخميس القادم, الأحد من الأسبوع الماضي, الاثنين 18 شباط, السبت السادس عشر. */
    private Found weekday(int i) {
        int j;
        int weekBefore = Integer.MIN_VALUE;
        int[] week = week(i);
        if (week != null) {
            weekBefore = week[0];
            j = DAY_WORD.skip(atoms, week[1]);
        } else {
            j = DAY_WORD.skip(atoms, THIS.skip(atoms, i));
        }
        Hit<DayOfWeek> wd = WEEKDAYS.match(atoms, j);
        boolean bare = false;
        if (wd == null) {
            wd = BARE_WEEKDAYS.match(atoms, j);
            bare = true;
        }
        if (wd == null || isKey(wd.end(), "عشر", "عشره")) {
            return null;
        }
        int k = wd.end();
        if (weekBefore != Integer.MIN_VALUE) {
            return new Found(k, dayValue(inWeek(weekBefore, wd.value())));
        }
        int[] weekAfter = week(OF.skip(atoms, k));
        if (weekAfter != null) {
            return new Found(weekAfter[1], dayValue(inWeek(weekAfter[0], wd.value())));
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
        return new Found(k, dayValue(today.with(TemporalAdjusters.next(wd.value()))));
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
        Reading day = NumberReader.read(atoms, i);
        if (day == null || day.whole() < 1 || day.whole() > 31 || startsUnit(day.end())) {
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
    private int[] week(int i) {
        int j = THIS.skip(atoms, i);
        Hit<Grain> period = PERIODS.match(atoms, j);
        if (period == null || period.value() != Grain.WEEK) {
            return null;
        }
        if (j > i) {
            return new int[] {0, period.end()};
        }
        Hit<Direction> direction = DIRECTIONS.match(atoms, period.end());
        return direction == null ? null : new int[] {step(direction.value()), direction.end()};
    }

    private LocalDate inWeek(int weeks, DayOfWeek weekday) {
        return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(weeks)
                .with(TemporalAdjusters.nextOrSame(weekday));
    }

    /** 15 كانون الثاني 2020, الرابع من نيسان, اليوم الثالث من شهر عشرة, يوليو 13, يوم 27. */
    private Found dayOfMonth(int i) {
        Found best = null;
        int j = isKey(i, "اليوم", "يوم") ? i + 1 : i;
        Reading day = NumberReader.read(atoms, j);
        if (day != null && day.whole() >= 1 && day.whole() <= 31) {
            int k = day.end();
            if (isKey(k, "يوم")) {
                k++;
            } else if (isMark(k, ".", "-", "/") && MONTHS.at(atoms, k + 1)) {
                k++;
            }
            MonthRef month = monthRef(FROM.skip(atoms, k), true);
            if (month != null) {
                best = dated(month, day.whole(), month.end());
            } else if (j > i && atoms.get(j).isDigits() && !startsUnit(day.end())) {
                best = new Found(day.end(), dayValue(nextDayOfMonth(day.whole())));
            }
        }
        Hit<Integer> name = MONTHS.match(atoms, i);
        if (name != null) {
            int k = name.end();
            if (isMark(k, "-", "/", ",", "،")) {
                k++;
            }
            Reading after = NumberReader.read(atoms, k);
            if (after != null && after.whole() >= 1 && after.whole() <= 31
                    && !isMark(after.end(), "-", ":", "/") && !isKey(after.end(), "الى", "حتى")) {
                MonthRef month = withYear(name.value(), after.end());
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
        MonthRef ref = withYear(month, j);
        return dated(ref, day, ref.end());
    }

    private static int century(int year, int width) {
        return width <= 2 ? 2000 + year : year;
    }

    /** أول ثلاثاء من أكتوبر, الاثنين الأخير من شهر ثلاثة, ثالث ثلاثاء بعد كريسماس 2014. */
    private Found nthWeekday(int i) {
        int[] nth = ordinal(i);
        if (nth != null) {
            int j = DAY_WORD.skip(atoms, nth[1]);
            Hit<DayOfWeek> wd = WEEKDAYS.match(atoms, j);
            if (wd == null) {
                wd = BARE_WEEKDAYS.match(atoms, j);
            }
            if (wd != null) {
                Found inMonth = nthInMonth(nth[0], wd.value(), wd.end());
                return inMonth != null ? inMonth : nthAfter(nth[0], wd.value(), wd.end());
            }
        }
        Hit<DayOfWeek> wd = WEEKDAYS.match(atoms, i);
        if (wd != null) {
            nth = ordinal(wd.end());
            if (nth != null) {
                return nthInMonth(nth[0], wd.value(), nth[1]);
            }
        }
        return null;
    }

    private Found nthInMonth(int nth, DayOfWeek weekday, int i) {
        MonthRef month = monthRef(OF.skip(atoms, i), true);
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
    private Found weekOfMonth(int i) {
        int[] nth = ordinal(i);
        int j;
        if (nth != null && WEEK_WORD.at(atoms, nth[1])) {
            j = WEEK_WORD.match(atoms, nth[1]).end();
        } else if (WEEK_WORD.at(atoms, i) && (nth = ordinal(WEEK_WORD.match(atoms, i).end())) != null) {
            j = nth[1];
        } else {
            return null;
        }
        MonthRef month = monthRef(OF.skip(atoms, j), true);
        if (month == null) {
            return weekOfYear(nth[0], j);
        }
        LocalDate monday = nth[0] < 0
                ? month.month().atEndOfMonth().minusDays(6).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                : month.month().atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY))
                        .plusWeeks(nth[0] - 1L);
        return new Found(month.end(), DateValue.point(monday.atStartOfDay(), Grain.WEEK,
                month.relative()));
    }

    /** الأسبوع الأول من عام 2015, الأسبوع الأخير من العام المقبل: an ISO week of a year. */
    private Found weekOfYear(int nth, int i) {
        int[] year = yearAfter(i);
        if (year == null) {
            return null;
        }
        LocalDate anchor = nth < 0 ? LocalDate.of(year[0], 12, 28) : LocalDate.of(year[0], 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, nth);
        LocalDate monday = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new Found(year[1], DateValue.point(monday.atStartOfDay(), Grain.WEEK, year[2] != 0));
    }

    /**
     * An ordinal at {@code i}: {@code {n, end}}, with -1 for آخر and الأخير; null when none.
     * Cardinal digits are not ordinals.
     */
    private int[] ordinal(int i) {
        Hit<Boolean> last = LAST.match(atoms, i);
        if (last != null) {
            return new int[] {-1, last.end()};
        }
        Hit<Boolean> first = FIRST.match(atoms, i);
        if (first != null) {
            return new int[] {1, first.end()};
        }
        Reading reading = NumberReader.read(atoms, i);
        if (reading != null && reading.ordinal() && reading.whole() >= 1 && reading.whole() <= 5) {
            return new int[] {reading.whole(), reading.end()};
        }
        return null;
    }

    /** منتصف آذار, بداية شهر 3, آخر يوم من شهر عشرة, أوائل مارس, أواخر شهر مارس. */
    private Found edgeOfMonth(int i) {
        Hit<Boolean> hit;
        if ((hit = MIDDLE.match(atoms, i)) != null) {
            MonthRef month = monthRef(hit.end(), false);
            return month == null ? null : dated(month, 15, month.end());
        }
        if ((hit = BEGINNING.match(atoms, i)) != null) {
            MonthRef month = monthRef(hit.end(), false);
            return month == null ? null : dated(month, 1, month.end());
        }
        if ((hit = EARLY.match(atoms, i)) != null || (hit = LATE.match(atoms, i)) != null
                || (hit = END.match(atoms, i)) != null) {
            boolean early = EARLY.at(atoms, i);
            MonthRef month = monthRef(hit.end(), false);
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
        MonthRef month = monthRef(OF.skip(atoms, j), true);
        return month == null ? null : dated(month, month.month().lengthOfMonth(), month.end());
    }

    // ---- months and years -------------------------------------------------------------------

    /**
     * A month at {@code i}: كانون الثاني, شهر 3, شهر ثلاثة, الشهر التاسع, الشهر القادم, هذا الشهر,
     * with a following year if any. Ambiguous names (آب) need a day before them or a year after.
     */
    private MonthRef monthRef(int i, boolean dayBefore) {
        int j = MONTH_WORD.skip(atoms, i);
        boolean word = j > i;
        Hit<Integer> name = MONTHS.match(atoms, j);
        if (name != null) {
            MonthRef month = withYear(name.value(), name.end());
            boolean ambiguous = AMBIGUOUS_MONTHS.at(atoms, j);
            if (ambiguous && !word && !dayBefore && month.end() == name.end()) {
                return null;
            }
            return month;
        }
        if (word) {
            Reading number = NumberReader.read(atoms, j);
            if (number != null && number.whole() >= 1 && number.whole() <= 12) {
                return withYear(number.whole(), number.end());
            }
            return null;
        }
        int k = THIS.skip(atoms, i);
        if (THE_MONTH.at(atoms, k)) {
            int m = THE_MONTH.match(atoms, k).end();
            if (k > i) {
                return new MonthRef(YearMonth.from(today), m, true);
            }
            Hit<Direction> direction = DIRECTIONS.match(atoms, m);
            if (direction != null) {
                return new MonthRef(YearMonth.from(today).plusMonths(step(direction.value())),
                        direction.end(), true);
            }
            Reading number = NumberReader.read(atoms, m);
            if (number != null && number.ordinal() && number.whole() >= 1 && number.whole() <= 12) {
                return withYear(number.whole(), number.end());
            }
        }
        return null;
    }

    /**
     * The month in the year written after atom {@code i}, or the one a direction after it names
     * (الماضي, المقبل), or else the one of this year unless it has passed, then next year's.
     */
    private MonthRef withYear(int month, int i) {
        int[] year = yearAfter(i);
        if (year != null) {
            return new MonthRef(YearMonth.of(year[0], month), year[1], year[2] != 0);
        }
        int current = today.getMonthValue();
        Hit<Direction> direction = DIRECTIONS.match(atoms, i);
        if (direction != null) {
            // مارس الماضي is the last March before this month, مارس المقبل the next one after it
            int y = switch (direction.value()) {
                case PAST -> month < current ? today.getYear() : today.getYear() - 1;
                case THIS -> today.getYear();
                case NEXT -> month > current ? today.getYear() : today.getYear() + 1;
            };
            return new MonthRef(YearMonth.of(y, month), direction.end(), true);
        }
        int y = month >= current ? today.getYear() : today.getYear() + 1;
        return new MonthRef(YearMonth.of(y, month), i, true);
    }

    /**
     * A Gregorian year after a month: 2020, عام 2014, من عام 2014, لعام 2014, السنة القادمة.
     * Returns {@code {year, end, relative}} or null.
     */
    private int[] yearAfter(int i) {
        if (isMark(i, ",", "،", ".")) {
            i++;
        }
        int j = OF.skip(atoms, i);
        if (THIS.at(atoms, j) && YEAR_WORD.at(atoms, THIS.match(atoms, j).end())) {
            return new int[] {today.getYear(), YEAR_WORD.match(atoms, THIS.match(atoms, j).end()).end(), 1};
        }
        Hit<Boolean> word = YEAR_WORD.match(atoms, j);
        if (word != null) {
            Hit<Direction> direction = DIRECTIONS.match(atoms, word.end());
            if (direction != null && atoms.get(j).key().startsWith("ال")) {
                return new int[] {today.getYear() + step(direction.value()), direction.end(), 1};
            }
            j = word.end();
        }
        if (j < atoms.size() && atoms.get(j).isDigits() && atoms.get(j).key().length() == 4
                && !HIJRI_ERA.at(atoms, j + 1)) {
            return new int[] {atoms.get(j).number(), GREGORIAN_ERA.skip(atoms, j + 1), 0};
        }
        Reading words = j < atoms.size() && !atoms.get(j).isDigits() ? NumberReader.read(atoms, j) : null;
        if (words != null && words.whole() >= 1000 && words.whole() < 3000) {
            return new int[] {words.whole(), GREGORIAN_ERA.skip(atoms, words.end()), 0};
        }
        return null;
    }

    /** عام 1965, سنة ٢٠١٩, العام 2019, 2019م; with هـ a Hijri year. */
    private Found year(int i) {
        Hit<Boolean> word = YEAR_WORD.match(atoms, i);
        int j = word == null ? i : word.end();
        if (j >= atoms.size() || !atoms.get(j).isDigits() || atoms.get(j).key().length() > 4) {
            return null;
        }
        int year = atoms.get(j).number();
        Hit<Boolean> hijriEra = HIJRI_ERA.match(atoms, j + 1);
        if (hijriEra != null) {
            return hijriYear(year, hijriEra.end());
        }
        Hit<Boolean> era = GREGORIAN_ERA.match(atoms, j + 1);
        if (word == null && era == null || year < 1 || (word != null && atoms.get(j).key().length() < 3)) {
            return null;
        }
        int end = era == null ? j + 1 : era.end();
        return new Found(end, DateValue.point(LocalDate.of(year, 1, 1).atStartOfDay(), Grain.YEAR, false));
    }

    /** A month on its own: مارس 2019, كانون الثاني, شهر أيار. */
    private Found month(int i) {
        int j = MONTH_WORD.skip(atoms, i);
        if (!MONTHS.at(atoms, j)) {
            return null;
        }
        MonthRef month = monthRef(i, false);
        return month == null ? null : new Found(month.end(), DateValue.point(
                month.month().atDay(1).atStartOfDay(), Grain.MONTH, month.relative()));
    }

    // ---- relative periods and offsets -------------------------------------------------------

    /** الأسبوع الماضي, الشهر المقبل, العام الحالي, هذه السنة. */
    private Found period(int i) {
        int j = THIS.skip(atoms, i);
        Hit<Grain> unit = PERIODS.match(atoms, j);
        if (unit == null) {
            return null;
        }
        int steps = 0;
        int end = unit.end();
        if (j == i) {
            Hit<Direction> direction = DIRECTIONS.match(atoms, end);
            if (direction == null) {
                return null;
            }
            steps = step(direction.value());
            end = direction.end();
        }
        Grain grain = unit.value();
        return new Found(end, DateValue.point(grain.plus(grain.truncate(now), steps), grain, true));
    }

    /** قبل ثلاثة أيام, منذ عامين, بعد أسبوع, من أسبوع, خلال أسبوعين, بعد أسبوعين من الآن. */
    private Found offset(int i) {
        int sign;
        Hit<Boolean> lead;
        boolean within = false;
        if ((lead = AGO.match(atoms, i)) != null) {
            sign = -1;
        } else if ((lead = IN.match(atoms, i)) != null) {
            sign = 1;
        } else if ((lead = WITHIN.match(atoms, i)) != null && !isKey(i, "في")) {
            sign = 1;
            within = true;
        } else {
            return null;
        }
        int[] amount = amount(lead.end());
        if (amount == null) {
            return null;
        }
        int end = amount[2];
        if (NumberReader.read(atoms, end) != null || WEEKDAYS.at(atoms, end)
                || MONTHS.at(atoms, end)) {
            return null;
        }
        if (sign > 0) {
            end = FROM_NOW.skip(atoms, end);
        }
        Grain unit = Grain.values()[amount[1]];
        LocalDateTime moved = unit.plus(now, (long) sign * amount[0]);
        Grain grain = unit.isClock() ? Grain.MINUTE : Grain.DAY;
        if (within) {
            LocalDateTime last = unit.isClock() ? moved : moved.minusDays(1);
            return new Found(end, DateValue.between(now, last, grain, true));
        }
        return new Found(end, DateValue.point(moved, grain, true));
    }

    /** A count and a unit: 3 أيام, ثلاثة أيام, يومين, أسبوع, بضعة أشهر. {count, grain, end}. */
    private int[] amount(int i) {
        Hit<Unit> unit = UNITS.match(atoms, i);
        if (unit != null && unit.value().count() > 0) {
            return new int[] {unit.value().count(), unit.value().grain().ordinal(), unit.end()};
        }
        int count;
        int j;
        Hit<Boolean> few = FEW.match(atoms, i);
        if (few != null) {
            count = 3;
            j = few.end();
        } else {
            Reading number = NumberReader.read(atoms, i);
            if (number == null || number.ordinal() || number.whole() < 1 || number.whole() > 1000) {
                return null;
            }
            count = number.whole();
            j = number.end();
        }
        unit = UNITS.match(atoms, j);
        if (unit == null || unit.value().count() == 2) {
            return null;
        }
        return new int[] {count, unit.value().grain().ordinal(), unit.end()};
    }

    /** الأيام الثلاثة الماضية, خلال الأيام 3 الماضية, الأسابيع الثلاثة القادمة. */
    private Found span(int i) {
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
        } else if (last != null && isKey(j, "آخر")) {
            // آخر ثلاثة أيام, خلال آخر 3 سنوات
            int[] amount = amount(last.end());
            if (amount == null || amount[0] < 2 && UNITS.match(atoms, last.end()) != null) {
                return null;
            }
            grain = Grain.values()[amount[1]];
            n = amount[0];
            direction = new Hit<>(Direction.PAST, amount[2]);
        } else {
            Hit<Grain> unit = DEFINITE_UNITS.match(atoms, j);
            Reading number = unit == null ? null : NumberReader.read(atoms, unit.end());
            if (number == null || number.whole() < 1 || number.whole() > 1000) {
                return null;
            }
            grain = unit.value();
            n = number.whole();
            direction = DIRECTIONS.match(atoms, number.end());
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

    // ---- times of day -----------------------------------------------------------------------

    /** A day followed by a time (الخميس الساعة 8), or a time followed by a day; or a time alone. */
    private Found dateAndClock(int i) {
        Found best = day(i);
        if (best != null && best.isDay()) {
            int j = AGREEING.skip(atoms, best.end());
            if (isKey(j, "عند")) {
                j++;
            }
            Clock clock = clock(j);
            if (clock != null) {
                best = new Found(clock.end(), at(clock, best.value().start().toLocalDate(),
                        best.value().relative()));
            }
        }
        Clock clock = clock(i);
        if (clock != null) {
            Found day = day(AGREEING.skip(atoms, clock.end()));
            Found timed = day != null && day.isDay()
                    ? new Found(day.end(), at(clock, day.value().start().toLocalDate(), day.value().relative()))
                    : new Found(clock.end(), at(clock, null, true));
            best = longer(best, timed);
        }
        return best;
    }

    /** من الساعة 3 الى الساعة 4 بعد العصر; الخميس من الساعة التاسعة وحتى الساعة الحادية عشرة صباحا. */
    private Found clockRange(int i) {
        Found day = day(i);
        int j = i;
        LocalDate date = null;
        boolean relative = true;
        if (day != null && day.isDay()) {
            date = day.value().start().toLocalDate();
            relative = day.value().relative();
            j = day.end();
        }
        boolean between = BETWEEN.at(atoms, j);
        j = between ? BETWEEN.match(atoms, j).end() : FROM.skip(atoms, j);
        Clock from = clock(j);
        if (from == null) {
            from = clock(j, true);
        }
        if (from == null) {
            return null;
        }
        int k = rangeSeparator(from.end(), between);
        Clock to = k < 0 ? null : clock(k);
        if (to == null && k >= 0 && (from.part() != null || HOUR_WORD.at(atoms, j))) {
            to = clock(k, true);
        }
        if (to == null) {
            return null;
        }
        if (to.part() == null && from.part() != null) {
            to = to.withPart(from.part());
        }
        if (from.part() == null && to.part() != null) {
            from = from.withPart(to.part());
        }
        DateValue start = at(from, date, relative);
        DateValue end = at(to, date == null ? start.start().toLocalDate() : date, relative);
        Grain grain = from.grain().compareTo(to.grain()) >= 0 ? from.grain() : to.grain();
        if (end.start().isBefore(start.start())) {
            return null;
        }
        return new Found(to.end(), DateValue.between(start.start(), end.start(), grain, relative));
    }

    /** الليلة, هذه الليلة: this evening, 18:00 to 23:00. */
    private Found tonight(int i) {
        Hit<Boolean> hit = TONIGHT.match(atoms, i);
        if (hit == null) {
            return null;
        }
        return new Found(hit.end(), DateValue.between(today.atTime(18, 0), today.atTime(23, 0),
                Grain.HOUR, true));
    }

    /**
     * A time of day: الساعة 10:30 صباحا, الساعة الثالثة عصرا, الثالثة فجرا, 15:15, الساعة 12 الا
     * ربع, الساعة ثلاثة وثلث. A bare number needs الساعة or a part of the day.
     */
    private Clock clock(int i) {
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
    private Clock clock(int i, boolean lenient) {
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
            Reading reading = NumberReader.read(atoms, j);
            if (reading != null && reading.end() > j + 1
                    && reading.value().compareTo(BigDecimal.valueOf(24)) > 0) {
                reading = NumberReader.readWord(atoms, j); // الرابعة واربعون دقيقة: 4:40, not 44
            }
            if (reading == null || (atoms.get(j).isDigits() && atoms.get(j).key().length() > 2)) {
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
                fraction = reading.ordinal() && !atoms.get(j).isDigits();
            }
            k = reading.end();
            int[] minutes = minutes(k);
            if (minutes != null) {
                minute = minutes[0];
                grain = Grain.MINUTE;
                k = minutes[1];
            }
        }
        if (hour > 24 || minute > 59 || second > 59) {
            return null;
        }
        Hit<DayPart> part = DAY_PARTS.match(atoms, k);
        if (part != null) {
            k = part.end();
        }
        Hit<Boolean> utc = TIME_ZONE.match(atoms, k);
        if (utc != null) {
            k = utc.end();
        }
        if (hourWord == null && !colon && part == null && !fraction
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

    /** The minutes after an hour: و18 دقيقة, وربع, ونصف, وثلث, الا ربع, إلا ثلثا. {minutes, end}. */
    private int[] minutes(int i) {
        Hit<Boolean> except = EXCEPT.match(atoms, i);
        if (except != null) {
            Hit<Integer> fraction = FRACTIONS.match(atoms, except.end());
            if (fraction != null) {
                return new int[] {-fraction.value(), fraction.end()};
            }
            Reading number = NumberReader.read(atoms, except.end());
            if (number != null && number.whole() > 0 && number.whole() < 60) {
                return new int[] {-number.whole(), MINUTE_WORD.skip(atoms, number.end())};
            }
            return null;
        }
        if (i >= atoms.size() || !atoms.get(i).key().startsWith("و")) {
            return null;
        }
        Hit<Integer> fraction = FRACTIONS.match(atoms, i);
        if (fraction != null) {
            return new int[] {fraction.value(), fraction.end()};
        }
        boolean alone = atoms.get(i).key().equals("و");
        int base = alone ? i + 1 : i;
        List<Atom> rest = alone ? atoms.subList(base, Math.min(atoms.size(), base + 8))
                : withoutConjunction(i);
        Hit<Integer> bareFraction = FRACTIONS.match(rest, 0);
        if (bareFraction != null) {
            return new int[] {bareFraction.value(), base + bareFraction.end()};
        }
        Reading number = NumberReader.read(rest, 0);
        if (number == null || number.whole() < 1 || number.whole() > 59) {
            return null;
        }
        return new int[] {number.whole(), MINUTE_WORD.skip(atoms, base + number.end())};
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
    private DateValue at(Clock clock, LocalDate date, boolean relative) {
        int hour = clock.hour();
        if (clock.part() != null) {
            hour = switch (clock.part()) {
                case MORNING -> hour % 12;
                case NOON -> hour >= 1 && hour <= 5 ? hour + 12 : hour;
                case EVENING -> hour < 12 ? hour + 12 : hour;
                case NIGHT -> hour >= 6 && hour < 12 ? hour + 12 : hour % 12 == 0 && hour > 0 ? 0 : hour;
            };
        }
        LocalDateTime time;
        if (date != null) {
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

    // ---- ranges -----------------------------------------------------------------------------

    /**
     * Day ranges: 13 الى 15 تموز, من 1-8 شهر ايلول, يوليو 13-15, من 13 تموز الى 15 تموز, from one
     * date to another of the same grain.
     */
    private Found range(int i) {
        boolean between = BETWEEN.at(atoms, i);
        int j = between ? BETWEEN.match(atoms, i).end() : FROM.skip(atoms, i);
        Found best = null;
        Reading first = NumberReader.read(atoms, j);
        if (first != null && first.whole() >= 1 && first.whole() <= 31) {
            int k = rangeSeparator(first.end(), between);
            Reading second = k < 0 ? null : NumberReader.read(atoms, k);
            if (second != null && second.whole() > first.whole() && second.whole() <= 31) {
                MonthRef month = monthRef(OF.skip(atoms, second.end()), true);
                if (month != null) {
                    best = days(month, first.whole(), second.whole(), month.end());
                }
            }
        }
        Hit<Integer> name = MONTHS.match(atoms, j);
        if (name != null) {
            Reading from = NumberReader.read(atoms, name.end());
            int k = from == null ? -1 : rangeSeparator(from.end(), between);
            Reading to = k < 0 ? null : NumberReader.read(atoms, k);
            if (to != null && from.whole() >= 1 && to.whole() > from.whole() && to.whole() <= 31) {
                MonthRef month = withYear(name.value(), to.end());
                best = longer(best, days(month, from.whole(), to.whole(), month.end()));
            }
        }
        best = longer(best, years(j, between));
        Found start = day(j);
        if (start != null) {
            int k = rangeSeparator(start.end(), between);
            Found end = k < 0 ? null : day(k);
            if (end != null && end.value().grain() == start.value().grain()
                    && !end.value().start().isBefore(start.value().start())) {
                best = longer(best, new Found(end.end(), DateValue.between(start.value().start(),
                        end.value().last(), start.value().grain(), start.value().relative())));
            }
        }
        return best;
    }

    /** من 2014 إلى 2018, بين عامي 2014 و2018, 2014-2018: a range of years. */
    private Found years(int i, boolean between) {
        int j = YEARS_WORD.skip(atoms, i);
        if (!isYear(j) || (j == i && i > 0 && !FROM.at(atoms, i - 1) && !between
                && !isJoinedMark(j + 1, "-"))) {
            return null;
        }
        int k = rangeSeparator(j + 1, between);
        if (k < 0 || !isYear(YEAR_WORD.skip(atoms, k))) {
            return null;
        }
        k = YEAR_WORD.skip(atoms, k);
        int first = atoms.get(j).number();
        int last = atoms.get(k).number();
        if (last <= first) {
            return null;
        }
        return new Found(k + 1, DateValue.between(LocalDate.of(first, 1, 1).atStartOfDay(),
                LocalDate.of(last, 1, 1).atStartOfDay(), Grain.YEAR, false));
    }

    private boolean isYear(int i) {
        return i < atoms.size() && atoms.get(i).isDigits() && atoms.get(i).key().length() == 4
                && atoms.get(i).number() >= 1000 && atoms.get(i).number() < 3000;
    }

    /** The atom after a range separator (الى, حتى, وحتى, -; و after بين) at {@code i}, or -1. */
    private int rangeSeparator(int i, boolean between) {
        if (isMark(i, "-", "–")) {
            return i + 1;
        }
        if (between && i < atoms.size() && atoms.get(i).key().startsWith("و")) {
            return atoms.get(i).key().equals("و") ? i + 1 : -1;
        }
        Hit<Boolean> until = UNTIL.match(atoms, i);
        return until == null ? -1 : until.end();
    }

    private Found days(MonthRef month, int first, int last, int end) {
        if (!month.month().isValidDay(last)) {
            return null;
        }
        return new Found(end, DateValue.between(month.month().atDay(first).atStartOfDay(),
                month.month().atDay(last).atStartOfDay(), Grain.DAY, month.relative()));
    }

    // ---- Hijri dates and holidays -----------------------------------------------------------

    /** 15 رمضان 1445 هـ, 1 محرم 1446, رمضان 1445, شهر رمضان; a Gregorian year picks that year's month. */
    private Found hijri(int i) {
        Reading day = NumberReader.read(atoms, i);
        int j = i;
        if (day != null && day.whole() >= 1 && day.whole() <= 30) {
            j = FROM.skip(atoms, day.end());
        } else {
            day = null;
        }
        boolean word = MONTH_WORD.at(atoms, j);
        j = MONTH_WORD.skip(atoms, j);
        Hit<Integer> month = HIJRI_MONTHS.match(atoms, j);
        if (month == null) {
            return null;
        }
        int k = month.end();
        int year = 0;
        boolean gregorianYear = false;
        int y = YEAR_WORD.skip(atoms, k);
        if (y < atoms.size() && atoms.get(y).isDigits() && atoms.get(y).key().length() <= 4) {
            year = atoms.get(y).number();
            k = y + 1;
            Hit<Boolean> era = HIJRI_ERA.match(atoms, k);
            if (era != null) {
                k = era.end();
            } else if (year >= 1700) {
                gregorianYear = true;
            }
        } else {
            k = HIJRI_ERA.skip(atoms, k);
        }
        boolean ambiguous = AMBIGUOUS_HIJRI_MONTHS.at(atoms, j) || atoms.get(j).key().length() <= 3;
        if (day == null && year == 0 && (!word || !isKey(j, "رمضان"))) {
            return null;
        }
        if (day == null && year == 0 && ambiguous && !word) {
            return null;
        }
        if (gregorianYear) {
            if (day != null) {
                return null;
            }
            LocalDate[] days = Holidays.occurrence(new Holidays.Holiday("", Holidays.Rule.HIJRI_MONTH,
                    month.value(), 0), year, today);
            if (days == null) {
                return null;
            }
            int hijriYear = HijriDates.yearOf(days[0]);
            return new Found(k, new DateValue(days[0].atStartOfDay(), days[1].atStartOfDay(),
                    Grain.DAY, false, DateValue.Calendar.HIJRI,
                    java.util.Optional.of(HijriDates.format(hijriYear, month.value(), 0)),
                    java.util.Optional.empty()));
        }
        boolean relative = year == 0;
        if (relative) {
            year = HijriDates.yearOf(today);
            if (year == 0) {
                return null;
            }
            if (month.value() < HijriDates.monthOf(today)) {
                year++;
            }
        }
        int dayOfMonth = day == null ? 1 : day.whole();
        String written = HijriDates.format(year, month.value(), day == null ? 0 : dayOfMonth);
        HijriDates.Conversion first = HijriDates.toGregorian(year, month.value(), dayOfMonth);
        if (!first.ok()) {
            return new Found(k, null, written, first.problem());
        }
        LocalDate last = day == null
                ? first.date().plusDays(HijriDates.monthLength(year, month.value()) - 1L)
                : first.date();
        return new Found(k, DateValue.between(first.date().atStartOfDay(), last.atStartOfDay(),
                Grain.DAY, relative).asHijri(written));
    }

    /** عام 1445 هـ: the Gregorian days of a Hijri year. */
    private Found hijriYear(int year, int end) {
        String written = HijriDates.format(year, 0, 0);
        HijriDates.Conversion first = HijriDates.toGregorian(year, 1, 1);
        HijriDates.Conversion next = HijriDates.toGregorian(year + 1, 1, 1);
        if (!first.ok()) {
            return new Found(end, null, written, first.problem());
        }
        LocalDate last = next.ok() ? next.date().minusDays(1)
                : first.date().plusDays(HijriDates.monthLength(year, 12) - 1L)
                        .with(TemporalAdjusters.lastDayOfMonth());
        return new Found(end, DateValue.between(first.date().atStartOfDay(), last.atStartOfDay(),
                Grain.DAY, false).asHijri(written));
    }

    /** عيد الفطر, عيد الأضحى 2013, عيد الميلاد 2020, رأس السنة الهجرية. */
    private Found holiday(int i) {
        Hit<Holidays.Holiday> hit = Holidays.NAMES.match(atoms, i);
        if (hit == null || (hit.value().rule() == Holidays.Rule.HIJRI_MONTH && !isKey(i, "شهر"))) {
            return null;
        }
        int end = hit.end();
        int year = 0;
        int y = YEAR_WORD.skip(atoms, OF.skip(atoms, end));
        if (y < atoms.size() && atoms.get(y).isDigits() && atoms.get(y).key().length() == 4) {
            year = atoms.get(y).number();
            end = y + 1;
        }
        LocalDate[] days = Holidays.occurrence(hit.value(), year, today);
        if (days == null) {
            return null;
        }
        return new Found(end, new DateValue(days[0].atStartOfDay(), days[1].atStartOfDay(),
                Grain.DAY, year == 0, DateValue.Calendar.GREGORIAN, java.util.Optional.empty(),
                java.util.Optional.of(hit.value().name())));
    }

    /** Whether atom {@code i} ends a quoted name after another word: "روسيا اليوم", "المصري اليوم". */
    private boolean endsQuotedName(int i) {
        return i > 0 && atoms.get(i - 1).kind() == Atom.Kind.WORD && i + 1 < atoms.size()
                && atoms.get(i + 1).joined() && "\"»”'".contains(atoms.get(i + 1).key());
    }

    // ---- helpers ----------------------------------------------------------------------------

    private Found dated(MonthRef month, int day, int end) {
        if (!month.month().isValidDay(day)) {
            return null;
        }
        return new Found(end, DateValue.point(month.month().atDay(day).atStartOfDay(), Grain.DAY,
                month.relative()));
    }

    private static LocalDate valid(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || year < 1 || year > 9999) {
            return null;
        }
        YearMonth ym = YearMonth.of(year, month);
        return ym.isValidDay(day) ? ym.atDay(day) : null;
    }

    private DateValue dayValue(LocalDate date) {
        return DateValue.point(date.atStartOfDay(), Grain.DAY, true);
    }

    private static Found point(Hit<?> hit, LocalDateTime time, Grain grain) {
        return hit == null ? null : new Found(hit.end(), DateValue.point(time, grain, true));
    }

    private static int step(Direction direction) {
        return switch (direction) {
            case PAST -> -1;
            case THIS -> 0;
            case NEXT -> 1;
        };
    }

    private static Found longer(Found a, Found b) {
        if (b == null) {
            return a;
        }
        return a == null || b.end() > a.end() ? b : a;
    }

    private boolean startsUnit(int i) {
        return UNITS.at(atoms, i) || isKey(i, "ساعات", "دقائق");
    }

    private boolean isKey(int i, String... keys) {
        if (i < 0 || i >= atoms.size()) {
            return false;
        }
        String key = atoms.get(i).key();
        for (String k : keys) {
            if (key.equals(Atoms.key(k))) {
                return true;
            }
        }
        return false;
    }

    private boolean isMark(int i, String... marks) {
        return i < atoms.size() && atoms.get(i).kind() == Atom.Kind.MARK && isKey(i, marks);
    }

    private boolean isJoinedMark(int i, String mark) {
        return isMark(i, mark) && atoms.get(i).joined();
    }

    private boolean isJoinedDigits(int i) {
        return i < atoms.size() && atoms.get(i).isDigits() && atoms.get(i).joined();
    }

    /** Whether atom {@code i} continues a number written before it (the 05 of 2023/05). */
    private boolean insideNumber(int i) {
        if (i == 0 || !atoms.get(i).joined()) {
            return false;
        }
        Atom previous = atoms.get(i - 1);
        return previous.isDigits() || (previous.kind() == Atom.Kind.MARK && i >= 2
                && atoms.get(i - 2).isDigits() && previous.joined() && atoms.get(i).isDigits());
    }

    /** Whether a match ending before atom {@code end} would cut a number in two. */
    private boolean endsInsideNumber(int end) {
        if (end >= atoms.size() || end == 0 || !atoms.get(end - 1).isDigits()
                || !atoms.get(end).joined()) {
            return false;
        }
        Atom next = atoms.get(end);
        return next.isDigits() || (next.kind() == Atom.Kind.MARK && "/:.,".contains(next.key())
                && isJoinedDigits(end + 1));
    }
}
