package org.qalam.extractors.eval;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.qalam.core.model.Mention;
import org.qalam.core.pipeline.Analysis;
import org.qalam.core.pipeline.Pipeline;
import org.qalam.core.spi.ReferenceTime;
import org.qalam.extractors.testing.Steps;

/**
 * Scores our own dialect tables (category, dialect, text, mention type, value) against the
 * {@code numbers} and {@code dates} steps and prints a table by category and dialect.
 */
public final class DialectTables {

    /** The reference time of every table: Wednesday 2021-09-01T10:38:04 UTC. */
    public static final ZonedDateTime REFERENCE =
            ZonedDateTime.of(2021, 9, 1, 10, 38, 4, 0, ZoneOffset.UTC);

    private DialectTables() {
    }

    /** One table row's outcome. */
    public record Row(String category, String dialect, String text, String expected,
                      String got, boolean passed) {
    }

    /**
     * Runs every row of the table at class-path {@code resource} (absolute); prints the table and
     * its failures under the table's file name.
     */
    public static List<Row> run(String resource) {
        Pipeline pipeline = Steps.pipeline("dates", "numbers")
                .referenceTime(ReferenceTime.of(REFERENCE)).build();
        List<Row> rows = new ArrayList<>();
        for (String[] f : EvalData.resource(DialectTables.class, resource)) {
            Analysis analysis = pipeline.analyze(f[2]);
            List<String> values = new ArrayList<>();
            for (Mention mention : analysis.mentions()) {
                if (mention.type().equals(f[3])) {
                    values.add(mention.value());
                }
            }
            rows.add(new Row(f[0], f[1], f[2], f[4], String.join(" ", values),
                    values.size() == 1 && values.get(0).equals(f[4])));
        }
        print(resource.substring(resource.lastIndexOf('/') + 1), rows);
        return rows;
    }

    /** The share of passed rows of {@code category}. */
    public static double rate(List<Row> rows, String category) {
        long total = rows.stream().filter(r -> r.category().equals(category)).count();
        long passed = rows.stream().filter(r -> r.category().equals(category) && r.passed()).count();
        return total == 0 ? 1 : (double) passed / total;
    }

    private static void print(String table, List<Row> rows) {
        Map<String, int[]> cells = new TreeMap<>();
        for (Row row : rows) {
            for (String key : List.of(row.category() + " all", row.category() + " " + row.dialect())) {
                int[] cell = cells.computeIfAbsent(key, k -> new int[2]);
                cell[0] += row.passed() ? 1 : 0;
                cell[1]++;
            }
        }
        System.out.printf("%nOwn dialect table %s (one mention of the type with the value)%n", table);
        cells.forEach((key, cell) -> System.out.printf("  %-16s %3d/%3d  %5.1f%%%n", key, cell[0],
                cell[1], 100.0 * cell[0] / cell[1]));
        for (Row row : rows) {
            if (!row.passed()) {
                System.out.printf("    failed %-4s %-40s expected %s got %s%n", row.dialect(),
                        row.text(), row.expected(), row.got().isEmpty() ? "(none)" : row.got());
            }
        }
    }
}
