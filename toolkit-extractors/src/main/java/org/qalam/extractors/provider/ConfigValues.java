package org.qalam.extractors.provider;

import java.util.Optional;
import java.util.function.Function;
import org.qalam.core.spi.ExtractorConfig;

/**
 * Reads the typed value of a bundled step's config key, with one wording for a bad value:
 * {@code config key 'zone' needs a time zone such as Asia/Riyadh, not 'Mars'}. Why: each provider
 * parses a few strings, and a user should meet the same message whichever step they configure.
 */
public final class ConfigValues {

    private ConfigValues() {
    }

    /**
     * The value of {@code key} as {@code parser} reads its stripped text, or empty when the key is
     * not set.
     *
     * @param needs what a good value is, for the message: {@code a decimal number}
     * @throws IllegalArgumentException naming the key and {@code needs} when {@code parser}
     *         throws
     */
    public static <T> Optional<T> read(ExtractorConfig config, String key, String needs,
                                       Function<String, T> parser) {
        Optional<String> text = config.get(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.apply(text.get().strip()));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("config key '" + key + "' needs " + needs
                    + ", not '" + text.get() + "'", e);
        }
    }
}
