package org.qalam.extractors.dates;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A resolved date: a point, or an interval from {@code start} to {@code last} with both ends
 * inclusive at the grain ({@code 2013-07-13/2013-07-15} covers three days), plus where it came
 * from. Kept apart from the mention so that the grammar can be tested without documents.
 *
 * @param start    the first instant, truncated to the grain
 * @param last     the last unit of the interval; equal to {@code start} for a point
 * @param grain    the precision of both ends
 * @param relative whether the value depends on the reference time
 * @param calendar the calendar the text was written in
 * @param hijri    the Hijri date as written, {@code 1445-09-15}, for Hijri input
 * @param holiday  the holiday named, if any
 * @param open     which end, if any, the text leaves open: منذ 2011 has no end
 */
record DateValue(LocalDateTime start, LocalDateTime last, Grain grain, boolean relative,
                        Calendar calendar, Optional<String> hijri, Optional<String> holiday,
                        Open open) {

    /** The end an interval leaves open, written {@code ..} in its value. */
    enum Open {
        /** Both ends are said. */
        NONE,
        /** حتى نهاية الشهر: {@code ../2021-09-30}. */
        START,
        /** منذ 2011: {@code 2011/..}. */
        END
    }

    /** The calendar an expression was written in. */
    public enum Calendar {
        /** The Gregorian calendar, with any month-name family. */
        GREGORIAN,
        /** The Hijri calendar (Umm al-Qura). */
        HIJRI
    }

    /** Truncates both ends to the grain and checks their order. */
    public DateValue {
        requireNonNull(grain, "grain");
        requireNonNull(calendar, "calendar");
        requireNonNull(hijri, "hijri");
        requireNonNull(holiday, "holiday");
        requireNonNull(open, "open");
        start = grain.truncate(requireNonNull(start, "start"));
        last = grain.truncate(requireNonNull(last, "last"));
        if (last.isBefore(start)) {
            throw new IllegalArgumentException("interval ends before it starts: " + start + "/" + last);
        }
    }

    /** A Gregorian point at the grain. */
    static DateValue point(LocalDateTime time, Grain grain, boolean relative) {
        return new DateValue(time, time, grain, relative, Calendar.GREGORIAN, Optional.empty(),
                Optional.empty(), Open.NONE);
    }

    /** A Gregorian interval with both ends inclusive at the grain. */
    static DateValue between(LocalDateTime start, LocalDateTime last, Grain grain, boolean relative) {
        return new DateValue(start, last, grain, relative, Calendar.GREGORIAN, Optional.empty(),
                Optional.empty(), Open.NONE);
    }

    /** Whether this value spans more than one unit of its grain, or has an open end. */
    public boolean isInterval() {
        return !start.equals(last) || open != Open.NONE;
    }

    /**
     * The ISO-8601 text: {@code 2020-01-15}, {@code start/last} for an interval, {@code start/..}
     * or {@code ../last} for one with an open end.
     */
    public String iso() {
        return switch (open) {
            case START -> "../" + grain.format(last);
            case END -> grain.format(start) + "/..";
            case NONE -> isInterval() ? grain.format(start) + "/" + grain.format(last)
                    : grain.format(start);
        };
    }

    /** From the start of this value on, the end left open: منذ 2011. */
    DateValue since() {
        return new DateValue(start, start, grain, relative, calendar, hijri, holiday, Open.END);
    }

    /** Up to the end of this value, the start left open: حتى نهاية الشهر. */
    DateValue until() {
        return new DateValue(last, last, grain, relative, calendar, hijri, holiday, Open.START);
    }

    /** This value marked as written in the Hijri calendar, with the Hijri date as written. */
    DateValue asHijri(String hijriDate) {
        return new DateValue(start, last, grain, relative, Calendar.HIJRI, Optional.of(hijriDate),
                holiday, open);
    }
}
