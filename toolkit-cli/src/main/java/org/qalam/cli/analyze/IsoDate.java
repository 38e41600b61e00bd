package org.qalam.cli.analyze;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --reference-date} as an ISO date, {@code YYYY-MM-DD}. Why not picocli's own
 * converter: its message ("is not a LocalDate") names a Java type, not the format a user must
 * type.
 */
public final class IsoDate implements ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a date as YYYY-MM-DD, "
                    + "such as 2024-03-15");
        }
    }
}
