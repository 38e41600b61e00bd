package org.qalam.extractors.dates;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.qalam.core.spi.ExtractorConfig;
import org.qalam.extractors.provider.ConfigValues;

/**
 * The settings of one {@code dates} step, read once from its config keys and handed to the
 * grammar as one value.
 *
 * @param zone        the zone the reference time is read in, or null for the reference's own
 * @param bareMonth   the occurrence a month name alone names
 * @param bareWeekday the occurrence a weekday alone names
 * @param weekend     the first of the weekend's two days: Friday (Friday and Saturday) or Saturday
 */
record DateSettings(ZoneId zone, BareDate bareMonth, BareDate bareWeekday, DayOfWeek weekend) {

    /** The first days a weekend may begin on, each within one ISO week. */
    private static final Set<DayOfWeek> WEEKEND_STARTS =
            EnumSet.of(DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);

    /** The settings of {@code config}; a bad value throws naming its key. */
    static DateSettings of(ExtractorConfig config) {
        return new DateSettings(
                ConfigValues.read(config, DatesProvider.ZONE, "a time zone such as Asia/Riyadh",
                        ZoneId::of).orElse(null),
                bareDate(config, DatesProvider.MONTH), bareDate(config, DatesProvider.WEEKDAY),
                ConfigValues.read(config, DatesProvider.WEEKEND, "thursday, friday or saturday",
                        DateSettings::weekendStart).orElse(DayOfWeek.FRIDAY));
    }

    private static DayOfWeek weekendStart(String text) {
        DayOfWeek day = DayOfWeek.valueOf(text.strip().toUpperCase(Locale.ROOT));
        if (!WEEKEND_STARTS.contains(day)) {
            throw new IllegalArgumentException("a weekend begins on thursday, friday or saturday");
        }
        return day;
    }

    /** The reference time as these settings read it: in {@link #zone} when one is set. */
    ZonedDateTime reference(ZonedDateTime given) {
        return zone == null ? given : given.withZoneSameInstant(zone);
    }

    private static BareDate bareDate(ExtractorConfig config, String key) {
        return ConfigValues.read(config, key, "next, past or this", BareDate::parse)
                .orElse(BareDate.NEXT);
    }
}
