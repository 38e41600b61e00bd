package org.qalam.extractors.dates;

import static org.qalam.extractors.dates.Vocabulary.*;

import java.time.LocalDate;
import java.time.YearMonth;
import org.qalam.extractors.dates.NumberReader.Reading;
import org.qalam.extractors.dates.Phrases.Hit;

/**
 * Rules for months and years: month names of every family with an optional year after them (شهر
 * 3, الشهر التاسع, الشهر المقبل, مارس الماضي), and years on their own (عام 1965, سنة ٢٠١٩, 2019م).
 * A month without a year falls in this year unless it has passed, like Duckling.
 */
final class MonthRules extends Rules {

    /** The first year spelled in words that a year word or a month takes: ألف وتسعمية. */
    private static final int FIRST_SPELLED_YEAR = 1000;
    /** The year after the last one spelled in words. */
    private static final int END_SPELLED_YEAR = 3000;
    /** The first year a year word takes in number words: سنة ألف is no year, سنة ألفين is. */
    private static final int FIRST_SAID_YEAR = 1900;
    /** The last year a year word takes in number words. */
    private static final int LAST_SAID_YEAR = 2100;
    /** The months of a year, the numbers شهر takes: شهر 3, شهر تلاتة. */
    private static final int MONTHS_IN_YEAR = 12;

    /** A year a rule read after a month, the atom after it, and whether it was relative. */
    record YearRef(int year, int end, boolean relative) {
    }

    MonthRules(Rules shared) {
        super(shared);
    }

    /**
     * A month at {@code i}: كانون الثاني, شهر 3, شهر ثلاثة, الشهر التاسع, الشهر القادم, هذا الشهر,
     * with a following year if any. Ambiguous names (آب) need a day before them or a year after.
     */
    MonthRef monthRef(int i, boolean dayBefore) {
        int j = MONTH_WORD.skip(atoms, i);
        boolean word = j > i;
        Hit<Integer> name = monthName(j);
        if (name != null) {
            MonthRef month = withYear(name.value(), name.end());
            boolean ambiguous = AMBIGUOUS_MONTHS.at(atoms, j);
            if (ambiguous && !word && !dayBefore && month.end() == name.end()) {
                return null;
            }
            return month;
        }
        if (word) {
            Reading number = number(j);
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
            Reading number = number(m);
            if (number != null && number.ordinal() && number.whole() >= 1 && number.whole() <= 12) {
                return withYear(number.whole(), number.end());
            }
            if (i > 0 && OF.at(atoms, i - 1)) {
                return new MonthRef(YearMonth.from(today), m, true); // الخامس عشر من الشهر
            }
        }
        return null;
    }

    /**
     * The month in the year written after atom {@code i}, or the one a direction after it names
     * (الماضي, المقبل), or else the one of this year unless it has passed, then next year's.
     */
    MonthRef withYear(int month, int i) {
        YearRef year = yearAfter(i);
        if (year != null) {
            return new MonthRef(YearMonth.of(year.year(), month), year.end(), year.relative());
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
        int y = switch (settings.bareMonth()) {
            case NEXT -> month >= current ? today.getYear() : today.getYear() + 1;
            case PAST -> month <= current ? today.getYear() : today.getYear() - 1;
            case THIS -> today.getYear();
        };
        return new MonthRef(YearMonth.of(y, month), i, true);
    }

    /**
     * A Gregorian year after a month: 2020, عام 2014, من عام 2014, لعام 2014, السنة القادمة.
     * Returns null when there is none.
     */
    YearRef yearAfter(int i) {
        if (isMark(i, ",", "،", ".")) {
            i++;
        }
        int j = OF.skip(atoms, i);
        if (THIS.at(atoms, j) && YEAR_WORD.at(atoms, THIS.match(atoms, j).end())) {
            return new YearRef(today.getYear(), YEAR_WORD.match(atoms, THIS.match(atoms, j).end()).end(), true);
        }
        Hit<Boolean> word = YEAR_WORD.match(atoms, j);
        if (word != null) {
            Hit<Direction> direction = DIRECTIONS.match(atoms, word.end());
            if (direction != null && atoms.get(j).key().startsWith("ال")) {
                return new YearRef(today.getYear() + step(direction.value()), direction.end(), true);
            }
            j = word.end();
        }
        if (j < atoms.size() && atoms.get(j).isDigits() && atoms.get(j).key().length() == 4
                && !HIJRI_ERA.at(atoms, j + 1)) {
            return new YearRef(atoms.get(j).number(), GREGORIAN_ERA.skip(atoms, j + 1), false);
        }
        Reading words = spelledYear(j);
        return words == null ? null
                : new YearRef(words.whole(), GREGORIAN_ERA.skip(atoms, words.end()), false);
    }

    /** A year in number words at {@code j} (ألفين وعشرين), not a Hijri one; null when none. */
    private Reading spelledYear(int j) {
        Reading words = j < atoms.size() && !atoms.get(j).isDigits() ? number(j) : null;
        return words != null && !words.ordinal() && words.whole() >= FIRST_SPELLED_YEAR
                && words.whole() < END_SPELLED_YEAR && !HIJRI_ERA.at(atoms, words.end())
                ? words : null;
    }

    /**
     * عام 1965, سنة ٢٠١٩, العام 2019, 2019م, سنة ألفين وعشرين; not a Hijri year (عام 1445 هـ).
     */
    Found year(int i) {
        Hit<Boolean> word = YEAR_WORD.match(atoms, i);
        int j = word == null ? i : word.end();
        Reading spelled = word == null ? null : spelledYear(j);
        if (spelled != null && spelled.whole() >= FIRST_SAID_YEAR
                && spelled.whole() <= LAST_SAID_YEAR) {
            return new Found(GREGORIAN_ERA.skip(atoms, spelled.end()), DateValue.point(
                    LocalDate.of(spelled.whole(), 1, 1).atStartOfDay(), Grain.YEAR, false));
        }
        if (j >= atoms.size() || !atoms.get(j).isDigits() || atoms.get(j).key().length() > 4) {
            return null;
        }
        int year = atoms.get(j).number();
        if (HIJRI_ERA.at(atoms, j + 1)) {
            return null;
        }
        Hit<Boolean> era = GREGORIAN_ERA.match(atoms, j + 1);
        boolean bare = word == null && era == null;
        if (bare && !bareYear(j) || year < 1 || (word != null && atoms.get(j).key().length() < 3)) {
            return null;
        }
        int end = era == null ? j + 1 : era.end();
        return new Found(end, DateValue.point(LocalDate.of(year, 1, 1).atStartOfDay(), Grain.YEAR, false));
    }

    /** الربع الثالث من عام 2016, النصف الأول من العام, الربع الأخير: months of a year. */
    Found partOfYear(int i) {
        Hit<Integer> part = YEAR_PARTS.match(atoms, i);
        Part nth = part == null ? null : ordinal(part.end());
        int parts = part == null ? 0 : 12 / part.value();
        if (nth == null || nth.value() > parts) {
            return null;
        }
        YearRef year = yearAfter(nth.end());
        int of = OF.skip(atoms, nth.end());
        if (year == null && of > nth.end()) {
            Hit<Boolean> theYear = YEAR_WORD.match(atoms, of);
            if (theYear == null || !atoms.get(of).key().startsWith("ال")) {
                return null; // النصف الأول من الشهر: a part of something else
            }
            year = new YearRef(today.getYear(), theYear.end(), true); // من العام: this year
        }
        int y = year == null ? today.getYear() : year.year();
        int index = nth.value() < 0 ? parts : nth.value();
        LocalDate first = LocalDate.of(y, (index - 1) * part.value() + 1, 1);
        return new Found(year == null ? nth.end() : year.end(), DateValue.between(
                first.atStartOfDay(), first.plusMonths(part.value() - 1L).atStartOfDay(),
                Grain.MONTH, year == null || year.relative()));
    }

    /**
     * مطلع العام, منتصف العام المقبل, أواخر عام 2019: the first, middle or last three months of
     * a year.
     */
    Found edgeOfYear(int i) {
        int first;
        Hit<Boolean> edge;
        if ((edge = BEGINNING.match(atoms, i)) != null || (edge = EARLY.match(atoms, i)) != null) {
            first = 1;
        } else if ((edge = MIDDLE.match(atoms, i)) != null) {
            first = 5;
        } else if ((edge = LATE.match(atoms, i)) != null || (edge = END.match(atoms, i)) != null
                || (edge = LAST_OF.match(atoms, i)) != null) {
            first = 10;
        } else {
            return null;
        }
        YearRef year = yearAfter(edge.end());
        if (year == null) {
            Hit<Boolean> theYear = YEAR_WORD.match(atoms, edge.end());
            if (theYear == null || !atoms.get(edge.end()).key().startsWith("ال")) {
                return null;
            }
            year = new YearRef(today.getYear(), theYear.end(), true); // مطلع العام: this year
        }
        LocalDate start = LocalDate.of(year.year(), first, 1);
        return new Found(year.end(), DateValue.between(start.atStartOfDay(),
                start.plusMonths(2).atStartOfDay(), Grain.MONTH, year.relative()));
    }

    /**
     * السبعينيات, الثمانينيات من القرن الماضي: a decade, in the century named after it or else
     * the last one that has begun.
     */
    Found decade(int i) {
        Hit<Integer> decade = DECADES.match(atoms, i);
        if (decade == null) {
            return null;
        }
        Hit<Integer> century = CENTURIES.match(atoms, decade.end());
        int start;
        if (century != null) {
            start = century.value() + decade.value();
        } else {
            start = today.getYear() / 100 * 100 + decade.value();
            if (start > today.getYear()) {
                start -= 100;
            }
        }
        return new Found(century == null ? decade.end() : century.end(), DateValue.between(
                LocalDate.of(start, 1, 1).atStartOfDay(), LocalDate.of(start + 9, 1, 1).atStartOfDay(),
                Grain.YEAR, century == null));
    }

    /**
     * Whether the four digits at {@code i} are a year without a year word: after في, منذ, حتى
     * (في 2019, منذ 2011 وحتى الآن) and not followed by a counted word (في 2019 حالة).
     */
    private boolean bareYear(int i) {
        Atom digits = atoms.get(i);
        if (digits.key().length() != 4 || digits.number() < 1900 || digits.number() > 2100
                || !YEAR_PREPOSITIONS.at(atoms, i - 1)) {
            return false;
        }
        int next = i + 1;
        return next >= atoms.size() || atoms.get(next).kind() == Atom.Kind.MARK
                || atoms.get(next).key().startsWith("و") || UNTIL.at(atoms, next);
    }

    /**
     * Whether a month's number follows شهر at {@code j}: a cardinal from 1 to 12 that counts no
     * unit after it and is not واحد (شهر واحد is a length of time).
     */
    private boolean monthNumber(int j) {
        Reading number = number(j);
        return number != null && !number.ordinal() && number.whole() >= 1
                && number.whole() <= MONTHS_IN_YEAR && !ONE.at(atoms, j)
                && !startsUnit(number.end());
    }

    /** A month on its own: مارس 2019, كانون الثاني, شهر أيار, شهر 3, شهر تلاتة. */
    Found month(int i) {
        int j = MONTH_WORD.skip(atoms, i);
        if (monthName(j) == null && (j == i || !monthNumber(j))) {
            return null;
        }
        MonthRef month = monthRef(i, false);
        return month == null ? null : new Found(month.end(), DateValue.point(
                month.month().atDay(1).atStartOfDay(), Grain.MONTH, month.relative()));
    }
}
