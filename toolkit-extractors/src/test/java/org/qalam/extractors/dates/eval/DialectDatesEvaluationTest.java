package org.qalam.extractors.dates.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Our own dialect table of times, intervals and durations, with the goals as floors. */
class DialectDatesEvaluationTest {

    @Test
    void timesIntervalsAndDurationsAsPeopleWriteThem() throws Exception {
        List<DialectTables.Row> rows = DialectTables.run(getClass(), "dialect-dates.tsv");
        assertThat(DialectTables.rate(rows, "time")).as("time expressions").isGreaterThanOrEqualTo(0.90);
        assertThat(DialectTables.rate(rows, "interval")).as("intervals").isGreaterThanOrEqualTo(0.80);
        assertThat(DialectTables.rate(rows, "duration")).as("durations").isGreaterThanOrEqualTo(0.90);
    }
}
