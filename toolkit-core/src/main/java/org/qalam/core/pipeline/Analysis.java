package org.qalam.core.pipeline;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.qalam.core.model.Document;
import org.qalam.core.model.Layers;
import org.qalam.core.model.Mention;

/**
 * What a pipeline made of one document: the annotated document and the steps that failed on it.
 */
public record Analysis(Document document, List<StepFailure> failures) {

    /** Copies the failures. */
    public Analysis {
        requireNonNull(document, "document");
        failures = List.copyOf(failures);
    }

    /** The mentions every extractor found, in span order. */
    public List<Mention> mentions() {
        return document.select(Layers.MENTIONS);
    }

    /** Whether every step succeeded. */
    public boolean isComplete() {
        return failures.isEmpty();
    }
}
