package org.qalam.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin jar shipped with {@code addJar} (as {@code --jars} does) is discovered on the
 * executors and configured by name; a row that makes an extractor throw, an oversized row and a
 * null row never fail the job, and the oversized one is counted.
 */
class BadRowsAndPluginTest {

    @TempDir
    static Path temp;

    private static SparkSession spark;

    @BeforeAll
    static void shipPlugin() throws Exception {
        spark = LocalSpark.session();
        spark.sparkContext().addJar(TestPlugin.build(temp).toString());
    }

    @Test
    void pluginFromShippedJarRunsAndBadRowsAreMarkedNotFatal() {
        StructType schema = new StructType().add("id", DataTypes.IntegerType)
                .add("body", DataTypes.StringType);
        String large = "كلمة ".repeat(100);
        List<Row> input = List.of(
                RowFactory.create(1, "قال مدير KALAM إن 3 آلاف شخص حضروا"),
                RowFactory.create(2, "هذا السطر يقول BOOM ويحمل 5 كتب"),
                RowFactory.create(3, large),
                RowFactory.create(4, null),
                RowFactory.create(5, "KALAM و KALAM"));
        Dataset<Row> rows = spark.createDataFrame(input, schema).repartition(2);
        QalamOptions options = QalamOptions.builder()
                .extractors(TestPlugin.NAME, "numbers")
                .config(TestPlugin.NAME, "word", "KALAM")
                .maxChars(200)
                .referenceDate(AnalyzeMatchesCliTest.REFERENCE)
                .build();
        QalamCounters counters = QalamCounters.register(spark);
        Map<Integer, Row> out = QalamSpark.analyze(rows, "body", options, counters)
                .collectAsList().stream()
                .collect(Collectors.toMap(r -> r.<Integer>getAs("id"), r -> r));

        assertThat(out).hasSize(5);
        assertThat(types(out.get(1))).containsExactly("shout", "number");
        assertThat(out.get(1).getList(out.get(1).fieldIndex(QalamSchema.ERRORS))).isEmpty();
        assertThat(types(out.get(5))).containsExactly("shout", "shout");

        Row boom = out.get(2);
        assertThat(types(boom)).containsExactly("number");
        assertThat(errors(boom)).containsExactly("shout:java.lang.IllegalStateException");

        Row tooLarge = out.get(3);
        assertThat(tooLarge.isNullAt(tooLarge.fieldIndex(QalamSchema.MENTIONS))).isTrue();
        assertThat(errors(tooLarge)).containsExactly(QalamSchema.QALAM_STEP + ":"
                + QalamSchema.TOO_LARGE);

        Row empty = out.get(4);
        assertThat(types(empty)).isEmpty();
        assertThat(errors(empty)).isEmpty();

        assertThat(counters.rows()).isEqualTo(5);
        assertThat(counters.skipped()).isEqualTo(1);
        assertThat(counters.withErrors()).isEqualTo(2);
    }

    @Test
    void pluginMentionsReachSqlToo() {
        QalamSpark.register(spark, QalamOptions.builder().extractors(TestPlugin.NAME).build());
        List<String> texts = spark.sql("SELECT m.text FROM (SELECT explode("
                        + "qalam_mentions('QALAM يكتب QALAM', 'shout')) AS m)")
                .as(Encoders.STRING()).collectAsList();
        assertThat(texts).containsExactly("QALAM", "QALAM");
        QalamSpark.register(spark);
    }

    private static List<String> types(Row row) {
        return row.<Row>getList(row.fieldIndex(QalamSchema.MENTIONS)).stream()
                .map(m -> m.<String>getAs("type")).toList();
    }

    private static List<String> errors(Row row) {
        return row.<Row>getList(row.fieldIndex(QalamSchema.ERRORS)).stream()
                .map(e -> e.getAs("extractor") + ":" + e.getAs("error")).toList();
    }

}
