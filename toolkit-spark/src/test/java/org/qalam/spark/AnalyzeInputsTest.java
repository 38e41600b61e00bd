package org.qalam.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;

/**
 * {@link QalamSpark#analyze} keeps every input column of every row as it was, whatever its type,
 * beside the analysis of that row's own text; a streaming dataset is refused with a clear message.
 */
class AnalyzeInputsTest {

    private static final int ROWS = 300;

    @Test
    void inputColumnsOfAnyTypeStayWithTheirRow() {
        SparkSession spark = LocalSpark.session();
        // Many rows per partition: a batch holds several rows of the scan at once.
        Dataset<Row> input = spark.range(ROWS).coalesce(1).selectExpr(
                "id",
                "concat('وصل ', id, ' شخصا') AS text",
                "named_struct('n', id, 's', concat('ص', id)) AS meta",
                "array(id, id * 2) AS pair",
                "map(concat('k', id), id) AS tags",
                "CAST(id AS DECIMAL(20, 3)) / 8 AS ratio",
                "CAST(concat('b', id) AS BINARY) AS bytes");
        QalamOptions options = QalamOptions.builder().extractors("numbers")
                .referenceDate(AnalyzeMatchesCliTest.REFERENCE).build();

        List<Row> rows = QalamSpark.analyze(input, "text", options)
                .orderBy(functions.col("id")).collectAsList();

        assertThat(rows).hasSize(ROWS);
        for (Row row : rows) {
            long id = row.getLong(0);
            assertThat(row.getString(1)).isEqualTo("وصل " + id + " شخصا");
            assertThat(row.getStruct(2).getLong(0)).isEqualTo(id);
            assertThat(row.getStruct(2).getString(1)).isEqualTo("ص" + id);
            assertThat(row.<Long>getList(3)).containsExactly(id, id * 2);
            assertThat(row.<String, Long>getJavaMap(4)).containsExactly(
                    Map.entry("k" + id, id));
            assertThat(row.getDecimal(5).doubleValue()).isEqualTo(id / 8.0);
            assertThat(new String((byte[]) row.get(6), StandardCharsets.UTF_8))
                    .isEqualTo("b" + id);
            List<Row> mentions = row.getList(row.fieldIndex(QalamSchema.MENTIONS));
            assertThat(mentions).extracting(m -> m.<String>getAs("value"))
                    .as("row %d", id).containsExactly(String.valueOf(id));
        }
    }

    @Test
    void streamingInputIsRefused() {
        Dataset<Row> stream = LocalSpark.session().readStream().format("rate").load()
                .selectExpr("CAST(value AS STRING) AS text");
        assertThatThrownBy(() -> QalamSpark.analyze(stream, "text", QalamOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("streaming");
    }
}
