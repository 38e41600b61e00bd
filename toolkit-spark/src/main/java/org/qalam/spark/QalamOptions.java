package org.qalam.spark;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.qalam.core.pipeline.OverlapPolicy;

/**
 * How Qalam analyzes rows on Spark: which extractors run, their configuration, the reference date
 * of relative dates, the overlap policy, the per-step time limit and the largest text analyzed.
 *
 * <p>Why a small immutable value: it is serialized into every task, and executors use it as the
 * key of their one cached pipeline, so two equal options always share one pipeline per JVM. The
 * reference date is fixed on the driver when the options are built, so every executor resolves
 * {@code أمس} against the same day, whatever its clock or time zone.
 */
public final class QalamOptions implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Largest text analyzed by default (UTF-16 chars); analysis takes about 100 bytes of heap per char. */
    public static final int DEFAULT_MAX_CHARS = 1_000_000;

    /** The per-step time limit by default, as in {@code qalam analyze}. */
    public static final Duration DEFAULT_STEP_TIMEOUT = Duration.ofSeconds(30);

    private final List<String> extractors;
    private final LocalDate referenceDate;
    private final TreeMap<String, String> config;
    private final OverlapPolicy overlap;
    private final Duration stepTimeout;
    private final int maxChars;

    private QalamOptions(Builder builder) {
        this.extractors = builder.extractors == null ? null : List.copyOf(builder.extractors);
        this.referenceDate = builder.referenceDate == null ? LocalDate.now(ZoneOffset.UTC)
                : builder.referenceDate;
        this.config = new TreeMap<>(builder.config);
        this.overlap = builder.overlap;
        this.stepTimeout = builder.stepTimeout;
        this.maxChars = builder.maxChars;
    }

    /** Every discovered extractor, today's date (UTC) as reference, the defaults of {@code qalam analyze}. */
    public static QalamOptions defaults() {
        return builder().build();
    }

    /** Starts options with the defaults of {@link #defaults()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The extractors chosen by name; empty when every discovered extractor runs. */
    public Optional<List<String>> extractors() {
        return Optional.ofNullable(extractors);
    }

    /** The day relative dates resolve against. */
    public LocalDate referenceDate() {
        return referenceDate;
    }

    /** Extractor settings as {@code NAME.KEY → VALUE}, in key order. */
    public Map<String, String> config() {
        return java.util.Collections.unmodifiableMap(config);
    }

    /** What happens to a mention inside a longer mention of another extractor. */
    public OverlapPolicy overlap() {
        return overlap;
    }

    /** The longest one step may take on one row; empty when unlimited. */
    public Optional<Duration> stepTimeout() {
        return Optional.ofNullable(stepTimeout);
    }

    /** Texts longer than this (UTF-16 chars) are skipped and counted, not analyzed. */
    public int maxChars() {
        return maxChars;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QalamOptions other
                && Objects.equals(extractors, other.extractors)
                && referenceDate.equals(other.referenceDate)
                && config.equals(other.config)
                && overlap == other.overlap
                && Objects.equals(stepTimeout, other.stepTimeout)
                && maxChars == other.maxChars;
    }

    @Override
    public int hashCode() {
        return Objects.hash(extractors, referenceDate, config, overlap, stepTimeout, maxChars);
    }

    @Override
    public String toString() {
        return "QalamOptions[extractors=" + (extractors == null ? "all" : extractors)
                + ", referenceDate=" + referenceDate + ", config=" + config + ", overlap="
                + overlap + ", stepTimeout=" + (stepTimeout == null ? "off" : stepTimeout)
                + ", maxChars=" + maxChars + "]";
    }

    /** Builds {@link QalamOptions}; every setter checks its argument. */
    public static final class Builder {
        private List<String> extractors;
        private LocalDate referenceDate;
        private final TreeMap<String, String> config = new TreeMap<>();
        private OverlapPolicy overlap = OverlapPolicy.DROP_NESTED;
        private Duration stepTimeout = DEFAULT_STEP_TIMEOUT;
        private int maxChars = DEFAULT_MAX_CHARS;

        private Builder() {
        }

        /** Runs only these extractors (plus the tokens, sentences and words layers, as the CLI does). */
        public Builder extractors(List<String> names) {
            List<String> copy = new ArrayList<>();
            for (String name : Objects.requireNonNull(names, "names")) {
                String trimmed = Objects.requireNonNull(name, "name").strip();
                if (!trimmed.isEmpty()) {
                    copy.add(trimmed);
                }
            }
            this.extractors = copy;
            return this;
        }

        /** Runs only these extractors. */
        public Builder extractors(String... names) {
            return extractors(List.of(names));
        }

        /** The day relative dates (أمس, العام الماضي) resolve against. */
        public Builder referenceDate(LocalDate date) {
            this.referenceDate = Objects.requireNonNull(date, "date");
            return this;
        }

        /** Sets key {@code key} of extractor {@code name}, as {@code --config name.key=value}. */
        public Builder config(String name, String key, String value) {
            return config(name + "." + key, value);
        }

        /** Sets a {@code NAME.KEY} setting, checked against the extractor's keys when the pipeline is built. */
        public Builder config(String qualifiedKey, String value) {
            String key = Objects.requireNonNull(qualifiedKey, "qualifiedKey").strip();
            int dot = key.indexOf('.');
            if (dot <= 0 || dot == key.length() - 1) {
                throw new IllegalArgumentException("config '" + key + "' needs the form "
                        + "NAME.KEY=VALUE, such as numbers.min-value=10");
            }
            config.put(key, Objects.requireNonNull(value, "value"));
            return this;
        }

        /** The overlap policy; {@link OverlapPolicy#DROP_NESTED} by default. */
        public Builder overlap(OverlapPolicy policy) {
            this.overlap = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** The per-step time limit; null turns it off (steps then run on the task's thread). */
        public Builder stepTimeout(Duration limit) {
            if (limit != null && (limit.isNegative() || limit.isZero())) {
                throw new IllegalArgumentException("step timeout must be positive: " + limit);
            }
            this.stepTimeout = limit;
            return this;
        }

        /** Texts longer than {@code chars} UTF-16 chars are skipped and counted. */
        public Builder maxChars(int chars) {
            if (chars < 1) {
                throw new IllegalArgumentException("maxChars must be positive: " + chars);
            }
            this.maxChars = chars;
            return this;
        }

        /** The options; the reference date defaults to today (UTC) on the caller's clock. */
        public QalamOptions build() {
            return new QalamOptions(this);
        }
    }
}
