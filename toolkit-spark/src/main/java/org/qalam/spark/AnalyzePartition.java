package org.qalam.spark;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.JoinedRow;
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
 * that cannot be analyzed gets an {@code errors} entry, never fails the task. Rows come and go in
 * Spark's internal form ({@link InternalDatasets}): each input row is joined, unchanged, with the
 * four analysis columns ({@link AnalysisRows}).
 */
final class AnalyzePartition implements FlatMapFunction<Iterator<InternalRow>, InternalRow> {

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
    public Iterator<InternalRow> call(Iterator<InternalRow> rows) {
        Pipeline pipeline = ExecutorPipelines.get(options);
        TaskContext task = TaskContext.get();
        String prefix = "row-" + (task == null ? 0 : task.partitionId()) + "-";
        return new Iterator<>() {
            private final ArrayDeque<InternalRow> done = new ArrayDeque<>();
            private long index;

            @Override
            public boolean hasNext() {
                return !done.isEmpty() || rows.hasNext();
            }

            @Override
            public InternalRow next() {
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
    private long analyzeBatch(Pipeline pipeline, Iterator<InternalRow> rows, String prefix,
                              long index, ArrayDeque<InternalRow> done) {
        List<InternalRow> batch = new ArrayList<>(BATCH_ROWS);
        List<String> texts = new ArrayList<>(BATCH_ROWS);
        List<Document> documents = new ArrayList<>(BATCH_ROWS);
        long chars = 0;
        long next = index;
        while (rows.hasNext() && batch.size() < BATCH_ROWS && chars < BATCH_CHARS) {
            // The scan reuses its row object: the batch keeps copies.
            InternalRow row = rows.next().copy();
            String text = row.isNullAt(textIndex) ? null : row.getUTF8String(textIndex).toString();
            batch.add(row);
            texts.add(text);
            if (analyzable(text)) {
                documents.add(Document.of(prefix + next, text));
                chars += text.length();
            }
            next++;
        }
        List<Analysis> analyses = analyzeAll(pipeline, documents);
        int analyzed = 0;
        for (int i = 0; i < batch.size(); i++) {
            String text = texts.get(i);
            InternalRow columns;
            if (analyzable(text)) {
                Document document = documents.get(analyzed);
                Analysis analysis = analyses == null ? null : analyses.get(analyzed);
                columns = analysis == null ? analyze(pipeline, document) : analyzed(analysis);
                analyzed++;
            } else {
                columns = notAnalyzed(text);
            }
            done.add(new JoinedRow(batch.get(i), columns));
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

    private InternalRow notAnalyzed(String text) {
        if (text == null) {
            counters.row(0, false, false, false);
            return AnalysisRows.empty();
        }
        counters.row(text.length(), false, true, true);
        return AnalysisRows.failed(QalamSchema.QALAM_STEP, QalamSchema.TOO_LARGE, text.length()
                + " chars, more than maxChars " + options.maxChars() + "; not analyzed");
    }

    private InternalRow analyze(Pipeline pipeline, Document document) {
        try {
            return analyzed(pipeline.analyze(document));
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            LOG.warn("qalam: row {} ({} chars) could not be analyzed", document.id(),
                    document.text().length(), e);
            counters.row(document.text().length(), false, true, false);
            return AnalysisRows.failed(QalamSchema.QALAM_STEP, e.getClass().getName(),
                    String.valueOf(e.getMessage()));
        }
    }

    private InternalRow analyzed(Analysis analysis) {
        InternalRow columns = AnalysisRows.columns(analysis);
        counters.row(analysis.document().text().length(), true, !analysis.failures().isEmpty(),
                false);
        return columns;
    }
}
