package org.qalam.core.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.qalam.core.model.Document;
import org.qalam.core.model.Mention;
import org.qalam.core.spi.ExtractionContext;
import org.qalam.core.spi.Extractor;
import org.qalam.core.spi.ExtractorProvider;

/** A provider's name together with the extractor it created, as the pipeline runs it. */
record Step(String name, ExtractorProvider provider, Extractor extractor) {

    /** What this step supplies to later steps: the layers it writes and the types it emits. */
    Set<String> supplies() {
        Set<String> supplies = new HashSet<>(provider.writes());
        supplies.addAll(provider.emits());
        return supplies;
    }

    /**
     * Runs the step on {@code document}: its annotations, then its mentions credited to it.
     *
     * @throws IllegalStateException when the step changed the text, wrote a layer or emitted a
     *     mention type it does not declare, or returned null
     */
    Document run(Document document, ExtractionContext context) {
        Document annotated = extractor.annotate(document);
        if (annotated == null || !annotated.text().equals(document.text())) {
            throw new IllegalStateException("step '" + name
                    + "' returned a document with other text; annotators must only add layers");
        }
        for (String layer : annotated.layersChangedSince(document)) {
            if (!provider.writes().contains(layer)) {
                throw new IllegalStateException("step '" + name + "' wrote layer '" + layer
                        + "', which its provider does not declare in writes() " + provider.writes());
            }
        }
        List<Mention> found = extractor.extract(annotated, context);
        if (found == null) {
            throw new IllegalStateException("step '" + name + "' returned null mentions");
        }
        if (found.isEmpty()) {
            return annotated;
        }
        Mention[] credited = new Mention[found.size()];
        for (int i = 0; i < credited.length; i++) {
            Mention mention = found.get(i);
            if (!provider.emits().contains(mention.type())) {
                throw new IllegalStateException("step '" + name + "' emitted a mention of type '"
                        + mention.type() + "', which its provider does not declare in emits() "
                        + provider.emits());
            }
            credited[i] = mention.withSource(name);
        }
        return annotated.withMentions(List.of(credited));
    }
}
