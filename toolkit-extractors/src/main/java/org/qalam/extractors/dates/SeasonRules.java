package org.qalam.extractors.dates;

import static org.qalam.extractors.dates.Vocabulary.*;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import org.qalam.extractors.dates.Phrases.Hit;

/**
 * Rules for the named stretches of the calendar: seasons (الصيف الماضي, هذا الشتاء, صيف 2016;
 * three months each, winter from December and of the year of its January), the weekend (عطلة
 * نهاية الأسبوع, الويكند الجاي; its two days set by the config key {@code weekend}) and the
 * beginning and middle of a week, counted from the day after the weekend ({@link #weekStart}).
 */
final class SeasonRules extends Rules {

    private static final int SEASON_MONTHS = 3;
    private static final int DECEMBER = 12;
    /** The days of the beginning or the middle of a week. */
    private static final int EDGE_DAYS = 3;

    private final MonthRules monthRules;

    SeasonRules(Rules shared, MonthRules monthRules) {
        super(shared);
        this.monthRules = monthRules;
    }

    /**
     * الصيف الماضي, فصل الشتاء المقبل, هذا الربيع, هالصيف, صيف 2016, صيف العام الماضي; a season
     * alone is no date (الربيع العربي, في الصيف).
     */
    Found season(int i) {
        int j = THIS.skip(atoms, i);
        boolean thisOne = j > i;
        j = SEASON_WORD.skip(atoms, j);
        Hit<Integer> season = SEASONS.match(atoms, j);
        if (season == null) {
            return null;
        }
        int first = season.value();
        boolean definite = atoms.get(j).key().startsWith("ال");
        if (thisOne) {
            // هذا الشتاء; not هذا صيف حار, "this is a hot summer"
            return definite ? seasonFound(season.end(), occurrence(first, Direction.THIS), true)
                    : null;
        }
        Hit<Direction> direction = definite ? DIRECTIONS.match(atoms, season.end()) : null;
        if (direction != null) {
            return seasonFound(direction.end(), occurrence(first, direction.value()), true);
        }
        MonthRules.YearRef year = definite ? null : monthRules.yearAfter(season.end());
        if (year == null) {
            return null;
        }
        // a winter is the year of its January: شتاء 2016 is December 2015 to February 2016
        YearMonth start = YearMonth.of(year.year(), first);
        return seasonFound(year.end(), first == DECEMBER ? start.minusYears(1) : start,
                year.relative());
    }

    /**
     * عطلة نهاية الأسبوع, الويكند الجاي, نهاية الأسبوع الماضي, نهاية هذا الأسبوع: the weekend of
     * this, the last or the next week.
     */
    Found weekend(int i) {
        Hit<Boolean> weekend = WEEKEND.match(atoms, i);
        int end;
        if (weekend != null) {
            end = weekend.end();
        } else {
            Hit<Boolean> lead = WEEKEND_LEAD.match(atoms, i);
            end = lead == null || !THIS.at(atoms, lead.end()) ? -1
                    : weekAfter(THIS.match(atoms, lead.end()).end());
            if (end < 0) {
                return null;
            }
        }
        WeekRef week = weekRef(end);
        if (week == null) {
            return null;
        }
        LocalDate first = weekStart(week.step()).with(TemporalAdjusters.nextOrSame(settings.weekend()));
        return new Found(week.end(), DateValue.between(first.atStartOfDay(),
                first.plusDays(WEEKEND_DAYS - 1L).atStartOfDay(), Grain.DAY, true));
    }

    /**
     * بداية الأسبوع المقبل, مطلع هذا الأسبوع, منتصف الأسبوع الماضي: the first three days of the
     * week named, or its second to fourth (its end is the weekend, {@link #weekend}).
     */
    Found weekEdge(int i) {
        Hit<Boolean> edge = BEGINNING.match(atoms, i);
        int firstDay = 0;
        if (edge == null && (edge = EARLY.match(atoms, i)) == null) {
            edge = MIDDLE.match(atoms, i);
            firstDay = 1;
        }
        int j = edge == null ? -1 : THIS.skip(atoms, edge.end());
        int end = j < 0 ? -1 : weekAfter(j);
        WeekRef week = end < 0 ? null : weekRef(end);
        if (week == null || j > edge.end() && week.step() != 0) {
            return null;
        }
        LocalDate first = weekStart(week.step()).plusDays(firstDay);
        return new Found(week.end(), DateValue.between(first.atStartOfDay(),
                first.plusDays(EDGE_DAYS - 1L).atStartOfDay(), Grain.DAY, true));
    }

    /** The atom after الأسبوع at {@code i}, or -1 when the word there is no week. */
    private int weekAfter(int i) {
        Hit<Grain> week = PERIODS.match(atoms, i);
        return week == null || week.value() != Grain.WEEK ? -1 : week.end();
    }

    /** Which week, counted from this one, and the atom after the words. */
    private record WeekRef(int step, int end) {
    }

    /**
     * The week a direction after the week word at {@code end} names (this one when none does);
     * null for a week the rules here do not read: an ordinal (الأسبوع الأول من البطولة) or a week
     * beyond the next (الأسبوع بعد القادم).
     */
    private WeekRef weekRef(int end) {
        if (ordinal(end) != null || BEYOND.at(atoms, end)) {
            return null;
        }
        Hit<Direction> direction = DIRECTIONS.match(atoms, end);
        return direction == null ? new WeekRef(0, end)
                : new WeekRef(step(direction.value()), direction.end());
    }

    /**
     * The season beginning in month {@code first} that {@code direction} names: the one this
     * month is in (or else this year's), the last one ended or the next one to begin.
     */
    private YearMonth occurrence(int first, Direction direction) {
        YearMonth current = YearMonth.from(today);
        YearMonth thisYears = YearMonth.of(today.getYear(), first);
        YearMonth found = null;
        for (int y = -2; y <= 1; y++) {
            YearMonth start = thisYears.plusYears(y);
            YearMonth last = start.plusMonths(SEASON_MONTHS - 1L);
            boolean fits = switch (direction) {
                case PAST -> last.isBefore(current);
                case THIS -> !start.isAfter(current) && !last.isBefore(current);
                case NEXT -> start.isAfter(current) && found == null;
            };
            found = fits ? start : found;
        }
        return found == null ? thisYears : found;
    }

    private static Found seasonFound(int end, YearMonth start, boolean relative) {
        return new Found(end, DateValue.between(start.atDay(1).atStartOfDay(),
                start.plusMonths(SEASON_MONTHS - 1L).atDay(1).atStartOfDay(), Grain.MONTH,
                relative));
    }
}
