package org.qalam.spark;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The columns {@link QalamSpark#analyze} adds to every row, and the types of the SQL functions:
 * the JSON document of {@code qalam analyze --format jsonl} as Spark types.
 *
 * <p>Why constants: the schema is a contract with downstream jobs and Parquet files; adding a
 * field is allowed, renaming or retyping one is not. Offsets ({@code start}, {@code end}) are
 * UTF-16 indices into the text, end exclusive, exactly as in the CLI's JSON (Spark SQL's own
 * {@code substring} counts code points, so the two differ on text with emoji or other characters
 * beyond the BMP).
 */
public final class QalamSchema {

    /** Column of sentence spans: {@code array<struct<start:int, end:int>>}. */
    public static final String SENTENCES = "sentences";
    /** Column of tokens with their words. */
    public static final String TOKENS = "tokens";
    /** Column of mentions. */
    public static final String MENTIONS = "mentions";
    /** Column of errors: failed steps, a skipped or unreadable row; empty when all went well. */
    public static final String ERRORS = "errors";

    /** The {@code extractor} of the error entry of a row that was not analyzed. */
    public static final String QALAM_STEP = "qalam";
    /** The {@code error} of a row longer than {@link QalamOptions#maxChars()}: skipped and counted. */
    public static final String TOO_LARGE = "too-large";

    /** {@code struct<start:int, end:int>}; words and tokens extend it. */
    public static final StructType SPAN = new StructType()
            .add("start", DataTypes.IntegerType, false)
            .add("end", DataTypes.IntegerType, false);

    /** A word of a token: {@code struct<start, end, form, role, repaired:boolean>}. */
    public static final StructType WORD = SPAN
            .add("form", DataTypes.StringType, false)
            .add("role", DataTypes.StringType, false)
            .add("repaired", DataTypes.BooleanType, false);

    /** A token: {@code struct<start, end, text, norm, kind, words:array<WORD>>}. */
    public static final StructType TOKEN = SPAN
            .add("text", DataTypes.StringType, false)
            .add("norm", DataTypes.StringType, false)
            .add("kind", DataTypes.StringType, false)
            .add("words", DataTypes.createArrayType(WORD, false), false);

    /**
     * A mention: {@code struct<type, start, end, text, value, source, confidence:double (null when
     * absent), attributes:map<string,string>>}.
     */
    public static final StructType MENTION = new StructType()
            .add("type", DataTypes.StringType, false)
            .add("start", DataTypes.IntegerType, false)
            .add("end", DataTypes.IntegerType, false)
            .add("text", DataTypes.StringType, false)
            .add("value", DataTypes.StringType, false)
            .add("source", DataTypes.StringType, false)
            .add("confidence", DataTypes.DoubleType, true)
            .add("attributes", DataTypes.createMapType(DataTypes.StringType,
                    DataTypes.StringType, false), false);

    /** An error: {@code struct<extractor, error, message>}. */
    public static final StructType ERROR = new StructType()
            .add("extractor", DataTypes.StringType, false)
            .add("error", DataTypes.StringType, false)
            .add("message", DataTypes.StringType, true);

    /** {@code array<MENTION>}, the type of {@code qalam_mentions}. */
    public static final ArrayType MENTIONS_TYPE = DataTypes.createArrayType(MENTION, false);

    private QalamSchema() {
    }

    /** The four columns added by {@link QalamSpark#analyze}, in order. */
    public static StructType analysisColumns() {
        return new StructType()
                .add(SENTENCES, DataTypes.createArrayType(SPAN, false), true)
                .add(TOKENS, DataTypes.createArrayType(TOKEN, false), true)
                .add(MENTIONS, MENTIONS_TYPE, true)
                .add(ERRORS, DataTypes.createArrayType(ERROR, false), false);
    }

    /** {@code input} followed by the analysis columns. */
    public static StructType withAnalysis(StructType input) {
        StructType out = input;
        for (StructField column : analysisColumns().fields()) {
            if (input.getFieldIndex(column.name()).isDefined()) {
                throw new IllegalArgumentException("the input already has a column '"
                        + column.name() + "'; rename or drop it before analyzing");
            }
            out = out.add(column);
        }
        return out;
    }
}
