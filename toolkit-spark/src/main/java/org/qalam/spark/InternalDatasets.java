package org.qalam.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.StructType;

/**
 * The one place that reaches below Spark's public Dataset API: a dataset's rows as Spark computes
 * them ({@link InternalRow}), and a dataset back from such rows.
 *
 * <p>Why: {@code analyze} used to go through {@code Dataset.mapPartitions} with a row encoder,
 * which turns every input row into a {@code Row} and every output {@code Row} (hundreds of nested
 * token, word and mention structs per line) back into Spark's form. Working on internal rows
 * skips both conversions; on the 40 MB benchmark corpus {@code local[2]} needs about 10% less CPU
 * time (docs/spark.md, "Scaling"). {@code SparkSession.internalCreateDataFrame} is
 * {@code private[sql]} in Scala, public in the bytecode; Spark's scan of the rows projects them
 * into its compact (unsafe) format itself, so any {@link InternalRow} of the schema will do.
 * Checked with Spark 3.5.8 (Scala 2.13 build); a change of that method in a later Spark shows up
 * as a {@link NoSuchMethodError} in every {@code analyze} test.
 */
final class InternalDatasets {

    private InternalDatasets() {
    }

    /**
     * The rows of {@code input}. The producer may reuse a row object for the next row: a row kept
     * after the iterator moves on must be {@linkplain InternalRow#copy() copied}.
     *
     * @throws IllegalArgumentException for a streaming dataset, which has no rows until it runs
     */
    static JavaRDD<InternalRow> rows(Dataset<Row> input) {
        if (input.isStreaming()) {
            throw new IllegalArgumentException("a streaming dataset cannot be analyzed; analyze "
                    + "each micro-batch (foreachBatch) instead");
        }
        return input.queryExecution().toRdd().toJavaRDD();
    }

    /** A (batch) dataset of {@code rows}, each holding the internal values of {@code schema}. */
    static Dataset<Row> dataset(SparkSession spark, JavaRDD<InternalRow> rows, StructType schema) {
        return spark.internalCreateDataFrame(rows.rdd(), schema, false);
    }
}
