package org.qalam.spark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import org.qalam.arabic.fused.CorpusVocabulary;

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
     *     already has an output column or is a streaming dataset, or an extractor or config key
     *     is unknown
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
        return InternalDatasets.dataset(input.sparkSession(), InternalDatasets.rows(input)
                .mapPartitions(new AnalyzePartition(options, textIndex, counters)), schema);
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

    /**
     * Pass 1 of corpus-adaptive fused-word repair: how often each run of Arabic letters of
     * {@code textColumn} is written on its own across the whole dataset (see
     * {@link CorpusVocabulary}), keeping the {@code maxWords} most frequent words seen at least
     * {@code minCount} times. Counted by the executors; only the kept words reach the driver.
     */
    public static CorpusVocabulary vocabulary(Dataset<Row> input, String textColumn,
                                              long minCount, int maxWords) {
        stringColumn(input.schema(), textColumn);
        LongAccumulator total = input.sparkSession().sparkContext()
                .longAccumulator("qalam.vocabulary.words");
        Dataset<String> words = input.select(functions.col(textColumn)).flatMap(
                (FlatMapFunction<Row, String>) row -> {
                    List<String> found = row.isNullAt(0) ? List.of()
                            : CorpusVocabulary.words(row.getString(0));
                    total.add(found.size());
                    return found.iterator();
                }, Encoders.STRING());
        List<Row> kept = words.groupBy("value").count()
                .filter(functions.col("count").geq(minCount))
                .orderBy(functions.col("count").desc(), functions.col("value"))
                .limit(maxWords)
                .collectAsList();
        Map<String, Long> counts = new HashMap<>(kept.size() * 4 / 3 + 1);
        for (Row row : kept) {
            counts.put(row.getString(0), row.getLong(1));
        }
        return CorpusVocabulary.of(counts, total.value());
    }

    /** {@link #vocabulary(Dataset, String, long, int)} with the defaults of {@link CorpusVocabulary}. */
    public static CorpusVocabulary vocabulary(Dataset<Row> input, String textColumn) {
        return vocabulary(input, textColumn, CorpusVocabulary.DEFAULT_MIN_COUNT,
                CorpusVocabulary.DEFAULT_MAX_WORDS);
    }

    /**
     * Pass 2: {@code input} plus {@code outputColumn}, the text of {@code textColumn} with the
     * lost spaces restored by the splitter adapted to {@code vocabulary}, which is broadcast
     * once to every executor (null: the default splitter, as {@code qalam_split}).
     */
    public static Dataset<Row> repairFusedWords(Dataset<Row> input, String textColumn,
                                                String outputColumn,
                                                CorpusVocabulary vocabulary) {
        stringColumn(input.schema(), textColumn);
        Column text = functions.col(textColumn);
        if (vocabulary == null) {
            return input.withColumn(outputColumn, functions.udf(
                    (UDF1<String, String>) SqlFunctions::split, DataTypes.StringType)
                    .apply(text));
        }
        Broadcast<CorpusVocabulary> shared = JavaSparkContext.fromSparkContext(
                input.sparkSession().sparkContext()).broadcast(vocabulary);
        return input.withColumn(outputColumn, functions.udf((UDF1<String, String>) value ->
                value == null ? null : AdaptedSplitters.of(shared).insertSpaces(value),
                DataTypes.StringType).apply(text));
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
