package org.qalam.core.spi;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * String settings for one extractor, checked against the keys its provider declares.
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
     * Throws {@link IllegalArgumentException} naming every key outside {@code allowed}.
     *
     * @param extractor the extractor's name, for the message
     */
    public ExtractorConfig requireOnly(String extractor, Set<String> allowed) {
        Set<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(allowed);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("extractor '" + extractor
                    + "' does not accept config key(s) " + unknown + "; accepted: "
                    + new TreeSet<>(allowed));
        }
        return this;
    }

    @Override
    public String toString() {
        return "ExtractorConfig" + values;
    }
}
