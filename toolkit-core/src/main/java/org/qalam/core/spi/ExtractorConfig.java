package org.qalam.core.spi;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;

/**
 * String settings for one extractor; the pipeline checks the keys against those its provider
 * declares before the provider sees them.
 */
public final class ExtractorConfig {

    private static final ExtractorConfig EMPTY = new ExtractorConfig(Map.of());

    private final Map<String, String> values;

    private ExtractorConfig(Map<String, String> values) {
        this.values = values;
    }

    /** No settings. */
    public static ExtractorConfig empty() {
        return EMPTY;
    }

    /** The given settings. */
    public static ExtractorConfig of(Map<String, String> values) {
        return values.isEmpty() ? EMPTY : new ExtractorConfig(Map.copyOf(values));
    }

    /** The value of {@code key}, if set. */
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(requireNonNull(key, "key")));
    }

    /** Every setting. */
    public Map<String, String> asMap() {
        return values;
    }


    /**
     * The integer value of {@code key}, or {@code otherwise} when it is not set.
     *
     * @throws IllegalArgumentException naming the key when the value is not an integer
     */
    public long getLong(String key, long otherwise) {
        Optional<String> value = get(key);
        if (value.isEmpty()) {
            return otherwise;
        }
        try {
            return Long.parseLong(value.get().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("config key '" + key + "' needs an integer, not '"
                    + value.get() + "'", e);
        }
    }

    @Override
    public String toString() {
        return "ExtractorConfig" + values;
    }
}
