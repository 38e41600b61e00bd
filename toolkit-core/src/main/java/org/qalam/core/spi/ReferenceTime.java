package org.qalam.core.spi;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The moment relative date expressions resolve against: أمس is the day before
 * {@code dateTime().toLocalDate()}, بعد ساعتين two hours after {@code dateTime()}. A value so that
 * every step of one run, and every rerun, reads the same text the same way.
 */
public record ReferenceTime(ZonedDateTime dateTime) {

    /** The text form {@link #parse} accepts, for messages. */
    public static final String FORMAT = "YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][zone], zone as Z, "
            + "+03:00 or [Asia/Riyadh] (default: the system zone)";

    /** A date, an optional time of day and an optional zone (offset or region). */
    private static final Pattern TEXT = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})(?:T(\\d{2}:\\d{2}(?::\\d{2})?))?(.*)");

    /** Rejects a null time. */
    public ReferenceTime {
        requireNonNull(dateTime, "dateTime");
    }

    /** Midnight at the start of {@code date} in the system zone. */
    public static ReferenceTime of(LocalDate date) {
        return new ReferenceTime(date.atStartOfDay(ZoneId.systemDefault()));
    }

    /** The given moment. */
    public static ReferenceTime of(ZonedDateTime dateTime) {
        return new ReferenceTime(dateTime);
    }

    /**
     * Reads {@code 2021-09-01T10:38:04}, {@code 2021-09-01T10:38+03:00},
     * {@code 2021-09-01T10:38Z}, {@code 2021-09-01T10:38[Asia/Riyadh]} or {@code 2021-09-01}
     * (midnight); without a zone the time is in the system zone.
     *
     * @throws IllegalArgumentException naming {@link #FORMAT} when the text is none of these
     */
    public static ReferenceTime parse(String text) {
        Matcher m = TEXT.matcher(requireNonNull(text, "text").strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a reference time: '" + text + "'; expected "
                    + FORMAT);
        }
        try {
            LocalDateTime local = LocalDate.parse(m.group(1)).atTime(m.group(2) == null
                    ? LocalTime.MIDNIGHT : LocalTime.parse(m.group(2)));
            return new ReferenceTime(local.atZone(zone(m.group(3).strip())));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a reference time: '" + text + "' ("
                    + e.getMessage() + "); expected " + FORMAT, e);
        }
    }

    private static ZoneId zone(String text) {
        if (text.isEmpty()) {
            return ZoneId.systemDefault();
        }
        if (text.startsWith("[") && text.endsWith("]")) {
            return ZoneId.of(text.substring(1, text.length() - 1));
        }
        return ZoneId.of(text);
    }

    /** Now, in the system zone. */
    public static ReferenceTime now() {
        return now(Clock.systemDefaultZone());
    }

    /** Now according to {@code clock}. */
    public static ReferenceTime now(Clock clock) {
        return new ReferenceTime(ZonedDateTime.now(clock));
    }

    /** The reference day. */
    public LocalDate date() {
        return dateTime.toLocalDate();
    }
}
