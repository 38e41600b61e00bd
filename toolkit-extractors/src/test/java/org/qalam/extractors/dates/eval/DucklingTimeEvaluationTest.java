package org.qalam.extractors.dates.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qalam.core.model.Mention;
import org.qalam.core.pipeline.Pipeline;
import org.qalam.extractors.dates.Dates;
import org.qalam.extractors.dates.Grain;
import org.qalam.extractors.eval.EvalData;

/**
 * Pass rate on Duckling's Arabic time examples ({@code duckling-ar/duckling-ar-time.tsv}), with
 * their reference time 2013-02-12T04:30-02:00.
 *
 * <p>How Duckling's answers map to our values: a {@code value} row expects the Duckling instant
 * written at the Duckling grain ({@code 2013-02-12T15:00} for an hour, {@code 2013-W07} for a week,
 * {@code 2013-01} for a month). An {@code interval} row expects {@code start/last} where
 * {@code last} is Duckling's exclusive {@code to} minus one unit of the grain: our interval ends
 * are inclusive at the grain, so من 13 الى 15 تموز is {@code 2013-07-13/2013-07-15}. Duckling
 * gives intervals that start at "now" the grain {@code second}; those are compared at the grain of
 * our answer (خلال اسبوعين is {@code 2013-02-12/2013-02-25}). The longest mention found in the
 * phrase is the answer. Rows we read differently on purpose are listed in {@link #DEBATABLE}
 * and count as failures.
 */
class DucklingTimeEvaluationTest {

    private static final ZonedDateTime REFERENCE =
            ZonedDateTime.of(2013, 2, 12, 4, 30, 0, 0, ZoneOffset.ofHours(-2));
    private static final Pipeline PIPELINE = Dates.pipeline(REFERENCE);

    /** Rows where Duckling's answer is debatable, with our reason. They count as failures. */
    static final Map<String, String> DEBATABLE = Map.of(
            "2/2013", "month and year with no day: we answer the month 2013-02, Duckling the day "
                    + "2013-02-01",
            "حتى الساعة 2:00", "Duckling resolves 'until 2:00' as an interval from now to an "
                    + "exclusive 14:00 at grain second; we read the bound 14:00 at minute grain");

    @Test
    void passRateOnDucklingTimeExamples() {
        List<String[]> rows = EvalData.rows("duckling-ar", "duckling-ar-time.tsv");
        int passed = 0;
        List<String> failures = new ArrayList<>();
        for (String[] f : rows) {
            Optional<Mention> found = Dates.longest(PIPELINE, f[0]);
            String expected = expected(f, found);
            String actual = found.map(Mention::value).orElse("(none)");
            if (expected.equals(actual)) {
                passed++;
            } else {
                failures.add(String.format("  %-45s expected %-35s got %s%s", f[0], expected, actual,
                        DEBATABLE.containsKey(f[0]) ? "   [debatable: " + DEBATABLE.get(f[0]) + "]" : ""));
            }
        }
        double rate = 100.0 * passed / rows.size();
        System.out.printf("%nDuckling ar time: %d/%d passed (%.1f%%)%n", passed, rows.size(), rate);
        failures.forEach(System.out::println);
        assertThat(rate).as("Duckling time pass rate").isGreaterThanOrEqualTo(85.0);
    }

    @Test
    void negativePhrasesOfTheTimeDimensionYieldNothing() {
        int total = 0;
        List<String> found = new ArrayList<>();
        for (String[] f : EvalData.rows("duckling-ar", "duckling-ar-negative.tsv")) {
            if (f.length < 3 || !f[2].equals("Time")) {
                continue;
            }
            total++;
            List<Mention> mentions = Dates.find(PIPELINE, f[0]);
            if (!mentions.isEmpty()) {
                found.add(f[0] + " -> " + mentions);
            }
        }
        System.out.printf("Duckling ar negative (time): %d/%d yield nothing%n", total - found.size(), total);
        found.forEach(s -> System.out.println("  " + s));
        assertThat(found).isEmpty();
    }

    private static String expected(String[] f, Optional<Mention> found) {
        Grain grain = Grain.valueOf(f[4].toUpperCase(java.util.Locale.ROOT));
        LocalDateTime from = local(f[2]);
        if (f[1].equals("value")) {
            return grain.format(from);
        }
        if (grain == Grain.SECOND && found.isPresent()) {
            grain = Grain.valueOf(found.get().attributes().getOrDefault("grain", "second")
                    .toUpperCase(java.util.Locale.ROOT));
        }
        LocalDateTime last = grain.plus(grain.truncate(local(f[3])), -1);
        return grain.format(from) + "/" + grain.format(last);
    }

    private static LocalDateTime local(String text) {
        return OffsetDateTime.parse(text).atZoneSameInstant(REFERENCE.getZone()).toLocalDateTime();
    }
}
