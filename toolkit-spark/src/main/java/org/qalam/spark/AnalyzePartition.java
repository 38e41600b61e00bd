package org.qalam.spark;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
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
 * the function itself carries only the options, the column index and the counters. Rows are
 * analyzed in small batches ({@link Pipeline#analyzeAll}), one thread handoff per batch. A row
 * that cannot be analyzed gets an {@code errors} entry, never fails the task.
 */
final class AnalyzePartition implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(AnalyzePartition.class);
    /** Rows analyzed together, at most. */
    static final int BATCH_ROWS = 64;
    /** Chars of text analyzed together, at most (a batch stops at the row that passes it). */
    static final int BATCH_CHARS = 1 << 20;

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
            private final ArrayDeque<Row> done = new ArrayDeque<>();
            private long index;

            @Override
            public boolean hasNext() {
                return !done.isEmpty() || rows.hasNext();
            }

            @Override
            public Row next() {
                if (done.isEmpty()) {
                    index = analyzeBatch(pipeline, rows, prefix, index, done);
                }
                return done.remove();
            }
        };
    }

    /**
     * Reads up to {@value #BATCH_ROWS} rows (or {@value #BATCH_CHARS} chars of text) and
     * analyzes them together, which hands them to the pipeline's worker once instead of once per
     * row; returns the next row index.
     */
    private long analyzeBatch(Pipeline pipeline, Iterator<Row> rows, String prefix, long index,
                              ArrayDeque<Row> done) {
        List<Row> batch = new ArrayList<>(BATCH_ROWS);
        List<Document> documents = new ArrayList<>(BATCH_ROWS);
        long chars = 0;
        long next = index;
        while (rows.hasNext() && batch.size() < BATCH_ROWS && chars < BATCH_CHARS) {
            Row row = rows.next();
            batch.add(row);
            String text = text(row);
            if (analyzable(text)) {
                documents.add(Document.of(prefix + next, text));
                chars += text.length();
            }
            next++;
        }
        List<Analysis> analyses = analyzeAll(pipeline, documents);
        int analyzed = 0;
        for (Row row : batch) {
            String text = text(row);
            if (analyzable(text)) {
                Document document = documents.get(analyzed);
                Analysis analysis = analyses == null ? null : analyses.get(analyzed);
                done.add(analysis == null ? analyze(pipeline, row, document) : row(row, analysis));
                analyzed++;
            } else {
                done.add(notAnalyzed(row, text));
            }
        }
        return next;
    }

    /** The analyses of the documents, or null when the list failed outside every step. */
    private static List<Analysis> analyzeAll(Pipeline pipeline, List<Document> documents) {
        try {
            return pipeline.analyzeAll(documents);
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            // One of them broke the analysis itself: each is retried alone to find which.
            return null;
        }
    }

    /** Whether a row's text is analyzed: present and within the size limit. */
    private boolean analyzable(String text) {
        return text != null && text.length() <= options.maxChars();
    }

    private String text(Row row) {
        return row.isNullAt(textIndex) ? null : row.getString(textIndex);
    }

    private Row notAnalyzed(Row row, String text) {
        Object[] values = copy(row);
        int at = row.length();
        if (text == null) {
            fill(values, at, AnalysisRows.none(), AnalysisRows.none(), AnalysisRows.none(),
                    AnalysisRows.none());
            counters.row(0, false, false, false);
        } else {
            fill(values, at, null, null, null, new Object[] {AnalysisRows.error(
                    QalamSchema.QALAM_STEP, QalamSchema.TOO_LARGE, text.length()
                            + " chars, more than maxChars " + options.maxChars()
                            + "; not analyzed")});
            counters.row(text.length(), false, true, true);
        }
        return RowFactory.create(values);
    }

    private Row analyze(Pipeline pipeline, Row row, Document document) {
        try {
            return row(row, pipeline.analyze(document));
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            LOG.warn("qalam: row {} ({} chars) could not be analyzed", document.id(),
                    document.text().length(), e);
            Object[] values = copy(row);
            fill(values, row.length(), null, null, null, new Object[] {AnalysisRows.error(
                    QalamSchema.QALAM_STEP, e.getClass().getName(), String.valueOf(
                            e.getMessage()))});
            counters.row(document.text().length(), false, true, false);
            return RowFactory.create(values);
        }
    }

    private Row row(Row row, Analysis analysis) {
        Object[] values = copy(row);
        fill(values, row.length(), AnalysisRows.sentences(analysis.document()),
                AnalysisRows.tokens(analysis.document()),
                AnalysisRows.mentions(analysis.mentions()),
                AnalysisRows.errors(analysis.failures()));
        counters.row(analysis.document().text().length(), true, !analysis.failures().isEmpty(),
                false);
        return RowFactory.create(values);
    }

    private static Object[] copy(Row row) {
        Object[] values = new Object[row.length() + 4];
        for (int i = 0; i < row.length(); i++) {
            values[i] = row.get(i);
        }
        return values;
    }

    private static void fill(Object[] values, int at, Object sentences, Object tokens,
                             Object mentions, Object errors) {
        values[at] = sentences;
        values[at + 1] = tokens;
        values[at + 2] = mentions;
        values[at + 3] = errors;
    }
}
