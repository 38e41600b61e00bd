package org.qalam.cli.pipeline;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Parses {@code --step-timeout}: {@code 500ms}, {@code 10s}, {@code 2m}, {@code 1h}, or
 * {@code off} (also {@code 0}) for no limit, which is {@link Duration#ZERO}. Public so that
 * every time-limit option ({@code serve --request-timeout}) reads durations the same way.
 */
public final class StepTimeout implements ITypeConverter<Duration> {

    private static final Pattern AMOUNT = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h)");

    @Override
    public Duration convert(String value) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        if (text.equals("off") || text.equals("0")) {
            return Duration.ZERO;
        }
        Matcher matcher = AMOUNT.matcher(text);
        if (!matcher.matches() || Long.parseLong(matcher.group(1)) == 0) {
            throw new TypeConversionException("'" + value
                    + "' is not a time limit such as 500ms, 10s, 2m, or off");
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
    }
}
