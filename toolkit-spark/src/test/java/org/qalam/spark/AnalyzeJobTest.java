package org.qalam.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link AnalyzeJob} end to end in the test session: text in, Parquet out, read back with the
 * documented schema and the same rows as {@link QalamSpark#analyze}; JSON Lines in and out; input
 * splits of the job's own session sized for analysis unless set; and a usage error for a bad option.
 */
class AnalyzeJobTest {

    @TempDir
    Path temp;

    @Test
    void parquetRoundTripKeepsSchemaAndRows() throws Exception {
        SparkSession spark = LocalSpark.session();
        Path input = AnalyzeMatchesCliTest.resource("analyze-input.txt");
        Path out = temp.resolve("parquet");
        int exit = AnalyzeJob.run(spark, "--input", input.toString(), "--input-format", "text",
                "--output", out.toString(), "--output-format", "parquet",
                "--reference-date", AnalyzeMatchesCliTest.REFERENCE.toString());
        assertThat(exit).isZero();

        Dataset<Row> written = spark.read().parquet(out.toString());
        Dataset<Row> expected = QalamSpark.analyze(
                AnalyzeJob.readLines(spark, input.toString()), AnalyzeJob.TEXT,
                QalamOptions.builder().referenceDate(AnalyzeMatchesCliTest.REFERENCE).build());
        assertThat(written.schema().fieldNames()).containsExactly("text", "source", "sentences",
                "tokens", "mentions", "errors");
        assertThat(written.schema().apply("mentions").dataType().sameType(
                QalamSchema.MENTIONS_TYPE)).isTrue();
        assertThat(written.schema().apply("tokens").dataType().sameType(
                expected.schema().apply("tokens").dataType())).isTrue();
        assertThat(jsonOf(written)).isEqualTo(jsonOf(expected));
    }

    @Test
    void jsonLinesInAndOut() throws Exception {
        SparkSession spark = LocalSpark.session();
        Path in = temp.resolve("in");
        spark.createDataFrame(List.of(new SqlFunctionsTest.Line("وصل 3 آلاف شخص أمس")),
                SqlFunctionsTest.Line.class).write().json(in.toString());
        Path out = temp.resolve("jsonl");

        int exit = AnalyzeJob.run(spark, "--input", in.toString(), "--input-format", "jsonl",
                "--output", out.toString(), "--output-format", "jsonl",
                "--extractors", "numbers", "--reference-date", "2026-12-01");
        assertThat(exit).isZero();
        Row row = spark.read().schema(QalamSchema.withAnalysis(
                        spark.read().json(in.toString()).schema()))
                .json(out.toString()).first();
        List<Row> mentions = row.getList(row.fieldIndex(QalamSchema.MENTIONS));
        assertThat(mentions).extracting(m -> m.<String>getAs("value")).containsExactly("3000");
    }

    @Test
    void ownSessionGetsSplitsSizedForAnalysisUnlessSet() {
        SparkSession fresh = LocalSpark.session().newSession();
        AnalyzeJob.withSplitDefaults(fresh);
        assertThat(fresh.conf().get(AnalyzeJob.MAX_SPLIT_KEY)).isEqualTo(AnalyzeJob.MAX_SPLIT);
        assertThat(fresh.conf().get(AnalyzeJob.MIN_SPLITS_KEY)).isEqualTo(String.valueOf(
                AnalyzeJob.SPLITS_PER_CORE * fresh.sparkContext().defaultParallelism()));

        SparkSession configured = LocalSpark.session().newSession();
        configured.conf().set(AnalyzeJob.MAX_SPLIT_KEY, "8m");
        configured.conf().set(AnalyzeJob.MIN_SPLITS_KEY, "3");
        AnalyzeJob.withSplitDefaults(configured);
        assertThat(configured.conf().get(AnalyzeJob.MAX_SPLIT_KEY)).isEqualTo("8m");
        assertThat(configured.conf().get(AnalyzeJob.MIN_SPLITS_KEY)).isEqualTo("3");
    }

    @Test
    void badOptionIsAUsageError() {
        StringWriter err = new StringWriter();
        picocli.CommandLine cli = new picocli.CommandLine(new AnalyzeJob());
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute("--input", "x", "--output", "y", "--input-format", "csv");
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--input-format");
    }

    private static List<String> jsonOf(Dataset<Row> rows) {
        return rows.toJSON().collectAsList().stream().sorted(Comparator.naturalOrder()).toList();
    }
}
