package org.qalam.spark;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.util.ArrayBasedMapData;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.unsafe.types.UTF8String;
import org.qalam.core.model.Document;
import org.qalam.core.model.Layers;
import org.qalam.core.model.Mention;
import org.qalam.core.model.Sentence;
import org.qalam.core.model.Token;
import org.qalam.core.model.Word;
import org.qalam.core.pipeline.Analysis;
import org.qalam.core.pipeline.StepFailure;

/**
 * Turns an {@link Analysis} into the values of the {@link QalamSchema} columns in Spark's
 * internal (Catalyst) form: structs as {@link InternalRow}, arrays as {@link ArrayData}, maps as
 * {@link ArrayBasedMapData}, strings as {@link UTF8String}.
 *
 * <p>Why one converter, and why the internal form: {@code analyze}, {@code qalam_mentions} and
 * the job must write the same fields the same way as the CLI's JSON writer, and the equality
 * test holds them to it. Built as external {@code Row}s, every value went through Spark's row
 * encoder again (type checks, Scala map wrapping, a second copy of each nested row): about 15% of
 * a {@code local[2]} profile; the SQL function converts the internal values back instead
 * ({@link SqlFunctions}), which only it pays for.
 */
final class AnalysisRows {

    private static final ArrayData NONE = new GenericArrayData(new Object[0]);

    private AnalysisRows() {
    }

    /** The four analysis columns of an analyzed row. */
    static InternalRow columns(Analysis analysis) {
        Document document = analysis.document();
        return columns(sentences(document), tokens(document), mentions(analysis.mentions()),
                errors(analysis.failures()));
    }

    /** The four analysis columns of a row without text: empty arrays. */
    static InternalRow empty() {
        return columns(NONE, NONE, NONE, NONE);
    }

    /** The four analysis columns of a row that was not analyzed: null results and one error. */
    static InternalRow failed(String extractor, String error, String message) {
        return columns(null, null, null, new GenericArrayData(new Object[] {
            error(extractor, error, message)}));
    }

    private static InternalRow columns(ArrayData sentences, ArrayData tokens, ArrayData mentions,
                                       ArrayData errors) {
        return new GenericInternalRow(new Object[] {sentences, tokens, mentions, errors});
    }

    private static ArrayData sentences(Document document) {
        List<Sentence> sentences = document.select(Layers.SENTENCES);
        Object[] rows = new Object[sentences.size()];
        for (int i = 0; i < rows.length; i++) {
            Sentence s = sentences.get(i);
            rows[i] = new GenericInternalRow(new Object[] {s.start(), s.end()});
        }
        return new GenericArrayData(rows);
    }

    private static ArrayData tokens(Document document) {
        List<Token> tokens = document.select(Layers.TOKENS);
        boolean hasWords = document.hasLayer(Layers.WORDS.name());
        Object[] rows = new Object[tokens.size()];
        for (int i = 0; i < rows.length; i++) {
            Token t = tokens.get(i);
            ArrayData words = hasWords ? words(document.selectCovered(Layers.WORDS, t)) : NONE;
            rows[i] = new GenericInternalRow(new Object[] {t.start(), t.end(), string(t.text()),
                string(t.norm()), string(t.kind().label()), words});
        }
        return new GenericArrayData(rows);
    }

    private static ArrayData words(List<Word> words) {
        Object[] rows = new Object[words.size()];
        for (int i = 0; i < rows.length; i++) {
            Word w = words.get(i);
            rows[i] = new GenericInternalRow(new Object[] {w.start(), w.end(), string(w.form()),
                string(w.role().label()), w.repaired()});
        }
        return new GenericArrayData(rows);
    }

    /** {@code array<MENTION>} of the mentions, the type of {@link QalamSchema#MENTIONS_TYPE}. */
    static ArrayData mentions(List<Mention> mentions) {
        Object[] rows = new Object[mentions.size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = mention(mentions.get(i));
        }
        return new GenericArrayData(rows);
    }

    private static InternalRow mention(Mention m) {
        Double confidence = m.confidence().isPresent() ? m.confidence().getAsDouble() : null;
        return new GenericInternalRow(new Object[] {string(m.type()), m.start(), m.end(),
            string(m.text()), string(m.value()), string(m.source()), confidence,
            map(m.sortedAttributes())});
    }

    private static ArrayData errors(List<StepFailure> failures) {
        Object[] rows = new Object[failures.size()];
        for (int i = 0; i < rows.length; i++) {
            StepFailure f = failures.get(i);
            rows[i] = error(f.extractor(), f.error(), f.message());
        }
        return new GenericArrayData(rows);
    }

    private static InternalRow error(String extractor, String error, String message) {
        return new GenericInternalRow(new Object[] {string(extractor), string(error),
            string(message)});
    }

    private static ArrayBasedMapData map(Map<String, String> map) {
        Object[] keys = new Object[map.size()];
        Object[] values = new Object[map.size()];
        int i = 0;
        for (Map.Entry<String, String> entry : map.entrySet()) {
            keys[i] = string(entry.getKey());
            values[i] = string(entry.getValue());
            i++;
        }
        return new ArrayBasedMapData(new GenericArrayData(keys), new GenericArrayData(values));
    }

    /** The string as Spark holds it; null stays null (only {@code message} may be null). */
    private static UTF8String string(String value) {
        return UTF8String.fromString(value);
    }
}
