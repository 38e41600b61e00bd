package org.qalam.extractors.dates;

import static org.qalam.extractors.dates.Vocabulary.*;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import org.qalam.extractors.dates.Phrases.Hit;

/**
 * Rules for the named stretches of the calendar: seasons (الصيف الماضي, هذا الشتاء, صيف 2016,
 * three months each, winter from December), the weekend (عطلة نهاية الأسبوع, الويكند الجاي,
 * its two days set by the config key {@code weekend}) and the beginning and middle of a week.
 */
final class SeasonRules extends Rules {

    private static final int SEASON_MONTHS = 3;
    private static final int WEEKEND_DAYS = 2;
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
        if (thisOne) {
            return seasonFound(season.end(), occurrence(first, Direction.THIS), true);
        }
        boolean definite = atoms.get(j).key().startsWith("ال");
        Hit<Direction> direction = definite ? DIRECTIONS.match(atoms, season.end()) : null;
        if (direction != null) {
            return seasonFound(direction.end(), occurrence(first, direction.value()), true);
        }
        MonthRules.YearRef year = definite ? null : monthRules.yearAfter(season.end());
        return year == null ? null
                : seasonFound(year.end(), YearMonth.of(year.year(), first), year.relative());
    }

    /**
     * عطلة نهاية الأسبوع, الويكند الجاي, نهاية الأسبوع الماضي, نهاية هذا الأسبوع: the weekend of
     * this, the last or the next week.
     */
    Found weekend(int i) {
        Hit<Boolean> weekend = WEEKEND.match(atoms, i);
        int end;
        int step = 0;
        if (weekend != null) {
            end = weekend.end();
            Hit<Direction> direction = DIRECTIONS.match(atoms, end);
            if (direction != null) {
                step = step(direction.value());
                end = direction.end();
            }
        } else {
            Hit<Boolean> lead = WEEKEND_LEAD.match(atoms, i);
            Hit<Boolean> thisOne = lead == null ? null : THIS.match(atoms, lead.end());
            Hit<Grain> week = thisOne == null ? null : PERIODS.match(atoms, thisOne.end());
            if (week == null || week.value() != Grain.WEEK) {
                return null;
            }
            end = week.end();
        }
        LocalDate first = today.plusWeeks(step)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .with(TemporalAdjusters.nextOrSame(settings.weekend()));
        return new Found(end, DateValue.between(first.atStartOfDay(),
                first.plusDays(WEEKEND_DAYS - 1L).atStartOfDay(), Grain.DAY, true));
    }

    /**
     * بداية الأسبوع المقبل, مطلع هذا الأسبوع, منتصف الأسبوع الماضي: Monday to Wednesday or Tuesday
     * to Thursday of the week named (its end is the weekend, {@link #weekend}).
     */
    Found weekEdge(int i) {
        Hit<Boolean> edge = BEGINNING.match(atoms, i);
        int firstDay = 0;
        if (edge == null && (edge = EARLY.match(atoms, i)) == null) {
            edge = MIDDLE.match(atoms, i);
            firstDay = 1;
        }
        if (edge == null) {
            return null;
        }
        int j = THIS.skip(atoms, edge.end());
        Hit<Grain> week = PERIODS.match(atoms, j);
        if (week == null || week.value() != Grain.WEEK) {
            return null;
        }
        int end = week.end();
        int step = 0;
        Hit<Direction> direction = j == edge.end() ? DIRECTIONS.match(atoms, end) : null;
        if (direction != null) {
            step = step(direction.value());
            end = direction.end();
        }
        LocalDate first = today.plusWeeks(step)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(firstDay);
        return new Found(end, DateValue.between(first.atStartOfDay(),
                first.plusDays(EDGE_DAYS - 1L).atStartOfDay(), Grain.DAY, true));
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
