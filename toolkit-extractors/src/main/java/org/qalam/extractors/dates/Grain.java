package org.qalam.extractors.dates;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * How precise a date value is, from a year down to a second. It decides how a value is written:
 * {@code 2025}, {@code 2020-01}, {@code 2026-W49}, {@code 2020-01-15}, {@code 2026-11-24T15:00}.
 */
public enum Grain {
    /** A calendar year. */
    YEAR,
    /** A calendar month. */
    MONTH,
    /** An ISO week, Monday to Sunday. */
    WEEK,
    /** A day. */
    DAY,
    /** An hour of a day. */
    HOUR,
    /** A minute. */
    MINUTE,
    /** A second. */
    SECOND;

    /** The lower-case name used in the {@code grain} attribute. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this grain is a time of day rather than a calendar unit. */
    boolean isClock() {
        return compareTo(DAY) > 0;
    }

    /** The ISO-8601 text of {@code time} at this grain. */
    public String format(LocalDateTime time) {
        return switch (this) {
            case YEAR -> pad(time.getYear(), 4);
            case MONTH -> pad(time.getYear(), 4) + "-" + pad(time.getMonthValue(), 2);
            case WEEK -> pad(time.get(IsoFields.WEEK_BASED_YEAR), 4) + "-W"
                    + pad(time.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2);
            case DAY -> time.toLocalDate().toString();
            case HOUR -> time.toLocalDate() + "T" + pad(time.getHour(), 2) + ":00";
            case MINUTE -> time.toLocalDate() + "T" + pad(time.getHour(), 2) + ":"
                    + pad(time.getMinute(), 2);
            case SECOND -> time.toLocalDate() + "T" + pad(time.getHour(), 2) + ":"
                    + pad(time.getMinute(), 2) + ":" + pad(time.getSecond(), 2);
        };
    }

    /** The start of the unit of this grain that contains {@code time}. */
    public LocalDateTime truncate(LocalDateTime time) {
        return switch (this) {
            case YEAR -> time.toLocalDate().withDayOfYear(1).atStartOfDay();
            case MONTH -> time.toLocalDate().withDayOfMonth(1).atStartOfDay();
            case WEEK -> time.toLocalDate()
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay();
            case DAY -> time.toLocalDate().atStartOfDay();
            case HOUR -> time.truncatedTo(ChronoUnit.HOURS);
            case MINUTE -> time.truncatedTo(ChronoUnit.MINUTES);
            case SECOND -> time.truncatedTo(ChronoUnit.SECONDS);
        };
    }

    /** {@code time} moved by {@code amount} units of this grain. */
    public LocalDateTime plus(LocalDateTime time, long amount) {
        return time.plus(amount, unit());
    }

    private ChronoUnit unit() {
        return switch (this) {
            case YEAR -> ChronoUnit.YEARS;
            case MONTH -> ChronoUnit.MONTHS;
            case WEEK -> ChronoUnit.WEEKS;
            case DAY -> ChronoUnit.DAYS;
            case HOUR -> ChronoUnit.HOURS;
            case MINUTE -> ChronoUnit.MINUTES;
            case SECOND -> ChronoUnit.SECONDS;
        };
    }

    private static String pad(int value, int width) {
        String digits = Integer.toString(Math.abs(value));
        StringBuilder padded = new StringBuilder(value < 0 ? "-" : "");
        for (int i = digits.length(); i < width; i++) {
            padded.append('0');
        }
        return padded.append(digits).toString();
    }
}
