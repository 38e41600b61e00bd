package org.qalam.extractors.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our own dialect tables as people write dates and numbers: times, intervals and durations;
 * numerals, ordinals and phone numbers. Each category has the goal as its floor.
 */
class DialectTablesEvaluationTest {

    static Stream<Arguments> tables() {
        return Stream.of(
                arguments("/org/qalam/extractors/dates/eval/dialect-dates.tsv",
                        Map.of("time", 0.90, "interval", 0.80, "duration", 0.90)),
                arguments("/org/qalam/extractors/numbers/eval/dialect-numbers.tsv",
                        Map.of("numeral", 0.97, "ordinal", 0.95, "phone", 1.0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void everyCategoryReachesItsFloor(String table, Map<String, Double> floors) {
        List<DialectTables.Row> rows = DialectTables.run(table);
        floors.forEach((category, floor) -> assertThat(DialectTables.rate(rows, category))
                .as("pass rate of %s rows", category).isGreaterThanOrEqualTo(floor));
    }
}
