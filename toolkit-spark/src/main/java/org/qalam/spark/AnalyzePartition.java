package org.qalam.spark;

import java.util.Iterator;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.qalam.core.model.Document;
import org.qalam.core.pipeline.Analysis;
import org.qalam.core.pipeline.Pipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Analyzes the rows of one partition with the executor's cached pipeline and appends the
 * {@link QalamSchema} columns to each.
 *
 * <p>Why per partition: the pipeline is fetched once per task from {@link ExecutorPipelines};
 * the function itself carries only the options, the column index and the counters. A row that
 * cannot be analyzed gets an {@code errors} entry, never fails the task.
 */
final class AnalyzePartition implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(AnalyzePartition.class);

    private final QalamOptions options;
    private final int textIndex;
    private final QalamCounters counters;

    AnalyzePartition(QalamOptions options, int textIndex, QalamCounters counters) {
        this.options = options;
        this.textIndex = textIndex;
        this.counters = counters;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        Pipeline pipeline = ExecutorPipelines.get(options);
        TaskContext task = TaskContext.get();
        String prefix = "row-" + (task == null ? 0 : task.partitionId()) + "-";
        return new Iterator<>() {
            private long index;

            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                Row row = rows.next();
                return analyze(pipeline, row, prefix + index++);
            }
        };
    }

    private Row analyze(Pipeline pipeline, Row row, String id) {
        String text = row.isNullAt(textIndex) ? null : row.getString(textIndex);
        Object[] values = new Object[row.length() + 4];
        for (int i = 0; i < row.length(); i++) {
            values[i] = row.get(i);
        }
        int at = row.length();
        if (text == null) {
            fill(values, at, AnalysisRows.none(), AnalysisRows.none(), AnalysisRows.none(),
                    AnalysisRows.none());
            counters.row(0, false, false, false);
        } else if (text.length() > options.maxChars()) {
            fill(values, at, null, null, null, new Object[] {AnalysisRows.error(
                    QalamSchema.QALAM_STEP, QalamSchema.TOO_LARGE, text.length()
                            + " chars, more than maxChars " + options.maxChars()
                            + "; not analyzed")});
            counters.row(text.length(), false, true, true);
        } else {
            try {
                Analysis analysis = pipeline.analyze(Document.of(id, text));
                fill(values, at, AnalysisRows.sentences(analysis.document()),
                        AnalysisRows.tokens(analysis.document()),
                        AnalysisRows.mentions(analysis.mentions()),
                        AnalysisRows.errors(analysis.failures()));
                counters.row(text.length(), true, !analysis.failures().isEmpty(), false);
            } catch (RuntimeException | StackOverflowError | LinkageError e) {
                LOG.warn("qalam: row {} ({} chars) could not be analyzed", id, text.length(), e);
                fill(values, at, null, null, null, new Object[] {AnalysisRows.error(
                        QalamSchema.QALAM_STEP, e.getClass().getName(), String.valueOf(
                                e.getMessage()))});
                counters.row(text.length(), false, true, false);
            }
        }
        return RowFactory.create(values);
    }

    private static void fill(Object[] values, int at, Object sentences, Object tokens,
                             Object mentions, Object errors) {
        values[at] = sentences;
        values[at + 1] = tokens;
        values[at + 2] = mentions;
        values[at + 3] = errors;
    }
}
