package org.qalam.extractors.numbers.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qalam.extractors.dates.eval.DialectTables;

/** Our own dialect table of numerals, ordinals and phone numbers, with the goals as floors. */
class DialectNumbersEvaluationTest {

    @Test
    void numbersAsPeopleWriteThem() throws Exception {
        List<DialectTables.Row> rows = DialectTables.run(getClass(), "dialect-numbers.tsv");
        assertThat(DialectTables.rate(rows, "numeral")).as("numerals").isGreaterThanOrEqualTo(0.97);
        assertThat(DialectTables.rate(rows, "ordinal")).as("ordinals").isGreaterThanOrEqualTo(0.95);
        assertThat(DialectTables.rate(rows, "phone")).as("phone numbers").isEqualTo(1.0);
    }
}
