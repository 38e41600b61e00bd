package org.qalam.spark;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.qalam.core.model.Document;
import org.qalam.core.model.Layers;
import org.qalam.core.model.Mention;
import org.qalam.core.model.Sentence;
import org.qalam.core.model.Token;
import org.qalam.core.model.Word;
import org.qalam.core.pipeline.Analysis;
import org.qalam.core.pipeline.StepFailure;

/**
 * Turns an {@link Analysis} into the values of the {@link QalamSchema} columns: arrays as
 * {@code Object[]}, structs as {@link Row}, maps as Scala maps ({@link ScalaMaps}), which both
 * Spark's row encoder and its UDF converters accept.
 *
 * <p>Why one converter: {@code analyze}, {@code qalam_mentions} and the job must write the same
 * fields the same way as the CLI's JSON writer, and the equality test holds them to it.
 */
final class AnalysisRows {

    private static final Object[] NONE = new Object[0];

    private AnalysisRows() {
    }

    static Object[] sentences(Document document) {
        List<Sentence> sentences = document.select(Layers.SENTENCES);
        Object[] rows = new Object[sentences.size()];
        for (int i = 0; i < rows.length; i++) {
            Sentence s = sentences.get(i);
            rows[i] = RowFactory.create(s.start(), s.end());
        }
        return rows;
    }

    static Object[] tokens(Document document) {
        List<Token> tokens = document.select(Layers.TOKENS);
        boolean hasWords = document.hasLayer(Layers.WORDS.name());
        Object[] rows = new Object[tokens.size()];
        for (int i = 0; i < rows.length; i++) {
            Token t = tokens.get(i);
            Object[] words = hasWords ? words(document.selectCovered(Layers.WORDS, t)) : NONE;
            rows[i] = RowFactory.create(t.start(), t.end(), t.text(), t.norm(), t.kind().label(),
                    words);
        }
        return rows;
    }

    private static Object[] words(List<Word> words) {
        Object[] rows = new Object[words.size()];
        for (int i = 0; i < rows.length; i++) {
            Word w = words.get(i);
            rows[i] = RowFactory.create(w.start(), w.end(), w.form(), w.role().label(),
                    w.repaired());
        }
        return rows;
    }

    static Object[] mentions(List<Mention> mentions) {
        Object[] rows = new Object[mentions.size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = mention(mentions.get(i));
        }
        return rows;
    }

    static Row mention(Mention m) {
        Double confidence = m.confidence().isPresent() ? m.confidence().getAsDouble() : null;
        return RowFactory.create(m.type(), m.start(), m.end(), m.text(), m.value(), m.source(),
                confidence, scalaMap(m.sortedAttributes()));
    }

    static Object[] errors(List<StepFailure> failures) {
        Object[] rows = new Object[failures.size()];
        for (int i = 0; i < rows.length; i++) {
            StepFailure f = failures.get(i);
            rows[i] = error(f.extractor(), f.error(), f.message());
        }
        return rows;
    }

    static Row error(String extractor, String error, String message) {
        return RowFactory.create(extractor, error, message);
    }

    static Object[] none() {
        return NONE;
    }

    private static Object scalaMap(Map<String, String> map) {
        return ScalaMaps.asScala(map);
    }
}
