package org.qalam.spark;

import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Qalam on Apache Spark: {@link #analyze} adds tokens, sentences, mentions and errors to every
 * row of a dataset, {@link #register} makes {@code qalam_split}, {@code qalam_normalize} and
 * {@code qalam_mentions} callable from Spark SQL and PySpark.
 *
 * <p>Why this shape: corpora beyond one machine live in Spark tables; the analysis is the same as
 * {@code qalam analyze} (the same pipeline and fields, see {@link QalamSchema}), each executor
 * builds its pipeline once and reuses it, and a row that cannot be analyzed is marked in its
 * {@code errors} column instead of failing the job.
 */
public final class QalamSpark {

    private QalamSpark() {
    }

    /**
     * The rows of {@code input} followed by the {@link QalamSchema#analysisColumns()} of the text
     * in {@code textColumn}; counts go to accumulators registered under {@code qalam.*}.
     *
     * @throws IllegalArgumentException when the column is missing or not a string, the input
     *     already has an output column, or an extractor or config key is unknown
     */
    public static Dataset<Row> analyze(Dataset<Row> input, String textColumn,
                                       QalamOptions options) {
        return analyze(input, textColumn, options, QalamCounters.register(input.sparkSession()));
    }

    /** As {@link #analyze(Dataset, String, QalamOptions)}, counting into {@code counters}. */
    public static Dataset<Row> analyze(Dataset<Row> input, String textColumn,
                                       QalamOptions options, QalamCounters counters) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(counters, "counters");
        int textIndex = stringColumn(input.schema(), textColumn);
        StructType schema = QalamSchema.withAnalysis(input.schema());
        ExecutorPipelines.check(options);
        return input.mapPartitions(new AnalyzePartition(options, textIndex, counters),
                Encoders.row(schema));
    }

    /** Registers the SQL functions with every extractor and the default options. */
    public static void register(SparkSession spark) {
        register(spark, QalamOptions.defaults());
    }

    /**
     * Registers {@code qalam_split(text)}, {@code qalam_normalize(text [, profile])} and
     * {@code qalam_mentions(text [, 'type,type'])}; the last runs the pipeline of {@code options}.
     */
    public static void register(SparkSession spark, QalamOptions options) {
        ExecutorPipelines.check(options);
        SqlFunctions.register(spark, options);
    }

    /** Index of the string column {@code name}, or an exception naming the columns there are. */
    static int stringColumn(StructType schema, String name) {
        Objects.requireNonNull(name, "textColumn");
        if (schema.getFieldIndex(name).isEmpty()) {
            throw new IllegalArgumentException("no column '" + name + "'; columns: "
                    + String.join(", ", schema.fieldNames()));
        }
        int index = schema.fieldIndex(name);
        StructField field = schema.fields()[index];
        if (!field.dataType().equals(DataTypes.StringType)) {
            throw new IllegalArgumentException("column '" + name + "' is "
                    + field.dataType().simpleString() + ", not a string");
        }
        return index;
    }
}
