package org.qalam.spark;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.catalyst.CatalystTypeConverters;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.qalam.arabic.normalize.NormalizationProfile;
import org.qalam.core.model.Document;
import org.qalam.core.model.Mention;
import scala.runtime.AbstractFunction1;

/**
 * The SQL functions of {@link QalamSpark#register}: {@code qalam_split(text)},
 * {@code qalam_normalize(text [, profile])} and {@code qalam_mentions(text [, types])}.
 *
 * <p>Why registered through the session's function registry: Spark's {@code udf().register}
 * gives a name one arity, and the optional second argument needs two. Each function object holds
 * only small values; the splitter, normalizers and pipeline come from per-JVM holders.
 */
final class SqlFunctions {

    static final String SPLIT = "qalam_split";
    static final String NORMALIZE = "qalam_normalize";
    static final String MENTIONS = "qalam_mentions";

    private SqlFunctions() {
    }

    static void register(SparkSession spark, QalamOptions options) {
        spark.udf().register(SPLIT, (UDF1<String, String>) SqlFunctions::split,
                DataTypes.StringType);
        UserDefinedFunction normalize1 = functions.udf(
                (UDF1<String, String>) text -> normalize(text, null), DataTypes.StringType)
                .withName(NORMALIZE);
        UserDefinedFunction normalize2 = functions.udf(
                (UDF2<String, String, String>) SqlFunctions::normalize, DataTypes.StringType)
                .withName(NORMALIZE);
        registerOptionalSecond(spark, NORMALIZE, normalize1, normalize2);
        UserDefinedFunction mentions1 = functions.udf(new Mentions(options),
                QalamSchema.MENTIONS_TYPE).withName(MENTIONS);
        UserDefinedFunction mentions2 = functions.udf(new TypedMentions(options),
                QalamSchema.MENTIONS_TYPE).withName(MENTIONS);
        registerOptionalSecond(spark, MENTIONS, mentions1, mentions2);
    }

    static String split(String text) {
        return text == null ? null : Splitters.standard().insertSpaces(text);
    }

    static String normalize(String text, String profile) {
        if (text == null) {
            return null;
        }
        NormalizationProfile chosen = profile == null ? NormalizationProfile.DISPLAY
                : NormalizationProfile.valueOf(profile.strip().toUpperCase(Locale.ROOT));
        return Normalizers.of(chosen).normalize(text);
    }

    /**
     * The mentions of {@code text}, all or of {@code types}, as the Scala values a UDF returns
     * (the internal values of {@link AnalysisRows}, converted back); null for a null text.
     */
    static Object mentions(QalamOptions options, String text, String types) {
        if (text == null) {
            return null;
        }
        List<Mention> found = text.length() > options.maxChars() ? List.of()
                : ExecutorPipelines.get(options).analyze(Document.of(text)).mentions();
        return CatalystTypeConverters.convertToScala(AnalysisRows.mentions(ofTypes(found, types)),
                QalamSchema.MENTIONS_TYPE);
    }

    private static List<Mention> ofTypes(List<Mention> found, String types) {
        if (types == null || types.isBlank()) {
            return found;
        }
        Set<String> wanted = new HashSet<>();
        for (String type : types.split(",")) {
            wanted.add(type.strip());
        }
        List<Mention> kept = new ArrayList<>();
        for (Mention mention : found) {
            if (wanted.contains(mention.type())) {
                kept.add(mention);
            }
        }
        return kept;
    }

    /**
     * Registers {@code name} so that it takes one argument or two. The builder is passed raw:
     * Spark's builder type names Scala 2.13's {@code immutable.Seq}, and the jar stays neutral.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void registerOptionalSecond(SparkSession spark, String name,
                                               UserDefinedFunction one, UserDefinedFunction two) {
        spark.sessionState().functionRegistry().createOrReplaceTempFunction(name,
                (scala.Function1) new OneOrTwo(name, one, two), "java_udf");
    }

    /** Builds the call expression for one argument or two; anything else is a usage error. */
    private static final class OneOrTwo
            extends AbstractFunction1<scala.collection.Seq<Expression>, Expression>
            implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final String name;
        private final UserDefinedFunction one;
        private final UserDefinedFunction two;

        OneOrTwo(String name, UserDefinedFunction one, UserDefinedFunction two) {
            this.name = name;
            this.one = one;
            this.two = two;
        }

        @Override
        public Expression apply(scala.collection.Seq<Expression> arguments) {
            return switch (arguments.size()) {
                case 1 -> one.apply(new Column(arguments.apply(0))).expr();
                case 2 -> two.apply(new Column(arguments.apply(0)), new Column(arguments.apply(1)))
                        .expr();
                default -> throw new IllegalArgumentException(name + " takes 1 or 2 arguments, got "
                        + arguments.size());
            };
        }
    }

    /** {@code qalam_mentions(text)}. */
    private record Mentions(QalamOptions options) implements UDF1<String, Object> {
        @Override
        public Object call(String text) {
            return mentions(options, text, null);
        }
    }

    /** {@code qalam_mentions(text, 'date,number')}. */
    private record TypedMentions(QalamOptions options) implements UDF2<String, String, Object> {
        @Override
        public Object call(String text, String types) {
            return mentions(options, text, types);
        }
    }
}
