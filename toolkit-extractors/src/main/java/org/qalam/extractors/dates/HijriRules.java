package org.qalam.extractors.dates;

import static org.qalam.extractors.dates.Vocabulary.*;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import org.qalam.extractors.dates.NumberReader.Reading;
import org.qalam.extractors.dates.Phrases.Hit;

/**
 * Rules for Hijri dates (15 رمضان 1445 هـ, 1 محرم 1446, رمضان 2019) and named holidays (عيد
 * الفطر, عيد الميلاد 2020), converted with the Umm al-Qura calendar; a Hijri date the calendar
 * cannot convert is kept with the reason instead of a value.
 */
final class HijriRules extends Rules {

    HijriRules(Rules shared) {
        super(shared);
    }

    /** العام الهجري الماضي, هذه السنة الهجرية, العام الهجري القادم: a Hijri year by its offset. */
    Found relativeYear(int i) {
        int j = THIS.skip(atoms, i);
        Hit<Grain> unit = PERIODS.match(atoms, j);
        if (unit == null || unit.value() != Grain.YEAR) {
            return null;
        }
        Hit<Boolean> hijri = HIJRI_ADJECTIVE.match(atoms, unit.end());
        if (hijri == null) {
            return null;
        }
        int end = hijri.end();
        int steps = 0;
        if (j == i) {
            Hit<Direction> direction = DIRECTIONS.match(atoms, end);
            if (direction == null) {
                return null;
            }
            steps = step(direction.value());
            end = direction.end();
        }
        int current = HijriDates.yearOf(today);
        if (current == 0) {
            return null;
        }
        int year = current + steps;
        HijriDates.Conversion first = HijriDates.toGregorian(year, 1, 1);
        HijriDates.Conversion next = HijriDates.toGregorian(year + 1, 1, 1);
        if (!first.ok() || !next.ok()) {
            return new Found(end, null, Integer.toString(year),
                    first.ok() ? next.problem() : first.problem());
        }
        return new Found(end, DateValue.between(first.date().atStartOfDay(),
                next.date().minusDays(1).atStartOfDay(), Grain.DAY, true)
                .asHijri(Integer.toString(year)));
    }

    /**
     * 15 رمضان 1445 هـ, 1 محرم 1446, رمضان 1445, شهر شوال, رمضان المقبل; a Gregorian year picks
     * the month that begins in that year (رمضان 2019).
     */
    Found hijri(int i) {
        return hijri(i, false);
    }

    /**
     * The same, and when {@code bare}, a month name alone too, as in أول أسبوع من رمضان, where
     * the phrase around it says it is a month: this year's unless it has passed.
     */
    Found hijri(int i, boolean bare) {
        Reading day = number(i);
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
        Hit<Direction> direction = day == null && year == 0 ? DIRECTIONS.match(atoms, k) : null;
        if (day == null && year == 0 && !word && direction == null && !bare) {
            return null; // رجب, صفر alone are names and numbers: شهر رجب, رجب المقبل are months
        }
        if (gregorianYear) {
            if (day != null) {
                return null;
            }
            Holidays.Days days = Holidays.occurrence(new Holidays.Holiday("", Holidays.Rule.HIJRI_MONTH,
                    month.value(), 0), year, today);
            if (days == null) {
                return null;
            }
            int hijriYear = HijriDates.yearOf(days.first());
            return new Found(k, new DateValue(days.first().atStartOfDay(), days.last().atStartOfDay(),
                    Grain.DAY, false, DateValue.Calendar.HIJRI,
                    Optional.of(HijriDates.format(hijriYear, month.value(), 0)),
                    Optional.empty(), DateValue.Open.NONE));
        }
        boolean relative = year == 0;
        if (relative) {
            year = HijriDates.yearOf(today);
            if (year == 0) {
                return null;
            }
            int current = HijriDates.monthOf(today);
            if (direction != null) {
                k = direction.end();
                year += switch (direction.value()) {
                    case PAST -> month.value() < current ? 0 : -1;
                    case THIS -> 0;
                    case NEXT -> month.value() > current ? 0 : 1;
                };
            } else if (month.value() < current) {
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

    /** عام 1445 هـ, 1445هـ: the Gregorian days of a Hijri year. */
    Found year(int i) {
        int j = YEAR_WORD.skip(atoms, i);
        if (j >= atoms.size() || !atoms.get(j).isDigits() || atoms.get(j).key().length() > 4) {
            return null;
        }
        Hit<Boolean> era = HIJRI_ERA.match(atoms, j + 1);
        return era == null ? null : hijriYear(atoms.get(j).number(), era.end());
    }

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
    Found holiday(int i) {
        Found day = dayOfHoliday(i);
        if (day != null) {
            return day;
        }
        Hit<Holidays.Holiday> hit = Holidays.NAMES.match(atoms, i);
        if (hit == null || (hit.value().rule() == Holidays.Rule.HIJRI_MONTH && !isKey(i, "شهر"))) {
            return null;
        }
        int end = hit.end();
        Hit<Direction> direction = DIRECTIONS.match(atoms, end);
        if (direction != null && direction.value() != Direction.THIS) {
            // عيد الأضحى الماضي, عيد الفطر المقبل
            Holidays.Days days = direction.value() == Direction.PAST
                    ? Holidays.previous(hit.value(), today)
                    : Holidays.occurrence(hit.value(), 0, today.plusDays(1));
            return days == null ? null : holidayFound(direction.end(), hit.value(), days, true);
        }
        int year = 0;
        int y = YEAR_WORD.skip(atoms, OF.skip(atoms, end));
        if (y < atoms.size() && atoms.get(y).isDigits() && atoms.get(y).key().length() == 4) {
            year = atoms.get(y).number();
            end = y + 1;
        }
        Holidays.Days days = Holidays.occurrence(hit.value(), year, today);
        if (days == null) {
            return null;
        }
        return holidayFound(end, hit.value(), days, year == 0);
    }

    /** The days of a holiday as a date ending at atom {@code end}, named in its attribute. */
    private static Found holidayFound(int end, Holidays.Holiday holiday, Holidays.Days days,
                                      boolean relative) {
        return new Found(end, new DateValue(days.first().atStartOfDay(), days.last().atStartOfDay(),
                Grain.DAY, relative, DateValue.Calendar.GREGORIAN, Optional.empty(),
                Optional.of(holiday.name()), DateValue.Open.NONE));
    }

    /**
     * أول أيام عيد الفطر, ثالث أيام عيد الأضحى, أول يوم من رمضان, ثاني يوم رمضان, آخر يوم من
     * رمضان: the nth day of a Hijri holiday or the nth or last day of a Hijri month.
     */
    private Found dayOfHoliday(int i) {
        Part nth = ordinal(i);
        Hit<Boolean> days = nth == null ? null : HOLIDAY_DAYS.match(atoms, nth.end());
        Hit<Holidays.Holiday> hit = days == null ? null
                : Holidays.NAMES.match(atoms, OF.skip(atoms, days.end()));
        boolean month = hit != null && hit.value().rule() == Holidays.Rule.HIJRI_MONTH;
        if (hit == null || !month && hit.value().rule() != Holidays.Rule.HIJRI
                || nth.value() < 1 && !month) {
            return null;
        }
        if (nth.value() < 1) {
            // آخر يوم من رمضان: the month's last day, this one's or the next
            Holidays.Days occurrence = Holidays.occurrence(hit.value(), 0, today);
            return occurrence == null ? null : holidayDay(hit, occurrence.last());
        }
        // the occurrence still going on when today is its nth day
        Holidays.Days occurrence =
                Holidays.occurrence(hit.value(), 0, today.minusDays(nth.value() - 1L));
        if (occurrence == null) {
            return null;
        }
        return holidayDay(hit, occurrence.first().plusDays(nth.value() - 1L));
    }

    private static Found holidayDay(Hit<Holidays.Holiday> hit, LocalDate day) {
        return holidayFound(hit.end(), hit.value(), new Holidays.Days(day, day), true);
    }
}
