package org.qalam.extractors.dates;

import java.util.Locale;

/**
 * Which occurrence a month name or a weekday said alone refers to (في مارس, يوم الخميس): the
 * config keys {@code month} and {@code weekday} of the {@code dates} step. Future-tense text
 * (plans, invitations) wants the next one, past-tense text (news reports) the last one.
 */
public enum BareDate {
    /** The next one from the reference day, this one included: Duckling's reading. */
    NEXT,
    /** The last one up to the reference day, this one included: what news mostly mean. */
    PAST,
    /** This year's month, this week's weekday (Monday to Sunday). */
    THIS;

    /** The config value: {@code next}, {@code past} or {@code this}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The value whose label is {@code text}, in any case; throws otherwise. */
    static BareDate parse(String text) {
        for (BareDate value : values()) {
            if (value.label().equals(text.strip().toLowerCase(Locale.ROOT))) {
                return value;
            }
        }
        throw new IllegalArgumentException("no such occurrence: " + text);
    }
}
