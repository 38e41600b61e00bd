package org.qalam.cli.pipeline;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import org.qalam.core.pipeline.OverlapPolicy;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The values of {@code --overlap}: {@code keep} for {@link OverlapPolicy#KEEP_ALL},
 * {@code drop-nested} for {@link OverlapPolicy#DROP_NESTED}; written as users type them, not as
 * the enum's constants, and offered to shell completion.
 */
final class OverlapChoice implements ITypeConverter<OverlapPolicy>, Iterable<String> {

    private static final String KEEP = "keep";
    private static final String DROP_NESTED = "drop-nested";

    @Override
    public OverlapPolicy convert(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case KEEP -> OverlapPolicy.KEEP_ALL;
            case DROP_NESTED -> OverlapPolicy.DROP_NESTED;
            default -> throw new TypeConversionException("'" + value + "' is not one of "
                    + KEEP + ", " + DROP_NESTED);
        };
    }

    @Override
    public Iterator<String> iterator() {
        return Arrays.asList(KEEP, DROP_NESTED).iterator();
    }
}
