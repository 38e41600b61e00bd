package org.qalam.extractors.dates;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

/**
 * Named days and seasons: fixed Gregorian feasts, Easter (Western computus), and the Hijri
 * feasts and Ramadan, converted through {@link HijriDates}. A name without a year means its next
 * occurrence from the reference day; with a Gregorian year, the occurrence in that year.
 */
final class Holidays {

    /** How a holiday falls. */
    enum Rule {
        /** The same Gregorian day every year. */
        FIXED,
        /** Western Easter Sunday. */
        EASTER,
        /** The same Hijri day every Hijri year. */
        HIJRI,
        /** A whole Hijri month, such as Ramadan. */
        HIJRI_MONTH
    }

    /**
     * One holiday.
     *
     * @param name  the name written in the {@code holiday} attribute
     * @param rule  how it falls
     * @param month its month in the rule's calendar
     * @param day   its day, 0 for a whole month
     */
    record Holiday(String name, Rule rule, int month, int day) {
    }

    /** The first and last Gregorian day of one occurrence. */
    record Days(LocalDate first, LocalDate last) {
    }

    static final Phrases<Holiday> NAMES = Phrases.<Holiday>builder()
            .add("عيد الميلاد|عيد الميلاد المجيد|الكريسماس|كريسماس|الكريسمس|كريسمس",
                    new Holiday("عيد الميلاد", Rule.FIXED, 12, 25))
            .add("رأس السنة الميلادية|رأس السنة|عيد رأس السنة",
                    new Holiday("رأس السنة الميلادية", Rule.FIXED, 1, 1))
            .add("عيد الحب", new Holiday("عيد الحب", Rule.FIXED, 2, 14))
            .add("عيد العمال|عيد العمال العالمي", new Holiday("عيد العمال", Rule.FIXED, 5, 1))
            .add("عيد الأم", new Holiday("عيد الأم", Rule.FIXED, 3, 21))
            .add("عيد الفصح|الفصح|عيد القيامة", new Holiday("عيد الفصح", Rule.EASTER, 0, 0))
            .add("عيد الفطر|عيد الفطر المبارك|عيد الفطر السعيد|العيد الصغير",
                    new Holiday("عيد الفطر", Rule.HIJRI, 10, 1))
            .add("عيد الأضحى|عيد الأضحى المبارك|عيد الاضحى|العيد الكبير",
                    new Holiday("عيد الأضحى", Rule.HIJRI, 12, 10))
            .add("يوم عرفة|يوم عرفات|وقفة عرفة|وقفة عرفات", new Holiday("يوم عرفة", Rule.HIJRI, 12, 9))
            .add("ليلة القدر", new Holiday("ليلة القدر", Rule.HIJRI, 9, 27))
            .add("رأس السنة الهجرية|السنة الهجرية الجديدة",
                    new Holiday("رأس السنة الهجرية", Rule.HIJRI, 1, 1))
            .add("عاشوراء|يوم عاشوراء", new Holiday("عاشوراء", Rule.HIJRI, 1, 10))
            .add("المولد النبوي|المولد النبوي الشريف|ذكرى المولد النبوي",
                    new Holiday("المولد النبوي", Rule.HIJRI, 3, 12))
            .add("شهر رمضان|رمضان", new Holiday("رمضان", Rule.HIJRI_MONTH, 9, 0))
            .build();

    private Holidays() {
    }

    /**
     * The holiday's occurrence: in {@code year} when it is positive, otherwise the first one that
     * has not ended by {@code today}; null outside the Hijri calendar.
     */
    static Days occurrence(Holiday holiday, int year, LocalDate today) {
        if (year > 0) {
            return inGregorianYear(holiday, year);
        }
        for (Days days : around(holiday, today)) {
            if (!days.last().isBefore(today)) {
                return days;
            }
        }
        return null;
    }

    /** The holiday's last occurrence that ended before {@code today}; null outside the Hijri calendar. */
    static Days previous(Holiday holiday, LocalDate today) {
        Days found = null;
        for (Days days : around(holiday, today)) {
            found = days.last().isBefore(today) ? days : found;
        }
        return found;
    }

    /**
     * The holiday's occurrences from the year before {@code today}'s to the year after, in order:
     * Gregorian years for fixed feasts and Easter, Hijri years for the others (a Gregorian year
     * may hold two Eids).
     */
    private static List<Days> around(Holiday holiday, LocalDate today) {
        List<Days> found = new ArrayList<>();
        if (holiday.rule() == Rule.FIXED || holiday.rule() == Rule.EASTER) {
            for (int year = today.getYear() - 1; year <= today.getYear() + 1; year++) {
                found.add(inGregorianYear(holiday, year));
            }
            return found;
        }
        int hijriYear = HijriDates.yearOf(today);
        for (int h = hijriYear - 1; hijriYear > 0 && h <= hijriYear + 1; h++) {
            Days days = inHijriYear(holiday, h);
            if (days != null) {
                found.add(days);
            }
        }
        return found;
    }

    /** The holiday in Hijri year {@code h}, or null outside the calendar. */
    private static Days inHijriYear(Holiday holiday, int h) {
        int firstDay = holiday.day() == 0 ? 1 : holiday.day();
        HijriDates.Conversion start = HijriDates.toGregorian(h, holiday.month(), firstDay);
        if (!start.ok()) {
            return null;
        }
        LocalDate last = holiday.day() == 0
                ? start.date().plusDays(HijriDates.monthLength(h, holiday.month()) - 1L)
                : start.date();
        return new Days(start.date(), last);
    }

    private static Days inGregorianYear(Holiday holiday, int year) {
        switch (holiday.rule()) {
            case FIXED -> {
                LocalDate day = MonthDay.of(holiday.month(), holiday.day()).atYear(year);
                return new Days(day, day);
            }
            case EASTER -> {
                LocalDate day = easter(year);
                return new Days(day, day);
            }
            default -> {
                int hijriYear = HijriDates.yearOf(LocalDate.of(year, 1, 1));
                for (int h = hijriYear; hijriYear > 0 && h <= hijriYear + 1; h++) {
                    Days days = inHijriYear(holiday, h);
                    if (days != null && days.first().getYear() == year) {
                        return days;
                    }
                }
                return null;
            }
        }
    }

    /** Western Easter Sunday (the anonymous Gregorian computus). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
