package org.qalam.cli.analyze;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.qalam.cli.format.DocumentFormatter;
import org.qalam.cli.io.InputSource;
import org.qalam.cli.io.InvalidUtf8Action;
import org.qalam.cli.io.LineReader;
import org.qalam.cli.io.Utf8;
import org.qalam.core.model.Document;
import org.qalam.core.pipeline.Pipeline;
import org.qalam.core.pipeline.StepFailure;

/**
 * Turns one input into documents (the whole input, or each non-empty line) and hands them to the
 * runner, with their results bound for a sink. Invalid UTF-8, oversized documents and failed
 * or timed-out extractors become messages and counts, in input order; a step skipped because a
 * step it needs failed is a message only.
 */
final class DocumentFeeder {

    /** Lines analyzed together, at most. */
    static final int BATCH_DOCUMENTS = 32;
    /** Input bytes analyzed together, at most (a batch closes at the line that passes it). */
    static final long BATCH_BYTES = 64 * 1024;

    private final Pipeline pipeline;
    private final DocumentFormatter formatter;
    private final OrderedRunner runner;
    private final Reporter reporter;
    private final InvalidUtf8Action onInvalid;
    private final long maxDocumentBytes;

    DocumentFeeder(Pipeline pipeline, DocumentFormatter formatter, OrderedRunner runner,
                   Reporter reporter, InvalidUtf8Action onInvalid, long maxDocumentBytes) {
        this.pipeline = pipeline;
        this.formatter = formatter;
        this.runner = runner;
        this.reporter = reporter;
        this.onInvalid = onInvalid;
        this.maxDocumentBytes = maxDocumentBytes;
    }

    /**
     * Reads {@code in} whole as one document, with id the source name.
     *
     * @throws org.qalam.cli.io.InvalidInputException for invalid UTF-8 when the action is FAIL
     */
    void whole(InputSource source, InputStream in, Sink sink) throws IOException {
        long size = source.size();
        byte[] bytes = size > maxDocumentBytes ? null : in.readNBytes((int) maxDocumentBytes + 1);
        if (bytes == null || bytes.length > maxDocumentBytes) {
            String shown = size > 0 ? size + " bytes" : "more than " + maxDocumentBytes + " bytes";
            runner.event(() -> reporter.fail(source.name() + ": " + shown
                    + " is above --max-document-size " + maxDocumentBytes
                    + "; use --lines or raise the limit"));
            return;
        }
        String text;
        if (onInvalid == InvalidUtf8Action.FAIL) {
            text = Utf8.decode(bytes, 0, bytes.length, source.name(), 0);
        } else {
            Utf8.Decoded decoded = Utf8.decodeReplacing(bytes, 0, bytes.length);
            if (decoded.replaced() && onInvalid == InvalidUtf8Action.SKIP) {
                runner.event(() -> {
                    reporter.stats().skipped();
                    reporter.stats().consumed(bytes.length);
                    reporter.warn(source.name() + ": invalid UTF-8, skipped");
                });
                return;
            }
            if (decoded.replaced()) {
                runner.event(reporter.stats()::replaced);
            }
            text = decoded.text();
        }
        submit(Document.of(source.name(), text), bytes.length, sink);
    }

    /**
     * Reads {@code in} line by line, each non-empty line a document with id
     * {@code source:line}, in bounded memory.
     *
     * @throws org.qalam.cli.io.InvalidInputException for invalid UTF-8 when the action is FAIL
     */
    void lines(InputSource source, InputStream in, Sink sink) throws IOException {
        LineReader reader = new LineReader(in, source.name(), onInvalid, maxDocumentBytes);
        LineBatch batch = new LineBatch();
        for (LineReader.Line line = next(reader, batch, sink); line != null;
                line = next(reader, batch, sink)) {
            LineReader.Line read = line;
            String id = source.name() + ":" + line.number();
            switch (line.status()) {
                case TOO_LONG -> batch.event(() -> {
                    reporter.stats().consumed(read.byteLength());
                    reporter.fail(id + ": line of " + read.byteLength() + " bytes is above "
                            + "--max-document-size " + maxDocumentBytes + ", skipped");
                });
                case INVALID -> batch.event(() -> {
                    reporter.stats().consumed(read.byteLength());
                    reporter.stats().skipped();
                });
                case REPLACED, OK -> {
                    if (line.status() == LineReader.Line.Status.REPLACED) {
                        batch.event(reporter.stats()::replaced);
                    }
                    if (line.text().isBlank()) {
                        batch.event(() -> reporter.stats().consumed(read.byteLength()));
                    } else {
                        batch.add(Document.of(id, line.text()), line.byteLength());
                        if (batch.isFull()) {
                            batch.submit(sink);
                        }
                    }
                }
                default -> throw new IllegalStateException(line.status().toString());
            }
            if (reader.wouldBlock()) {
                // The producer (a pipe, a terminal) went quiet: show what is done so far.
                batch.submit(sink);
                runner.drain();
                sink.flush();
            }
        }
        batch.submit(sink);
    }

    /** The next line; when the input cannot be read on, the lines before are handed over first. */
    private static LineReader.Line next(LineReader reader, LineBatch batch, Sink sink)
            throws IOException {
        try {
            return reader.next();
        } catch (IOException | RuntimeException e) {
            batch.submit(sink);
            throw e;
        }
    }

    private void submit(Document document, long inputBytes, Sink sink) {
        DocumentWork work = new DocumentWork(pipeline, formatter, document, inputBytes);
        runner.submit(work, inputBytes, outcome -> write(outcome, sink));
    }

    private void write(DocumentWork.Outcome outcome, Sink sink) {
        sink.startDocument();
        if (outcome.rendered() != null) {
            sink.write(outcome.rendered());
        } else {
            try {
                formatter.write(outcome.analysis(), sink.writer());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write output: " + e.getMessage(), e);
            }
        }
        reporter.stats().document(outcome.inputBytes(), outcome.tokens(),
                outcome.mentionTypes());
        for (StepFailure failure : outcome.failures()) {
            if (StepFailure.SKIPPED.equals(failure.error())) {
                // Its cause, the failed step it needs, is reported and counted already.
                reporter.consequence(outcome.id() + ": extractor " + failure);
            } else {
                reporter.fail(outcome.id() + ": "
                        + (DocumentWork.QALAM_STEP.equals(failure.extractor())
                        ? "analysis failed: " + failure.error() + ": " + failure.message()
                        : "extractor " + failure));
            }
        }
        reporter.tick();
    }

    /**
     * Lines read but not yet handed to the runner: documents, and the events between them, in
     * input order. Short lines are analyzed {@value #BATCH_DOCUMENTS} at a time (one thread
     * handoff in the pipeline per batch instead of per line).
     */
    private final class LineBatch {
        private final List<Document> documents = new ArrayList<>();
        private final List<Long> bytes = new ArrayList<>();
        /** Events by the number of documents before them. */
        private final List<Map.Entry<Integer, Runnable>> events = new ArrayList<>();
        private long totalBytes;

        void add(Document document, long inputBytes) {
            documents.add(document);
            bytes.add(inputBytes);
            totalBytes += inputBytes;
        }

        void event(Runnable action) {
            if (documents.isEmpty()) {
                runner.event(action);
            } else {
                events.add(Map.entry(documents.size(), action));
            }
        }

        boolean isFull() {
            return documents.size() >= BATCH_DOCUMENTS || totalBytes >= BATCH_BYTES;
        }

        void submit(Sink sink) {
            if (documents.isEmpty()) {
                return;
            }
            List<Map.Entry<Integer, Runnable>> between = List.copyOf(events);
            DocumentBatchWork work = new DocumentBatchWork(pipeline, formatter,
                    List.copyOf(documents), List.copyOf(bytes));
            runner.submit(work, totalBytes, outcomes -> {
                int next = 0;
                for (int i = 0; i < outcomes.size(); i++) {
                    while (next < between.size() && between.get(next).getKey() == i) {
                        between.get(next++).getValue().run();
                    }
                    write(outcomes.get(i), sink);
                }
                while (next < between.size()) {
                    between.get(next++).getValue().run();
                }
            });
            documents.clear();
            bytes.clear();
            events.clear();
            totalBytes = 0;
        }
    }
}
