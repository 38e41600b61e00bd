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

    @Override
    public Outcome call() {
        try {
            Analysis analysis = pipeline.analyze(document);
            return new Outcome(document.id(), formatter.format(analysis), inputBytes,
                    analysis.document().select(Layers.TOKENS).size(),
                    analysis.mentions().stream().map(Mention::type).toList(),
                    analysis.failures());
        } catch (RuntimeException | StackOverflowError | LinkageError | OutOfMemoryError e) {
            // The analysis of this document is garbage now, so memory is back for the others.
            String message = e instanceof OutOfMemoryError
                    ? "out of memory on a document of " + document.text().length() + " chars; "
                    + "lower --max-document-size or raise -Xmx (QALAM_JAVA_OPTS)"
                    : e.getMessage() == null ? "" : e.getMessage();
            StepFailure failure = new StepFailure(QALAM_STEP, e.getClass().getName(), message);
            Analysis bare = new Analysis(Document.of(document.id(), document.text()),
                    List.of(failure));
            return new Outcome(document.id(), formatter.format(bare), inputBytes, 0, List.of(),
                    List.of(failure));
        }
    }

    /** A rendered document and what the summary needs to know about it. */
    record Outcome(String id, String rendered, long inputBytes, int tokens,
                   List<String> mentionTypes, List<StepFailure> failures) {
    }
}
