package org.qalam.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a JMH JSON result file into the Markdown table of {@code toolkit-bench/README.md}:
 * medians of the measurement iterations for ops/s, MB/s, tokens/s (total and per core), bytes
 * allocated per token (when run with {@code -prof gc}) and the MB/s ratio to the peer.
 *
 * <p>Why medians: on a shared 2-core machine one noisy iteration moves a mean a lot and a median
 * little. The peer of a benchmark is the method named {@code lucene} in the same class with the
 * same parameters; benchmarks without one show a dash.
 */
public final class Summary {

    private static final String PEER_METHOD = "lucene";

    private Summary() {
    }

    /** {@code Summary RESULT.json}: prints the table to stdout. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: Summary jmh-result.json");
            System.exit(2);
        }
        JsonNode results = new ObjectMapper().readTree(Files.readString(Path.of(args[0]),
                StandardCharsets.UTF_8));
        print(rows(results), System.out);
    }

    /** One table row per benchmark and parameter set, in the file's order. */
    static List<Row> rows(JsonNode results) {
        List<Row> rows = new ArrayList<>();
        for (JsonNode result : results) {
            String benchmark = result.path("benchmark").asText();
            int dot = benchmark.lastIndexOf('.');
            String method = benchmark.substring(dot + 1);
            String clazz = benchmark.substring(0, dot);
            clazz = clazz.substring(clazz.lastIndexOf('.') + 1);
            Map<String, String> params = new LinkedHashMap<>();
            result.path("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
            JsonNode secondary = result.path("secondaryMetrics");
            double[] ops = raw(result.path("primaryMetric"));
            double[] tokens = raw(secondary.path("tokens"));
            double[] bytes = raw(secondary.path("bytes"));
            double[] allocPerOp = raw(secondary.path("gc.alloc.rate.norm"));
            double tokensPerOp = median(tokens) / median(ops);
            rows.add(new Row(clazz, method, params, result.path("threads").asInt(1),
                    result.path("primaryMetric").path("scoreUnit").asText(), median(ops),
                    median(bytes) / 1e6, median(tokens),
                    allocPerOp.length == 0 || tokens.length == 0 ? Double.NaN
                            : median(allocPerOp) / tokensPerOp));
        }
        return rows;
    }

    static void print(List<Row> rows, PrintStream out) {
        int cores = Runtime.getRuntime().availableProcessors();
        out.println("| Benchmark | Params | Threads | Score (median) | MB/s | tokens/s | tokens/s per core"
                + " | B/token | MB/s vs Lucene |");
        out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        for (Row row : rows) {
            Row peer = rows.stream()
                    .filter(r -> r.clazz().equals(row.clazz()) && r.method().equals(PEER_METHOD)
                            && r.params().equals(row.params()) && r.threads() == row.threads())
                    .findFirst().orElse(null);
            String ratio = peer == null || Double.isNaN(row.megabytesPerSecond())
                    ? "–" : String.format(Locale.ROOT, "%.2f", row.megabytesPerSecond() / peer.megabytesPerSecond());
            out.printf(Locale.ROOT, "| %s.%s | %s | %d | %s %s | %s | %s | %s | %s | %s |%n",
                    row.clazz(), row.method(), paramText(row.params()), row.threads(),
                    number(row.score()), row.unit(), decimal(row.megabytesPerSecond()),
                    number(row.tokensPerSecond()),
                    number(row.tokensPerSecond() / Math.min(row.threads(), cores)),
                    decimal(row.bytesPerToken()), ratio);
        }
    }

    private static String paramText(Map<String, String> params) {
        if (params.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        params.forEach((k, v) -> text.append(text.length() == 0 ? "" : ", ").append(k).append('=').append(v));
        return text.toString();
    }

    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%.3g", value);
    }

    private static String decimal(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.1f", value);
    }

    /** All measurement iterations of a metric over all forks. */
    private static double[] raw(JsonNode metric) {
        List<Double> values = new ArrayList<>();
        for (JsonNode fork : metric.path("rawData")) {
            for (JsonNode iteration : fork) {
                values.add(iteration.asDouble());
            }
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** One benchmark result reduced to medians. */
    record Row(String clazz, String method, Map<String, String> params, int threads, String unit,
               double score, double megabytesPerSecond, double tokensPerSecond,
               double bytesPerToken) {
    }
}
