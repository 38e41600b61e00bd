package org.qalam.extractors.numbers.eval;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.qalam.core.model.Layers;
import org.qalam.core.model.Mention;
import org.qalam.core.pipeline.Pipeline;
import org.qalam.extractors.testing.Steps;

/**
 * The pipeline under evaluation and the scoring shared by the number evaluations; the data comes
 * through {@link org.qalam.extractors.eval.EvalData}.
 */
final class GoldData {

    static final Pipeline PIPELINE = Steps.pipeline("numbers").build();

    private GoldData() {
    }

    /** The number mentions the pipeline finds in {@code text}. */
    static List<Mention> numbers(String text) {
        return PIPELINE.analyze(text).document().select(Layers.MENTIONS).stream()
                .filter(mention -> mention.type().equals("number")).toList();
    }

    /** Whether two decimal strings are the same number, to 12 significant digits. */
    static boolean sameNumber(String actual, String expected) {
        Optional<BigDecimal> a = decimal(actual);
        Optional<BigDecimal> e = decimal(expected);
        if (a.isEmpty() || e.isEmpty()) {
            return false;
        }
        BigDecimal difference = a.get().subtract(e.get()).abs();
        BigDecimal scale = e.get().abs().max(BigDecimal.ONE);
        return difference.compareTo(scale.multiply(new BigDecimal("1e-12"))) <= 0;
    }

    private static Optional<BigDecimal> decimal(String s) {
        try {
            return Optional.of(new BigDecimal(s.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** One line of a score table. */
    record Score(String name, int total, int passed, int judged) {
        double rate() {
            return total == 0 ? 0 : (double) passed / total;
        }

        double adjustedRate() {
            int counted = total - judged;
            return counted == 0 ? 0 : (double) passed / counted;
        }
    }

    /** Prints a score table. */
    static void print(String title, List<Score> scores) {
        System.out.println();
        System.out.printf("%-48s %6s %6s %6s %8s %9s%n", title, "total", "passed", "judged",
                "rate", "adjusted");
        for (Score score : scores) {
            System.out.printf("%-48s %6d %6d %6d %7.2f%% %8.2f%%%n", score.name(), score.total(),
                    score.passed(), score.judged(), 100 * score.rate(), 100 * score.adjustedRate());
        }
    }

    /** Prints the first failures of an evaluation, indented. */
    static void printFailures(String name, List<String> failures, int limit) {
        if (failures.isEmpty()) {
            return;
        }
        System.out.println("  failures of " + name + " (" + failures.size() + "):");
        failures.stream().limit(limit).forEach(failure -> System.out.println("    " + failure));
    }

    static String describe(List<Mention> mentions) {
        return mentions.isEmpty() ? "nothing" : Arrays.toString(mentions.stream()
                .map(m -> m.text() + "=" + m.value() + "/" + m.attributes().get("kind"))
                .toArray());
    }
}
