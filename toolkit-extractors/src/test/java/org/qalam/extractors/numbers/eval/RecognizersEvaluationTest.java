package org.qalam.extractors.numbers.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.qalam.core.model.Mention;
import org.qalam.extractors.eval.EvalData;
import org.qalam.extractors.numbers.eval.GoldData.Score;

/**
 * Pass rates on the {@code tested} rows of Microsoft Recognizers-Text's Arabic number specs
 * (reported, no floor). A positive row passes when a number mention has the expected text (or the
 * expected text less a leading clitic و, ب, ل, ك, ف, which this extractor leaves out of spans) and
 * value; for the ordinal and percent models its kind must be ordinal or percent. A negative row
 * (no expected match) passes when no mention of the model's kind is found. Number ranges are not
 * a mention type of this extractor: for them the table reports whether every finite endpoint was
 * found as a number inside the expected span.
 *
 * <p>Rows judged wrong or out of scope are listed with the reason in the data file
 * {@code recognizers-judged.tsv} beside this class, or follow a rule in {@link #judged}; the
 * table shows the pass rate both over all rows and over the rows not judged.
 */
class RecognizersEvaluationTest {

    private static final Pattern VALUE = Pattern.compile("\"value\":\"([^\"]*)\"");
    private static final String CLITICS = "وبلكف";

    private static final String NUMBER_MODEL = "recognizers-ar-number-numbermodel.tsv";
    private static final String ORDINAL_MODEL = "recognizers-ar-number-ordinalmodel.tsv";
    private static final String SUPPRESS_MODEL =
            "recognizers-ar-number-ordinalmodelsuppressextendedtypes.tsv";
    private static final String PERCENT_MODEL = "recognizers-ar-number-percentmodel.tsv";

    /** Expected results judged wrong, keyed by file, input and match text, with the reason. */
    private static final Map<String, String> JUDGED = judgedRows();

    private static final String DIVISION = "division phrase (X على Y, X من Y, جزء من Y) read as"
            + " a fraction: in running text these are scores (فاز 3 على 1) and partitives"
            + " (واحد من ثلاثة, one of three), so the numbers are reported separately";
    private static final String EXPONENT = "exponent notation (1e10, ١,١^٢٣) is out of scope";

    /** The rows of {@code recognizers-judged.tsv}: file, input and match text, then the reason. */
    private static Map<String, String> judgedRows() {
        Map<String, String> judged = new HashMap<>();
        for (String[] row : EvalData.resource(RecognizersEvaluationTest.class,
                "recognizers-judged.tsv")) {
            judged.put(row[0] + "|" + row[1] + "|" + row[2], row[3]);
        }
        return Map.copyOf(judged);
    }

    /** The reason an expected result is judged wrong or out of scope, or null. */
    private static String judged(String name, String input, String match, String type) {
        String listed = JUDGED.get(name + "|" + input + "|" + match);
        if (listed != null) {
            return listed;
        }
        if (type.equals("ordinal.relative")) {
            return "relative ordinal (التالي, الأخير): a position, not a number";
        }
        if (match.contains(" على ") || match.contains(" من ") || match.startsWith("جزء")) {
            return DIVISION;
        }
        if (match.contains("^") || match.contains("e")) {
            return EXPONENT;
        }
        return null;
    }

    @Test
    void testedRows() {
        List<Score> scores = new ArrayList<>();
        scores.add(evaluate(NUMBER_MODEL, null));
        scores.add(evaluate(ORDINAL_MODEL, "ordinal"));
        scores.add(evaluate(SUPPRESS_MODEL, "ordinal"));
        scores.add(evaluate(PERCENT_MODEL, "percent"));
        scores.add(evaluateRanges("recognizers-ar-number-numberrangemodel.tsv"));
        GoldData.print("Recognizers-Text Arabic, tested rows", scores);
    }

    private static Score evaluate(String name, String kind) {
        List<String[]> rows = EvalData.rows("recognizers-ar", name);
        int total = 0;
        int passed = 0;
        int judged = 0;
        List<String> failures = new ArrayList<>();
        List<String> judgedRows = new ArrayList<>();
        for (String[] row : rows) {
            if (!"tested".equals(row[7])) {
                continue;
            }
            total++;
            String input = row[0];
            String match = row[2].strip();
            String reason = judged(name, input.strip(), match, row[3]);
            List<Mention> mentions = GoldData.numbers(input).stream()
                    .filter(m -> kind == null || kind.equals(m.attributes().get("kind")))
                    .toList();
            boolean pass;
            if (match.isEmpty()) {
                pass = mentions.isEmpty();
            } else {
                String expected = value(row[4]).replace("%", "");
                pass = mentions.stream().anyMatch(m -> sameText(m.text(), match)
                        && GoldData.sameNumber(m.value(), expected));
            }
            if (pass) {
                passed++;
            } else if (reason != null) {
                judged++;
                judgedRows.add(input.strip() + " | " + match + " | " + reason);
            } else {
                failures.add(input.strip() + " | expected " + (match.isEmpty() ? "nothing"
                        : match + "=" + value(row[4])) + " | got " + GoldData.describe(mentions));
            }
        }
        GoldData.printFailures(name, failures, 200);
        GoldData.printFailures(name + ", judged", judgedRows, 200);
        return new Score(name, total, passed, judged);
    }

    /** Whether every finite endpoint of each expected range is a number inside its span. */
    private static Score evaluateRanges(String name) {
        List<String[]> rows = EvalData.rows("recognizers-ar", name);
        int total = 0;
        int passed = 0;
        int judged = 0;
        for (String[] row : rows) {
            if (!"tested".equals(row[7])) {
                continue;
            }
            total++;
            String match = row[2].strip();
            if (match.isEmpty()) {
                judged++;
                continue;
            }
            String interval = value(row[4]);
            List<Mention> mentions = GoldData.numbers(row[0]);
            int at = row[0].indexOf(match);
            boolean all = at >= 0;
            for (String endpoint : interval.substring(1, interval.length() - 1).split(",", -1)) {
                if (!endpoint.isBlank() && all) {
                    all = mentions.stream().anyMatch(m -> m.start() >= at
                            && m.end() <= at + match.length()
                            && GoldData.sameNumber(m.value(), endpoint));
                }
            }
            if (all) {
                passed++;
            }
        }
        return new Score(name + " (endpoints)", total, passed, judged);
    }

    private static boolean sameText(String actual, String expected) {
        if (actual.equals(expected)) {
            return true;
        }
        int i = 0;
        while (i < expected.length() && i < 2 && CLITICS.indexOf(expected.charAt(i)) >= 0) {
            i++;
            if (actual.equals(expected.substring(i))) {
                return true;
            }
        }
        return false;
    }

    private static String value(String json) {
        Matcher matcher = VALUE.matcher(json);
        return matcher.find() ? matcher.group(1) : "";
    }
}
