package org.qalam.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.qalam.arabic.fused.CorpusVocabulary;

/**
 * Corpus-adaptive repair on Spark: the vocabulary counted by the executors equals the one
 * counted in one JVM, and the broadcast splitter cuts a name that only the corpus knows.
 */
class AdaptiveRepairTest {

    @Test
    void countsTheCorpusThenRepairsWithTheBroadcastVocabulary() {
        SparkSession spark = LocalSpark.session();
        List<String> lines = new ArrayList<>(Collections.nCopies(4, "مهرجان قرطاج الدولي"));
        lines.add("أقيم الحفل فيقرطاج أمس");
        lines.add("اتفقت الولاياتالمتحدةوروسيا على الهدنة");
        Dataset<Row> input = spark.createDataset(lines, Encoders.STRING()).toDF("text")
                .repartition(2);

        CorpusVocabulary vocabulary = QalamSpark.vocabulary(input, "text");
        CorpusVocabulary local = CorpusVocabulary.count(lines);
        assertThat(vocabulary.mostFrequent(100)).isEqualTo(local.mostFrequent(100));
        assertThat(vocabulary.total()).isEqualTo(local.total());

        List<Row> adapted = QalamSpark.repairFusedWords(input, "text", "repaired", vocabulary)
                .collectAsList();
        List<Row> plain = QalamSpark.repairFusedWords(input, "text", "repaired", null)
                .collectAsList();
        assertThat(adapted).extracting(r -> r.<String>getAs("repaired"))
                .contains("أقيم الحفل في قرطاج أمس", "اتفقت الولايات المتحدة وروسيا على الهدنة");
        assertThat(plain).extracting(r -> r.<String>getAs("repaired"))
                .contains("أقيم الحفل فيقرطاج أمس", "اتفقت الولايات المتحدة وروسيا على الهدنة");
    }
}
