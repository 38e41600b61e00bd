package org.qalam.extractors.dates;

/**
 * What one grammar rule read: the atom after it and the value, or, for a Hijri date outside the
 * Umm al-Qura calendar, the date as written and why it has no Gregorian value.
 *
 * @param end        the atom after the expression
 * @param value      the resolved value, or null when {@code problem} says why there is none
 * @param unresolved the date as written when there is no value
 * @param problem    why there is no value
 */
record Found(int end, DateValue value, String unresolved, String problem) {

    /** A resolved expression. */
    Found(int end, DateValue value) {
        this(end, value, null, null);
    }

    /** Whether this is a single day, which a time of day can be attached to. */
    boolean isDay() {
        return value != null && value.grain() == Grain.DAY && !value.isInterval();
    }
}
