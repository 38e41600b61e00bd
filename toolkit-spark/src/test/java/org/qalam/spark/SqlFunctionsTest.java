package org.qalam.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qalam.arabic.normalize.Normalizer;

/** {@code qalam_split}, {@code qalam_normalize} and {@code qalam_mentions} from Spark SQL. */
class SqlFunctionsTest {

    private static SparkSession spark;

    @BeforeAll
    static void register() {
        spark = LocalSpark.session();
        QalamSpark.register(spark, QalamOptions.builder()
                .referenceDate(AnalyzeMatchesCliTest.REFERENCE).build());
    }

    @Test
    void splitRestoresLostSpaces() {
        Row row = spark.sql("SELECT qalam_split('اتفقت الولاياتالمتحدةوروسيا على الهدنة'), "
                + "qalam_split(NULL)").first();
        assertThat(row.getString(0)).isEqualTo("اتفقت الولايات المتحدة وروسيا على الهدنة");
        assertThat(row.isNullAt(1)).isTrue();
    }

    @Test
    void normalizeWithTheDisplayProfileOrAnother() {
        String text = "قُتِلَ ٢٥ شخصًا في الـــهجوم";
        Row row = spark.sql("SELECT qalam_normalize('" + text + "'), qalam_normalize('" + text
                + "', 'search')").first();
        assertThat(row.getString(0)).isEqualTo(Normalizer.display().normalize(text));
        assertThat(row.getString(1)).isEqualTo(Normalizer.search().normalize(text));
        assertThat(row.getString(1)).contains("25");
    }

    @Test
    void mentionsAllOrOfTheTypesAsked() {
        spark.createDataFrame(List.of(new Line("نزح أكثر من 12 ألف شخص أمس إلى القاهرة")),
                Line.class).createOrReplaceTempView("lines");
        List<Row> all = spark.sql("SELECT m.type, m.start, m.end, m.text, m.value "
                + "FROM lines LATERAL VIEW explode(qalam_mentions(text)) AS m").collectAsList();
        assertThat(all).extracting(r -> r.getString(0)).contains("number", "date");
        Row number = all.stream().filter(r -> r.getString(0).equals("number")).findFirst()
                .orElseThrow();
        assertThat(number.getString(3)).isEqualTo("12 ألف");
        assertThat(number.getString(4)).isEqualTo("12000");
        assertThat(number.getInt(2) - number.getInt(1)).isEqualTo(number.getString(3).length());

        List<Row> dates = spark.sql("SELECT qalam_mentions(text, 'date') FROM lines")
                .first().getList(0);
        assertThat(dates).extracting(r -> r.<String>getAs("type")).containsOnly("date");
        assertThat(dates.get(0).<String>getAs("value")).isEqualTo("2026-11-30");
    }

    @Test
    void wrongArityIsAnError() {
        assertThatThrownBy(() -> spark.sql("SELECT qalam_mentions('a', 'b', 'c')").collect())
                .hasMessageContaining("qalam_mentions takes 1 or 2 arguments");
    }

    /** A bean for a one-column view. */
    public static final class Line implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private String text;

        public Line() {
        }

        Line(String text) {
            this.text = text;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }
}
