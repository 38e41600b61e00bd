package org.qalam.extractors.numbers;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.qalam.core.spi.Extractor;
import org.qalam.core.spi.ExtractorConfig;
import org.qalam.extractors.provider.BundledProvider;
import org.qalam.extractors.provider.ConfigValues;

/**
 * Registers the {@code numbers} extractor: cardinals, ordinals, percentages, fractions and
 * decimals in digits or words, as {@code number} mentions.
 *
 * <p>Why a provider: the bundled extractors plug in through the same SPI and
 * {@code META-INF/services} entry as any third-party plugin.
 */
public final class NumbersProvider extends BundledProvider {

    /** The config key of the smallest value reported. */
    public static final String MIN_VALUE = "min-value";

    /** Declares the step. */
    public NumbersProvider() {
        super("numbers",
                "numbers in digits and Arabic words: cardinal, ordinal, percent, fraction, decimal",
                Set.of(NumbersExtractor.TYPE, NumbersExtractor.PHONE),
                Map.of(MIN_VALUE,
                        "drop numbers whose value is below this one (a decimal, e.g. 10)"));
    }

    @Override
    public Extractor create(ExtractorConfig config) {
        BigDecimal min = ConfigValues.read(config, MIN_VALUE, "a decimal number", BigDecimal::new)
                .orElse(null);
        return new NumbersExtractor(min);
    }
}
