package org.qalam.cli.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.qalam.cli.format.DocumentFormatter;
import org.qalam.core.model.Document;
import org.qalam.core.pipeline.Analysis;
import org.qalam.core.pipeline.Pipeline;

/**
 * A few short documents analyzed together ({@link Pipeline#analyzeAll}) and rendered, with one
 * outcome per document in order.
 *
 * <p>Why together: with a step time limit the pipeline hands work to a watched thread, and one
 * handoff per batch of lines instead of per line keeps both cores busy. If the batch fails
 * outside every step's own isolation, each document is analyzed alone, so that the failure stays
 * with the document that caused it.
 */
record DocumentBatchWork(Pipeline pipeline, DocumentFormatter formatter, List<Document> documents,
                         List<Long> inputBytes) implements Callable<List<DocumentWork.Outcome>> {

    @Override
    public List<DocumentWork.Outcome> call() {
        List<Analysis> analyses;
        try {
            analyses = pipeline.analyzeAll(documents);
        } catch (RuntimeException | StackOverflowError | LinkageError | OutOfMemoryError e) {
            analyses = null;
        }
        List<DocumentWork.Outcome> outcomes = new ArrayList<>(documents.size());
        for (int i = 0; i < documents.size(); i++) {
            DocumentWork work = new DocumentWork(pipeline, formatter, documents.get(i),
                    inputBytes.get(i));
            outcomes.add(analyses == null ? work.call() : work.outcome(analyses.get(i)));
        }
        return outcomes;
    }
}
