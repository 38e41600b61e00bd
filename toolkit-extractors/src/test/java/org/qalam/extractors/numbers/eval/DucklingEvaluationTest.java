package org.qalam.extractors.numbers.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qalam.core.model.Mention;
import org.qalam.extractors.eval.EvalData;
import org.qalam.extractors.numbers.eval.GoldData.Score;

/**
 * Pass rates on Duckling's Arabic numeral and ordinal examples: a phrase passes when one number
 * mention covers all of it with the expected value (and, for ordinals, kind {@code ordinal}).
 * Floors: 95% for the Modern Standard Arabic numeral and ordinal files; the Egyptian file is
 * reported.
 */
class DucklingEvaluationTest {

    private static final double FLOOR = 0.95;

    @Test
    void numeralsAndOrdinals() {
        Score numeral = evaluate("duckling-ar-numeral.tsv", false);
        Score ordinal = evaluate("duckling-ar-ordinal.tsv", true);
        Score egyptian = evaluate("duckling-ar_eg-numeral.tsv", false);
        GoldData.print("Duckling Arabic (whole phrase, value)", List.of(numeral, ordinal, egyptian));
        assertThat(numeral.rate()).as("duckling-ar numeral pass rate").isGreaterThanOrEqualTo(FLOOR);
        assertThat(ordinal.rate()).as("duckling-ar ordinal pass rate").isGreaterThanOrEqualTo(FLOOR);
        assertThat(egyptian.rate()).as("duckling-ar_eg numeral pass rate").isGreaterThanOrEqualTo(FLOOR);
    }

    private static Score evaluate(String name, boolean ordinal) {
        List<String[]> rows = EvalData.rows("duckling-ar", name);
        int passed = 0;
        List<String> failures = new ArrayList<>();
        for (String[] row : rows) {
            String phrase = row[0];
            String expected = row[1];
            List<Mention> mentions = GoldData.numbers(phrase);
            String trimmed = phrase.strip();
            int start = phrase.indexOf(trimmed);
            boolean pass = mentions.stream().anyMatch(m -> m.start() == start
                    && m.end() == start + trimmed.length()
                    && GoldData.sameNumber(m.value(), expected)
                    && (!ordinal || "ordinal".equals(m.attributes().get("kind"))));
            if (pass) {
                passed++;
            } else {
                failures.add(phrase + " (" + expected + ") -> " + GoldData.describe(mentions));
            }
        }
        GoldData.printFailures(name, failures, 40);
        return new Score(name, rows.size(), passed, 0);
    }
}
