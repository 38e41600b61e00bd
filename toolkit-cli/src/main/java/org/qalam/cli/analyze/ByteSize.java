package org.qalam.cli.analyze;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Parses sizes such as {@code 500k}, {@code 16M}, {@code 1G} (powers of 1024) into bytes. Public
 * so that every size option ({@code serve --max-body-size}) reads sizes the same way.
 */
public final class ByteSize implements ITypeConverter<Long> {

    @Override
    public Long convert(String value) {
        String text = value.trim().toUpperCase(Locale.ROOT);
        if (text.endsWith("B")) {
            text = text.substring(0, text.length() - 1);
        }
        long unit = 1;
        if (!text.isEmpty() && "KMG".indexOf(text.charAt(text.length() - 1)) >= 0) {
            unit = 1L << (10 * ("KMG".indexOf(text.charAt(text.length() - 1)) + 1));
            text = text.substring(0, text.length() - 1);
        }
        try {
            long number = Long.parseLong(text);
            if (number <= 0 || number > Integer.MAX_VALUE / unit) {
                throw new TypeConversionException("'" + value + "' is not a size from 1 byte to below 2G");
            }
            return number * unit;
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a size such as 500k, 16M or 1G");
        }
    }
}
