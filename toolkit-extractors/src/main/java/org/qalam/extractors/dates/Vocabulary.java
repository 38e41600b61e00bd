package org.qalam.extractors.dates;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Set;

/**
 * The words the date grammar knows, written by us: month names of every family (Egyptian and
 * Gulf يناير, Levantine and Iraqi كانون الثاني, Maghreb جانفي and غشت), Hijri months, weekdays,
 * relative words, units and parts of the day. Each list is the section of the data file
 * {@code vocabulary.txt} named after it ({@code MONTHS} is {@code [months]}), where its words are
 * written and said what they are for.
 */
final class Vocabulary {

    /**
     * A unit of an offset or a span, how many of it a word says by itself, and how many of its
     * grain one unit is: a decade is ten years.
     */
    record Unit(Grain grain, int count, int size) {

        /** Years in a decade. */
        static final int DECADE_YEARS = 10;

        /**
         * The unit written {@code day 1}, {@code day 2}, or {@code day} for a plural (count 0);
         * {@code decade} is ten years.
         */
        static Unit parse(String text) {
            String[] parts = text.split(" +");
            if (parts.length > 2) {
                throw new IllegalArgumentException("expected a grain and a count");
            }
            int count = parts.length == 1 ? 0 : Integer.parseInt(parts[1]);
            if (parts[0].equals("decade")) {
                return new Unit(Grain.YEAR, count, DECADE_YEARS);
            }
            return new Unit(Grain.valueOf(parts[0].toUpperCase(Locale.ROOT)), count, 1);
        }

        /** {@code amount} of this unit in its grain: three decades are 30 years. */
        BigDecimal times(BigDecimal amount) {
            return amount.multiply(BigDecimal.valueOf(size));
        }

        /** The length a singular or dual says by itself, in the grain: عقدين is 20 years. */
        int total() {
            return count * size;
        }
    }

    /** Which way a relative word points. */
    enum Direction {
        /** الماضي, السابق. */
        PAST,
        /** الحالي, هذا. */
        THIS,
        /** القادم, المقبل. */
        NEXT
    }

    /** The part of the day a time is said in, which decides between 3:00 and 15:00. */
    enum DayPart {
        /** صباحا, فجرا, قبل الظهر. */
        MORNING,
        /** ظهرا: 12 stays, 1 to 5 are afternoon hours. */
        NOON,
        /** عصرا, بعد الظهر: 3 is 15:00. */
        AFTERNOON,
        /** مساء, بعد المغرب: 8 is 20:00. */
        EVENING,
        /** ليلا: 8 is 20:00, 2 is 02:00. */
        NIGHT
    }

    /** The lists, read once from {@code vocabulary.txt} beside this class. */
    private static final PhraseFile FILE = PhraseFile.read(Vocabulary.class, "vocabulary.txt");

    static final Phrases<Integer> MONTHS = FILE.table(Integer::valueOf, "months");
    static final Phrases<Boolean> AMBIGUOUS_MONTHS = FILE.words("ambiguous-months");
    static final Phrases<Integer> HIJRI_MONTHS = FILE.table(Integer::valueOf, "hijri-months");
    static final Phrases<Boolean> HIJRI_ERA = FILE.words("hijri-era");
    static final Phrases<Boolean> HIJRI_ADJECTIVE = FILE.words("hijri-adjective");
    static final Phrases<Boolean> GREGORIAN_ERA = FILE.words("gregorian-era");
    static final Phrases<DayOfWeek> WEEKDAYS = named(DayOfWeek.class, "weekdays");
    static final Phrases<DayOfWeek> AMBIGUOUS_WEEKDAYS =
            named(DayOfWeek.class, "ambiguous-weekdays");
    static final Phrases<DayOfWeek> BARE_WEEKDAYS = named(DayOfWeek.class, "bare-weekdays");
    static final Phrases<Direction> DIRECTIONS = named(Direction.class, "directions");
    static final Phrases<Direction> BEYOND = named(Direction.class, "beyond");
    static final Phrases<Boolean> THIS = FILE.words("this");
    static final Phrases<Grain> PERIODS = named(Grain.class, "periods");
    static final Phrases<Unit> UNITS = FILE.table(Unit::parse, "offset-units");
    static final Phrases<Unit> DURATION_UNITS =
            FILE.table(Unit::parse, "offset-units", "second-units");
    static final Phrases<Boolean> WHOLE = FILE.words("whole");
    static final Phrases<Grain> WHOLE_UNITS = named(Grain.class, "whole-units");
    static final Phrases<Boolean> ONE = FILE.words("one");
    static final Phrases<Integer> UNIT_FRACTIONS = FILE.table(Integer::valueOf, "unit-fractions");
    static final Phrases<Integer> FRACTION_COUNTS = FILE.table(Integer::valueOf, "fraction-counts");
    static final Phrases<Grain> DEFINITE_UNITS = named(Grain.class, "definite-units");
    static final Phrases<Grain> DEFINITE_DUALS = named(Grain.class, "definite-duals");
    static final Phrases<Boolean> LENGTH_AFTER = FILE.words("length-after");
    static final Phrases<Boolean> FEW_AFTER = FILE.words("few-after");
    static final Phrases<Integer> DEFINITE_DECADES = FILE.table(Integer::valueOf, "definite-decades");
    static final Phrases<Direction> DECADE_PERIODS = named(Direction.class, "decade-periods");
    static final Phrases<Integer> SEASONS = FILE.table(Integer::valueOf, "seasons");
    static final Phrases<Boolean> SEASON_WORD = FILE.words("season-word");
    static final Phrases<Boolean> WEEKEND = FILE.words("weekend");
    static final Phrases<Boolean> WEEKEND_LEAD = FILE.words("weekend-lead");
    static final Phrases<Boolean> REST_OF = FILE.words("rest-of");
    static final Phrases<Boolean> NOT_TODAY = FILE.words("not-today");
    static final Phrases<Boolean> PLACE_PARTS = FILE.words("place-parts");
    static final Phrases<Boolean> HOUR_LEADS = FILE.words("hour-leads");
    static final Phrases<Boolean> NOT_AGO = FILE.words("not-ago");
    static final Phrases<Boolean> TO_ANOTHER = FILE.words("to-another");
    static final Phrases<Boolean> HOLIDAY_DAYS = FILE.words("holiday-days");
    static final Phrases<Boolean> AMBIGUOUS_SINGULARS = FILE.words("ambiguous-singulars");
    static final Phrases<Boolean> LENGTH_LEADS = FILE.words("length-leads");
    static final Phrases<Boolean> YEARS_WORD = FILE.words("years-word");
    static final Phrases<Integer> YEAR_PARTS = FILE.table(Integer::valueOf, "year-parts");
    static final Phrases<Integer> DECADES = FILE.table(Integer::valueOf, "decades");
    static final Phrases<Integer> CENTURIES = FILE.table(Integer::valueOf, "centuries");
    static final Phrases<Boolean> FEW = FILE.words("few");
    static final Phrases<DayPart> DAY_PARTS = named(DayPart.class, "day-parts");
    static final Phrases<DayPart> PART_ALONE = named(DayPart.class, "part-alone");
    static final Phrases<DayPart> CLOCK_MARKS = named(DayPart.class, "clock-marks");
    static final Phrases<Boolean> GREETINGS = FILE.words("greetings");
    static final Phrases<Integer> NAMED_HOURS = FILE.table(Integer::valueOf, "named-hours");
    static final Phrases<DayPart> PART_BEFORE_DAY = named(DayPart.class, "part-before-day");
    static final Phrases<DayPart> PART_TODAY = named(DayPart.class, "part-today");
    static final Phrases<Boolean> TONIGHT = FILE.words("tonight");
    static final Phrases<Boolean> HOUR_WORD = FILE.words("hour-word");
    static final Phrases<Boolean> MINUTE_WORD = FILE.words("minute-word");
    static final Phrases<Boolean> EXCEPT = FILE.words("except");
    static final Phrases<Integer> FRACTIONS = FILE.table(Integer::valueOf, "fractions");
    static final Phrases<Boolean> TIME_ZONE = FILE.words("time-zone");
    static final Phrases<Boolean> NOW = FILE.words("now");
    static final Phrases<Boolean> GULF_NOW = FILE.words("gulf-now");
    static final Phrases<Boolean> THEN = FILE.words("then");
    static final Phrases<Integer> DAYS = FILE.table(Integer::valueOf, "days");
    static final Phrases<Boolean> DAY_WORD = FILE.words("day-word");
    static final Phrases<Boolean> MONTH_WORD = FILE.words("month-word");
    static final Phrases<Boolean> THE_MONTH = FILE.words("the-month");
    static final Phrases<Boolean> WEEK_WORD = FILE.words("week-word");
    static final Phrases<Boolean> YEAR_WORD = FILE.words("year-word");
    static final Phrases<Boolean> OF = FILE.words("of");
    static final Phrases<Boolean> CLOCK_LEAD = FILE.words("clock-lead");
    static final Phrases<Boolean> AGREEING = FILE.words("agreeing");
    static final Phrases<Boolean> UNTIL = FILE.words("until");
    static final Phrases<Boolean> FROM = FILE.words("from");
    static final Phrases<Boolean> YEAR_PREPOSITIONS = FILE.words("year-prepositions");
    static final Phrases<Boolean> SINCE = FILE.words("since");
    static final Phrases<Boolean> OPEN_UNTIL = FILE.words("open-until");
    static final Phrases<Boolean> BETWEEN = FILE.words("between");
    static final Phrases<Boolean> LAST = FILE.words("last");
    static final Phrases<Boolean> FIRST = FILE.words("first");
    static final Phrases<Boolean> MIDDLE = FILE.words("middle");
    static final Phrases<Boolean> BEGINNING = FILE.words("beginning");
    static final Phrases<Boolean> EARLY = FILE.words("early");
    static final Phrases<Boolean> LATE = FILE.words("late");
    static final Phrases<Boolean> END = FILE.words("end");
    static final Phrases<Boolean> LAST_OF = FILE.words("last-of");
    static final Phrases<Boolean> AGO = FILE.words("ago");
    static final Phrases<Boolean> APPROXIMATELY = FILE.words("approximately");
    static final Phrases<Boolean> IN = FILE.words("in");
    static final Phrases<Boolean> WITHIN = FILE.words("within");
    static final Phrases<Boolean> WITHIN_OFFSET = FILE.words("within-offset");
    static final Phrases<Boolean> FROM_NOW = FILE.words("from-now");
    static final Phrases<Boolean> AFTER = FILE.words("after");

    private Vocabulary() {
    }

    /**
     * Every word of every list: a fused-word repair that would cut one of them (جانفي is not جان +
     * في) is undone by {@link Atoms}, as the grammar knows the word whole.
     */
    static final Set<String> WORDS = FILE.allWords();

    /**
     * Words of five letters or more that a dialect writes fused after ه (هالسنة) or ع
     * (عالخميس): units, weekdays, days, the hour, parts of the day and seasons (هالصيف).
     */
    static final Set<String> FUSABLE = Phrases.wordsOf(PERIODS, WEEKDAYS, DAYS, HOUR_WORD,
            DAY_PARTS, DEFINITE_UNITS, DEFINITE_DUALS, SEASONS);

    /** A list whose values are constants of {@code type}, written in lower case: {@code monday}. */
    private static <E extends Enum<E>> Phrases<E> named(Class<E> type, String section) {
        return FILE.table(name -> Enum.valueOf(type, name.toUpperCase(Locale.ROOT)), section);
    }
}
