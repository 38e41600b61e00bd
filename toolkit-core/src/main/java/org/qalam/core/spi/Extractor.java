package org.qalam.core.spi;

import java.util.List;
import org.qalam.core.model.Document;
import org.qalam.core.model.Mention;

/**
 * One pipeline step. A mention extractor overrides {@link #extract}; an annotator, such as the
 * tokenizer, overrides {@link #annotate} to add layers. Implementations are stateless and
 * thread-safe: one instance serves every document and every thread.
 */
public interface Extractor {

    /**
     * Adds layers to the document and returns the result; the default adds nothing. The text must
     * stay the same: the pipeline rejects a document whose text changed.
     */
    default Document annotate(Document document) {
        return document;
    }

    /** The mentions this step finds in the document; the default finds none. */
    default List<Mention> extract(Document document, ExtractionContext context) {
        return List.of();
    }
}
