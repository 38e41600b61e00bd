package org.qalam.core.spi;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The moment relative date expressions resolve against: أمس is the day before
 * {@code dateTime().toLocalDate()}.
 */
public record ReferenceTime(ZonedDateTime dateTime) {

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
