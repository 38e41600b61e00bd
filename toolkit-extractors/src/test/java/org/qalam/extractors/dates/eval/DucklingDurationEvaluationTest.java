package org.qalam.extractors.dates.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qalam.core.model.Mention;
import org.qalam.core.pipeline.Pipeline;
import org.qalam.extractors.dates.Dates;
import org.qalam.extractors.eval.DialectTables;
import org.qalam.extractors.eval.EvalData;

/**
 * Duckling's Arabic duration examples ({@code duckling-ar-duration.tsv}: phrase, count, unit)
 * against our {@code duration} mentions: a row passes when the whole phrase is one duration
 * whose ISO 8601 value is the count in the unit (خمسة ساعات: PT5H).
 */
class DucklingDurationEvaluationTest {

    private static final double FLOOR = 0.9;

    /** Duckling's unit names and how ISO 8601 writes a count of each. */
    private static final Map<String, String[]> UNITS = Map.of(
            "second", new String[] {"PT", "S"}, "minute", new String[] {"PT", "M"},
            "hour", new String[] {"PT", "H"}, "day", new String[] {"P", "D"},
            "week", new String[] {"P", "W"}, "month", new String[] {"P", "M"},
            "year", new String[] {"P", "Y"});

    @Test
    void durations() {
        Pipeline pipeline = Dates.pipeline(DialectTables.REFERENCE);
        int passed = 0;
        int total = 0;
        StringBuilder failures = new StringBuilder();
        for (String[] f : EvalData.rows("duckling-ar", "duckling-ar-duration.tsv")) {
            if (f.length < 3 || !UNITS.containsKey(f[2])) {
                continue;
            }
            total++;
            String[] unit = UNITS.get(f[2]);
            String expected = unit[0] + f[1] + unit[1];
            Optional<Mention> found = Dates.longest(pipeline, f[0], "duration");
            if (found.isPresent() && found.get().value().equals(expected)
                    && found.get().text().equals(f[0].strip())) {
                passed++;
            } else {
                failures.append(String.format("    %-20s expected %-6s got %s%n", f[0], expected,
                        found.map(m -> m.text() + " = " + m.value()).orElse("(none)")));
            }
        }
        System.out.printf("%nDuckling ar duration: %d/%d passed (%.1f%%)%n%s", passed, total,
                100.0 * passed / total, failures);
        assertThat((double) passed / total).as("duckling-ar duration pass rate")
                .isGreaterThanOrEqualTo(FLOOR);
    }
}
