package org.qalam.extractors.dates;

import static org.qalam.extractors.dates.Vocabulary.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.qalam.extractors.dates.ClockRules.Clock;
import org.qalam.extractors.dates.NumberReader.Reading;
import org.qalam.extractors.dates.Phrases.Hit;

/**
 * The date grammar: reads the atoms of one document left to right and, at each position, keeps
 * the longest expression that starts there, trying every rule family plus the expressions that
 * combine them (a day and a time, ranges of days, hours and years). Every rule looks ahead a
 * bounded number of atoms, so a document is read in linear time.
 */
final class Grammar extends Rules {

    /** Hours in half a day: the step between 8 and 20. */
    private static final int HALF_DAY = 12;
    /** ليلة as a key: before a holiday, the night before it (ليلة رأس السنة). */
    private static final String EVE = "ليله";
    /** والآخر as a key: بين الحين والآخر is now and then. */
    private static final String AND_THE_OTHER = "والاخر";
    /** The most words منذ or حتى is written with: اعتبارا من. */
    private static final int MAX_LEAD = 2;

    private final MonthRules monthRules;
    private final HijriRules hijriRules;
    private final DayRules dayRules;
    private final PeriodRules periodRules;
    private final ClockRules clockRules;
    private final DurationRules durationRules;
    private final DecadeRules decadeRules;
    private final SeasonRules seasonRules;

    Grammar(List<Atom> atoms, ZonedDateTime reference, DateSettings settings) {
        super(atoms, reference, settings);
        this.monthRules = new MonthRules(this);
        this.hijriRules = new HijriRules(this);
        this.dayRules = new DayRules(this, monthRules, hijriRules);
        this.periodRules = new PeriodRules(this);
        this.clockRules = new ClockRules(this);
        this.durationRules = new DurationRules(this);
        this.decadeRules = new DecadeRules(this);
        this.seasonRules = new SeasonRules(this, monthRules);
    }

    /**
     * An expression from atom {@code start} to {@code end} (exclusive): a date (value), a Hijri
     * date without one (unresolved, problem) or a length of time (duration).
     */
    record Match(int start, int end, DateValue value, String unresolved, String problem,
                 String duration) {
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
            found.add(new Match(i, best.end(), best.value(), best.unresolved(), best.problem(),
                    best.duration()));
            i = best.end();
        }
        return found;
    }

    private Found expression(int i) {
        Found best = date(i);
        Found open = openRange(i, best);
        if (open != null) {
            best = open;
        }
        return longer(best, durationRules.duration(i));
    }

    /**
     * The date {@code inner} at {@code i} after منذ ({@code 2011/..}) or حتى ({@code
     * ../2021-09-30}), which stay outside the span like every preposition; منذ 2011 وحتى 2015
     * has both ends. Null when no such word comes before. An offset (منذ عامين) is a point and is
     * read by the offset rule.
     */
    private Found openRange(int i, Found inner) {
        Hit<Boolean> since = null;
        Hit<Boolean> until = null;
        for (int back = 1; back <= MAX_LEAD && back <= i && since == null && until == null; back++) {
            since = SINCE.match(atoms, i - back);
            until = OPEN_UNTIL.match(atoms, i - back);
            since = since != null && since.end() == i ? since : null;
            until = until != null && until.end() == i && since == null ? until : null;
        }
        if (since == null && until == null) {
            return null;
        }
        if (inner == null || !inner.isDate() || inner.value().open() != DateValue.Open.NONE) {
            return null;
        }
        if (until != null) {
            return new Found(inner.end(), inner.value().until());
        }
        int k = rangeSeparator(inner.end(), false);
        Found end = k < 0 ? null : date(k);
        if (end != null && end.isDate() && end.value().open() == DateValue.Open.NONE
                && !end.value().last().isBefore(inner.value().start())) {
            // منذ 2011 وحتى الآن: 2011/2021, both ends at the coarser grain
            Grain grain = inner.value().grain().compareTo(end.value().grain()) <= 0
                    ? inner.value().grain() : end.value().grain();
            return new Found(end.end(), DateValue.between(inner.value().start(),
                    end.value().last(), grain, inner.value().relative() || end.value().relative()));
        }
        return new Found(inner.end(), inner.value().since());
    }

    /** The longest date or time at {@code i}. */
    private Found date(int i) {
        return longest(range(i), clockRange(i), dateAndClock(i), dayAndPart(i),
                periodRules.span(i), periodRules.offset(i), periodRules.period(i),
                periodRules.restOf(i), decadeRules.period(i), decadeRules.span(i),
                seasonRules.season(i), seasonRules.weekend(i), seasonRules.weekEdge(i),
                monthRules.year(i), hijriRules.year(i), hijriRules.relativeYear(i),
                monthRules.month(i), monthRules.partOfYear(i), monthRules.decade(i),
                monthRules.edgeOfYear(i), hijriRules.hijri(i), hijriRules.holiday(i),
                dayRules.weekOfMonth(i), clockRules.namedTime(i),
                point(NOW.match(atoms, i), now, Grain.SECOND), gulfNow(i));
    }

    /**
     * Gulf الحين, now: not after ذلك or منذ and a word (منذ ذلك الحين, منذ ذاك الحين) nor before
     * والآخر (بين الحين والآخر).
     */
    private Found gulfNow(int i) {
        Hit<Boolean> hit = GULF_NOW.match(atoms, i);
        if (hit == null || THEN.at(atoms, i - 1) || SINCE.at(atoms, i - 2)
                || isKey(hit.end(), AND_THE_OTHER)) {
            return null;
        }
        return point(hit, now, Grain.SECOND);
    }

    /**
     * A day followed by a time (الخميس الساعة 8, غدوة مع الستة ونص), or a time followed by a day;
     * or a time alone.
     */
    private Found dateAndClock(int i) {
        Found best = dayRules.day(i);
        if (best != null && best.isDay()) {
            int j = CLOCK_LEAD.skip(atoms, AGREEING.skip(atoms, best.end()));
            Clock clock = clockRules.clock(j);
            if (clock != null) {
                best = new Found(clock.end(), clockRules.at(clock, best.value().start().toLocalDate(),
                        best.value().relative()));
            }
        }
        Clock clock = clockRules.clock(i);
        if (clock != null) {
            Found day = dayRules.day(AGREEING.skip(atoms, clock.end()));
            Found timed = day != null && day.isDay()
                    ? new Found(day.end(), clockRules.at(clock, day.value().start().toLocalDate(), day.value().relative()))
                    : new Found(clock.end(), clockRules.at(clock, null, true));
            best = longer(best, timed);
        }
        return best;
    }

    /**
     * صباح الغد, مساء أمس, غدا صباحا, الخميس مساء, هذا المساء: the hours of a part of a day; not
     * a greeting (مساء الخير).
     */
    private Found dayAndPart(int i) {
        Hit<DayPart> alone = PART_TODAY.match(atoms, i);
        if (alone != null) {
            return new Found(dayRules.appositiveWeekday(alone.end()),
                    ClockRules.partOf(today, alone.value(), true));
        }
        Hit<DayPart> before = PART_BEFORE_DAY.match(atoms, i);
        Found day = before == null ? null : dayRules.day(before.end());
        if (day != null && day.isDay()) {
            LocalDate date = day.value().start().toLocalDate();
            if (isKey(i, EVE) && day.value().holiday().isPresent()) {
                date = date.minusDays(1); // ليلة رأس السنة, ليلة العيد: the night before the feast
            }
            return new Found(day.end(), ClockRules.partOf(date, before.value(),
                    day.value().relative()));
        }
        day = dayRules.day(i);
        Hit<DayPart> after = day == null || !day.isDay() || PLACE_PARTS.at(atoms, day.end()) ? null
                : DAY_PARTS.match(atoms, day.end());
        if (after != null) {
            return new Found(after.end(), ClockRules.partOf(
                    day.value().start().toLocalDate(), after.value(), day.value().relative()));
        }
        Hit<DayPart> part = PART_ALONE.match(atoms, i);
        if (part == null || GREETINGS.at(atoms, part.end())) {
            return null; // مسا الخير: good evening, no time
        }
        return new Found(part.end(), ClockRules.partOf(today, part.value(), true));
    }

    /** من الساعة 3 الى الساعة 4 بعد العصر; الخميس من الساعة التاسعة وحتى الساعة الحادية عشرة صباحا. */
    private Found clockRange(int i) {
        Found day = dayRules.day(i);
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
        Clock from = clockRules.clock(j);
        if (from == null) {
            from = clockRules.clock(j, true);
        }
        if (between && (from == null || rangeSeparator(from.end(), true) < 0)) {
            // بين 3 و5 مساء: و5 is the other end, not five minutes
            from = clockRules.hour(j);
        }
        if (from == null) {
            return null;
        }
        int k = rangeSeparator(from.end(), between);
        Clock to = k < 0 ? null : clockRules.clock(k);
        if (to == null && k >= 0) {
            to = clockRules.clock(k, true);
            if (to != null && to.part() == null && from.part() == null && !HOUR_WORD.at(atoms, j)
                    && !(isDefiniteWord(j) && isDefiniteWord(k))) {
                return null; // من 5 إلى 6 alone is no time; من الثمانية للتسعة is
            }
        }
        if (to == null) {
            return null;
        }
        if (to.part() == null && from.part() != null) {
            to = to.withPart(from.part());
        }
        Clock unmarked = from;
        if (from.part() == null && to.part() != null) {
            from = from.withPart(to.part());
        }
        DateValue start = clockRules.at(from, date, relative);
        DateValue end = clockRules.at(to, date == null ? start.start().toLocalDate() : date, relative);
        if (end.start().isBefore(start.start()) && from != unmarked && !isMark(from.end(), "-", "–")) {
            // من 8 ل 4 العصر: the part of the day names the end only; 8 is the morning's
            start = DateValue.point(end.start().toLocalDate().atTime(unmarked.hour() % 24,
                    unmarked.minute(), unmarked.second()), unmarked.grain(), relative);
        }
        if (end.start().isBefore(start.start()) && to.part() == null && to.hour() <= HALF_DAY) {
            // من الثمانية للتسعة said in the evening: the end is the next nine after eight
            end = DateValue.point(end.start().plusHours(HALF_DAY), end.grain(), end.relative());
        }
        Grain grain = from.grain().compareTo(to.grain()) >= 0 ? from.grain() : to.grain();
        if (end.start().isBefore(start.start())) {
            return null;
        }
        return new Found(to.end(), DateValue.between(start.start(), end.start(), grain, relative));
    }

    /**
     * Day ranges: 13 الى 15 تموز, من 1-8 شهر ايلول, يوليو 13-15, من 13 تموز الى 15 تموز, from one
     * date to another of the same grain.
     */
    private Found range(int i) {
        boolean between = BETWEEN.at(atoms, i);
        int j = between ? BETWEEN.match(atoms, i).end() : FROM.skip(atoms, i);
        Found best = null;
        Reading first = number(j);
        if (first != null && first.whole() >= 1 && first.whole() <= 31) {
            int k = rangeSeparator(first.end(), between);
            Reading second = k < 0 ? null : number(k);
            if (second != null && second.whole() > first.whole() && second.whole() <= 31) {
                MonthRef month = monthRules.monthRef(OF.skip(atoms, second.end()), true);
                if (month != null) {
                    best = dayRange(month, first.whole(), second.whole(), month.end());
                }
            }
        }
        Hit<Integer> name = monthName(j);
        if (name != null) {
            Reading from = number(name.end());
            int k = from == null ? -1 : rangeSeparator(from.end(), between);
            Reading to = k < 0 ? null : number(k);
            if (to != null && from.whole() >= 1 && to.whole() > from.whole() && to.whole() <= 31) {
                MonthRef month = monthRules.withYear(name.value(), to.end());
                best = longer(best, dayRange(month, from.whole(), to.whole(), month.end()));
            }
        }
        best = longer(best, years(j, between));
        Found start = dayRules.day(j);
        if (start != null) {
            int k = rangeSeparator(start.end(), between);
            Found end = k < 0 ? null : dayRules.day(k);
            if (end != null && end.value().grain() == start.value().grain()) {
                start = inYearOf(j, start, end);
                LocalDateTime last = end.value().last();
                if (last.isBefore(start.value().start()) && start.isDay() && end.isDay()
                        && WEEKDAYS.at(atoms, DAY_WORD.skip(atoms, k))) {
                    // من الأحد حتى الخميس: the Thursday after that Sunday
                    last = start.value().start().with(TemporalAdjusters.nextOrSame(
                            last.getDayOfWeek()));
                }
                if (!last.isBefore(start.value().start())) {
                    best = longer(best, new Found(end.end(), DateValue.between(
                            start.value().start(), last, start.value().grain(),
                            start.value().relative())));
                }
            }
        }
        return best;
    }

    /**
     * The first day of a range (a day and a month name from atom {@code i}) in the year the last
     * one names when only the last has a year: من 23
     * يوليو إلى 8 أغسطس 2021 begins on 23 July 2021 (the year before when that day would come after
     * the last: من 20 ديسمبر إلى 5 يناير 2022). {@code start} itself otherwise.
     */
    private Found inYearOf(int i, Found start, Found end) {
        if (!start.isDay() || !end.isDay() || !start.value().relative() || end.value().relative()
                || start.value().grain() != Grain.DAY || !namesMonth(i, start.end())) {
            return start;
        }
        LocalDateTime last = end.value().last();
        LocalDateTime first = start.value().start().withYear(last.getYear());
        if (first.isAfter(last)) {
            first = first.minusYears(1);
        }
        return new Found(start.end(), DateValue.point(first, Grain.DAY, false));
    }

    /** Whether a month name stands among atoms {@code from} to {@code to} (exclusive). */
    private boolean namesMonth(int from, int to) {
        for (int k = from; k < to; k++) {
            if (MONTHS.at(atoms, k)) {
                return true;
            }
        }
        return false;
    }

    /** من 2014 إلى 2018, بين عامي 2014 و2018, 2014-2018: a range of years. */
    private Found years(int i, boolean between) {
        int j = YEAR_WORD.skip(atoms, YEARS_WORD.skip(atoms, i));
        if (!isYear(j) || (j == i && i > 0 && !FROM.at(atoms, i - 1) && !between
                && !isJoinedMark(j + 1, "-"))) {
            return null;
        }
        boolean pair = between || isKey(i, "عامي", "سنتي"); // عامي 2011 و2012: a dual names two
        int k = rangeSeparator(j + 1, pair);
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

    /**
     * The atom after a range separator (الى, حتى, وحتى, -; و after بين) at {@code i}, or -1; after
     * بين, a word with و written on it (وسبعة, والجمعة) is itself the other end, which the rules
     * read through its proclitic.
     */
    private int rangeSeparator(int i, boolean between) {
        if (isMark(i, "-", "–")) {
            return i + 1;
        }
        if (between && i < atoms.size() && atoms.get(i).key().startsWith("و")) {
            return atoms.get(i).key().equals("و") ? i + 1 : i;
        }
        Hit<Boolean> until = UNTIL.match(atoms, i);
        return until == null ? -1 : until.end();
    }

    private Found dayRange(MonthRef month, int first, int last, int end) {
        if (!month.month().isValidDay(last)) {
            return null;
        }
        return new Found(end, DateValue.between(month.month().atDay(first).atStartOfDay(),
                month.month().atDay(last).atStartOfDay(), Grain.DAY, month.relative()));
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
