package org.qalam.cli.analyze;

import java.util.List;
import java.util.concurrent.Callable;
import org.qalam.cli.format.DocumentFormatter;
import org.qalam.core.model.Document;
import org.qalam.core.model.Layers;
import org.qalam.core.model.Mention;
import org.qalam.core.pipeline.Analysis;
import org.qalam.core.pipeline.Pipeline;
import org.qalam.core.pipeline.StepFailure;

/**
 * Analyzes and renders one document on a worker thread. It never throws: should the pipeline or
 * the formatter fail outside the pipeline's own per-step isolation, the document is still
 * written, without annotations and with the error, so no other document's result is lost and
 * every input document keeps its place in the output.
 */
record DocumentWork(Pipeline pipeline, DocumentFormatter formatter, Document document,
                    long inputBytes) implements Callable<DocumentWork.Outcome> {

    /** Name under which a failure outside every extractor is reported. */
    static final String QALAM_STEP = "qalam";

    /**
     * Documents longer than this many chars are rendered by the writing thread straight into
     * the output, so that a large document never exists twice in memory (analysis and text).
     */
    static final int STREAMED_ABOVE = 1 << 20;

    @Override
    public Outcome call() {
        try {
            return outcome(pipeline.analyze(document));
        } catch (RuntimeException | StackOverflowError | LinkageError | OutOfMemoryError e) {
            // The analysis of this document is garbage now, so memory is back for the others.
            String message = e instanceof OutOfMemoryError
                    ? "out of memory on a document of " + document.text().length() + " chars; "
                    + "lower --max-document-size or raise -Xmx (QALAM_JAVA_OPTS)"
                    : e.getMessage() == null ? "" : e.getMessage();
            StepFailure failure = new StepFailure(QALAM_STEP, e.getClass().getName(), message);
            return outcome(new Analysis(Document.of(document.id(), document.text()),
                    List.of(failure)));
        }
    }

    /** The outcome of {@code analysis}, the analysis of this work's document. */
    Outcome outcome(Analysis analysis) {
        boolean streamed = document.text().length() > STREAMED_ABOVE;
        return new Outcome(analysis, streamed ? null : formatter.format(analysis), inputBytes);
    }

    /**
     * An analysis, rendered unless it is to be streamed, and the input bytes it came from.
     *
     * @param rendered the formatted text, or {@code null} when the writer formats it
     */
    record Outcome(Analysis analysis, String rendered, long inputBytes) {

        /** The document id. */
        String id() {
            return analysis.document().id();
        }

        /** Tokens found. */
        int tokens() {
            return analysis.document().select(Layers.TOKENS).size();
        }

        /** Types of the mentions found, one per mention. */
        List<String> mentionTypes() {
            return analysis.mentions().stream().map(Mention::type).toList();
        }

        /** Steps that failed, and a {@code qalam} failure if the analysis itself did. */
        List<StepFailure> failures() {
            return analysis.failures();
        }
    }
}
