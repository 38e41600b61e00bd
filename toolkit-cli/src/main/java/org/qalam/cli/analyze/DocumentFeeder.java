package org.qalam.cli.analyze;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
        for (LineReader.Line line = reader.next(); line != null; line = reader.next()) {
            LineReader.Line read = line;
            String id = source.name() + ":" + line.number();
            switch (line.status()) {
                case TOO_LONG -> runner.event(() -> {
                    reporter.stats().consumed(read.byteLength());
                    reporter.fail(id + ": line of " + read.byteLength() + " bytes is above "
                            + "--max-document-size " + maxDocumentBytes + ", skipped");
                });
                case INVALID -> runner.event(() -> {
                    reporter.stats().consumed(read.byteLength());
                    reporter.stats().skipped();
                });
                case REPLACED, OK -> {
                    if (line.status() == LineReader.Line.Status.REPLACED) {
                        runner.event(reporter.stats()::replaced);
                    }
                    if (line.text().isBlank()) {
                        runner.event(() -> reporter.stats().consumed(read.byteLength()));
                    } else {
                        submit(Document.of(id, line.text()), line.byteLength(), sink);
                    }
                }
                default -> throw new IllegalStateException(line.status().toString());
            }
            if (reader.wouldBlock()) {
                // The producer (a pipe, a terminal) went quiet: show what is done so far.
                runner.drain();
                sink.flush();
            }
        }
    }

    private void submit(Document document, long inputBytes, Sink sink) {
        DocumentWork work = new DocumentWork(pipeline, formatter, document, inputBytes);
        runner.submit(work, inputBytes, outcome -> {
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
        });
    }
}
