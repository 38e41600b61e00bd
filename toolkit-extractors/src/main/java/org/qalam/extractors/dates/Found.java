package org.qalam.extractors.dates;

/**
 * What one grammar rule read: the atom after it and the value, or, for a Hijri date outside the
 * Umm al-Qura calendar, the date as written and why it has no Gregorian value, or a length of
 * time.
 *
 * @param end        the atom after the expression
 * @param value      the resolved value, or null when {@code problem} says why there is none or
 *                   the expression is a duration
 * @param unresolved the date as written when there is no value
 * @param problem    why there is no value
 * @param duration   the ISO 8601 duration (PT3H) of a length of time, else null
 */
record Found(int end, DateValue value, String unresolved, String problem, String duration) {

    /** A resolved expression. */
    Found(int end, DateValue value) {
        this(end, value, null, null, null);
    }

    /** A Hijri date that cannot be resolved. */
    Found(int end, DateValue value, String unresolved, String problem) {
        this(end, value, unresolved, problem, null);
    }

    /** A length of time. */
    static Found duration(int end, String iso) {
        return new Found(end, null, null, null, iso);
    }

    /** Whether this is a date or a time, which a range or an open end can hold. */
    boolean isDate() {
        return value != null;
    }

    /** Whether this is a single day, which a time of day can be attached to. */
    boolean isDay() {
        return value != null && value.grain() == Grain.DAY && !value.isInterval();
    }
}
