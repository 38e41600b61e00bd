package org.qalam.extractors.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.ValueRange;

/**
 * Converts Hijri dates to Gregorian ones with the JDK's Umm al-Qura calendar
 * ({@link HijrahChronology}). That calendar only knows the years it has tables for (1300 to 1600
 * AH); outside them, and for days a month does not have, the answer says why instead of throwing.
 */
final class HijriDates {

    /** A conversion: the Gregorian day, or the reason there is none. */
    record Conversion(LocalDate date, String problem) {

        boolean ok() {
            return date != null;
        }
    }

    private HijriDates() {
    }

    /** The Gregorian day of a Hijri date. */
    static Conversion toGregorian(int year, int month, int day) {
        ValueRange years = HijrahChronology.INSTANCE.range(ChronoField.YEAR);
        if (!years.isValidValue(year)) {
            return new Conversion(null, "Hijri year " + year + " lies outside the Umm al-Qura "
                    + "calendar (" + years.getMinimum() + "-" + years.getMaximum() + " AH)");
        }
        if (month < 1 || month > 12) {
            return new Conversion(null, "no Hijri month " + month);
        }
        try {
            return new Conversion(LocalDate.from(HijrahDate.of(year, month, day)), null);
        } catch (DateTimeException e) {
            return new Conversion(null, "Hijri month " + month + " of " + year + " has no day "
                    + day);
        }
    }

    /** The length of a Hijri month, or 0 when it lies outside the calendar. */
    static int monthLength(int year, int month) {
        Conversion first = toGregorian(year, month, 1);
        return first.ok() ? HijrahDate.from(first.date()).lengthOfMonth() : 0;
    }

    /** The Hijri year of a Gregorian day, or 0 outside the calendar. */
    static int yearOf(LocalDate date) {
        try {
            return HijrahDate.from(date).get(ChronoField.YEAR);
        } catch (DateTimeException e) {
            return 0;
        }
    }

    /** The Hijri month of a Gregorian day, or 0 outside the calendar. */
    static int monthOf(LocalDate date) {
        try {
            return HijrahDate.from(date).get(ChronoField.MONTH_OF_YEAR);
        } catch (DateTimeException e) {
            return 0;
        }
    }

    /** {@code 1445-09-15}, or {@code 1445-09} when {@code day} is 0, or {@code 1445}. */
    static String format(int year, int month, int day) {
        StringBuilder text = new StringBuilder(Integer.toString(year));
        if (month > 0) {
            text.append(month < 10 ? "-0" : "-").append(month);
        }
        if (day > 0) {
            text.append(day < 10 ? "-0" : "-").append(day);
        }
        return text.toString();
    }
}
