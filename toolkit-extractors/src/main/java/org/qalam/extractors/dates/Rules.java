package org.qalam.extractors.dates;

import static org.qalam.extractors.dates.Vocabulary.*;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.qalam.arabic.orthography.ArabicLetters;
import org.qalam.extractors.dates.NumberReader.Reading;
import org.qalam.extractors.dates.Phrases.Hit;

/**
 * What every rule family of the date grammar shares: the atoms of the document, the reference
 * time, and small helpers to look at atoms. Rules look ahead a bounded number of atoms and return
 * null when they do not match, so that the grammar can try them all at every position.
 */
abstract class Rules {

    final List<Atom> atoms;
    final LocalDateTime now;
    final LocalDate today;
    final ZoneId zone;
    /** Which occurrence a month name or a weekday alone names. */
    final DateSettings settings;

    /** A small number a rule read (an ordinal, a count of weeks, minutes) and the atom after it. */
    record Part(int value, int end) {
    }

    /** How many a few is: بضعة أيام, الأيام القليلة الماضية are three days. */
    static final int FEW_COUNT = 3;
    /** The days of a weekend. */
    static final int WEEKEND_DAYS = 2;
    /** Marks that end a phrase: a decade may stand before them (منذ عقد.). */
    private static final String[] PHRASE_ENDS = {".", "،", ",", "؛", ";", "!", "؟", "?", ":", ")"};
    /** The largest count of a span: الأيام 1000 الماضية. */
    private static final int MAX_COUNT = 1000;

    private final PerAtom<Reading> numbers;

    Rules(List<Atom> atoms, ZonedDateTime reference, DateSettings settings) {
        this.atoms = atoms;
        this.settings = settings;
        this.now = reference.toLocalDateTime();
        this.today = now.toLocalDate();
        this.zone = reference.getZone();
        this.numbers = new PerAtom<>(atoms.size(), i -> NumberReader.read(atoms, i));
    }

    /** Rules over the same atoms and reference, sharing the numbers already read. */
    Rules(Rules shared) {
        this.atoms = shared.atoms;
        this.now = shared.now;
        this.today = shared.today;
        this.zone = shared.zone;
        this.settings = shared.settings;
        this.numbers = shared.numbers;
    }

    /** The number at atom {@code i} (read once per document), or null. */
    final Reading number(int i) {
        return numbers.get(i);
    }

    Found dated(MonthRef month, int day, int end) {
        if (!month.month().isValidDay(day)) {
            return null;
        }
        return new Found(end, DateValue.point(month.month().atDay(day).atStartOfDay(), Grain.DAY,
                month.relative()));
    }

    static LocalDate valid(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || year < 1 || year > 9999) {
            return null;
        }
        YearMonth ym = YearMonth.of(year, month);
        return ym.isValidDay(day) ? ym.atDay(day) : null;
    }

    DateValue dayValue(LocalDate date) {
        return DateValue.point(date.atStartOfDay(), Grain.DAY, true);
    }

    static Found point(Hit<?> hit, LocalDateTime time, Grain grain) {
        return hit == null ? null : new Found(hit.end(), DateValue.point(time, grain, true));
    }

    static int step(Direction direction) {
        return switch (direction) {
            case PAST -> -1;
            case THIS -> 0;
            case NEXT -> 1;
        };
    }

    /** The longest of {@code candidates}, the first of equally long ones; null when none is. */
    static Found longest(Found... candidates) {
        Found best = null;
        for (Found candidate : candidates) {
            best = longer(best, candidate);
        }
        return best;
    }

    static Found longer(Found a, Found b) {
        if (b == null) {
            return a;
        }
        return a == null || b.end() > a.end() ? b : a;
    }

    /**
     * The unit of {@code list} at {@code i}; a decade said without a count (عقد, عقدين) only
     * where the words around it show it is a length ({@link #saidAsLength}), since عقد is also a
     * contract or the holding of a meeting (بعد عقد الاجتماع, عقد على هامش القمة).
     */
    final Hit<Vocabulary.Unit> unit(Phrases<Vocabulary.Unit> list, int i) {
        Hit<Vocabulary.Unit> unit = list.match(atoms, i);
        if (unit == null || unit.value().size() == 1 || unit.value().count() == 0) {
            return unit;
        }
        return saidAsLength(i, unit.end(), true) ? unit : null;
    }

    /**
     * Whether the unit from atom {@code i} to {@code end} is said as a length: a word of {@code
     * length-after} follows it (عام كامل, عقد من الزمن), or a word of {@code length-leads} comes
     * before it (لمدة عام, منذ عقد), when {@code closed} at the end of a phrase as well (منذ عقد.,
     * not بعد عقد الاجتماع nor before a quote: عقد " اجتماع طارئ ").
     */
    final boolean saidAsLength(int i, int end, boolean closed) {
        if (LENGTH_AFTER.at(atoms, end)) {
            return true;
        }
        return LENGTH_LEADS.at(atoms, i - 1)
                && (!closed || end >= atoms.size() || isMark(end, PHRASE_ENDS));
    }

    /**
     * The count after a plural unit with the article and the atom after it: a number from 1 to
     * 1000 (الأيام الثلاثة) or a few (الأيام القليلة, three); null when none.
     */
    final Part definiteCount(int i) {
        Hit<Boolean> few = FEW_AFTER.match(atoms, i);
        if (few != null) {
            return new Part(FEW_COUNT, few.end());
        }
        Reading number = number(i);
        return number == null || number.whole() < 1 || number.whole() > MAX_COUNT ? null
                : new Part(number.whole(), number.end());
    }

    /**
     * The first day of the week {@code weeks} from the reference's: the day after the weekend
     * (Sunday with the default Friday and Saturday weekend), the week of عطلة نهاية الأسبوع,
     * بداية الأسبوع and بقية الأسبوع.
     */
    final LocalDate weekStart(int weeks) {
        DayOfWeek first = settings.weekend().plus(WEEKEND_DAYS);
        return today.with(TemporalAdjusters.previousOrSame(first)).plusWeeks(weeks);
    }

    boolean startsUnit(int i) {
        return UNITS.at(atoms, i) || isKey(i, "ساعات", "دقائق");
    }

    /**
     * The month name at {@code i}, taking in a second name of the same month that newspapers
     * add for readers of the other family: حزيران/يونيو, آذار (مارس). Null when none.
     */
    final Hit<Integer> monthName(int i) {
        Hit<Integer> name = MONTHS.match(atoms, i);
        if (name == null) {
            return null;
        }
        int k = name.end();
        boolean parenthesis = isMark(k, "(");
        if (isMark(k, "/", "(", "-")) {
            Hit<Integer> other = MONTHS.match(atoms, k + 1);
            if (other != null && other.value().equals(name.value())) {
                int end = other.end();
                if (parenthesis && isMark(end, ")")) {
                    end++;
                }
                return parenthesis && end == other.end() ? name : new Hit<>(name.value(), end);
            }
        }
        return name;
    }

    /**
     * An ordinal at {@code i} and the atom after it, with -1 for آخر and الأخير; null when none.
     * Cardinal digits are not ordinals.
     */
    final Part ordinal(int i) {
        Hit<Boolean> last = LAST.match(atoms, i);
        if (last != null) {
            return new Part(-1, last.end());
        }
        Hit<Boolean> first = FIRST.match(atoms, i);
        if (first != null) {
            return new Part(1, first.end());
        }
        Reading reading = number(i);
        if (reading != null && reading.ordinal() && reading.whole() >= 1 && reading.whole() <= 5) {
            return new Part(reading.whole(), reading.end());
        }
        return null;
    }

    /** Whether atom {@code i} has one of the keys, written as {@link Atoms#key} writes them. */
    boolean isKey(int i, String... keys) {
        if (i < 0 || i >= atoms.size()) {
            return false;
        }
        String key = atoms.get(i).key();
        for (String k : keys) {
            if (key.equals(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A count the dialects write like a fraction before a plural unit (تلت تيام, ربع سنين: three
     * days, four years) and the atom after it; null when none.
     */
    final Part fractionAsCount(int i) {
        Hit<Integer> count = FRACTION_COUNTS.match(atoms, i);
        Hit<Vocabulary.Unit> unit = count == null ? null : unit(DURATION_UNITS, count.end());
        return unit != null && unit.value().count() == 0 ? new Part(count.value(), count.end())
                : null;
    }

    /** Whether atom {@code i} is a word with the article: الثمانية, not 8. */
    final boolean isDefiniteWord(int i) {
        return i >= 0 && i < atoms.size() && atoms.get(i).kind() == Atom.Kind.WORD
                && atoms.get(i).key().startsWith(ArabicLetters.ARTICLE);
    }

    boolean isMark(int i, String... marks) {
        return i < atoms.size() && atoms.get(i).kind() == Atom.Kind.MARK && isKey(i, marks);
    }

    boolean isJoinedMark(int i, String mark) {
        return isMark(i, mark) && atoms.get(i).joined();
    }

    boolean isJoinedDigits(int i) {
        return i < atoms.size() && atoms.get(i).isDigits() && atoms.get(i).joined();
    }
}
