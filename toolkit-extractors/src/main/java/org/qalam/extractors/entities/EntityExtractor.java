package org.qalam.extractors.entities;

import java.util.ArrayList;
import java.util.List;
import org.qalam.core.model.Document;
import org.qalam.core.model.Mention;
import org.qalam.core.spi.ExtractionContext;
import org.qalam.core.spi.Extractor;

/**
 * Finds persons, locations and organizations in a tokenized, word-segmented document.
 *
 * <p>Each mention's span lies on the original text and follows the one span rule of
 * {@link org.qalam.core.model.CliticGroup#coreSpan()} (وروسيا → روسيا; للأمم المتحدة → لأمم
 * المتحدة, the second ل realizing ال); its {@code value} is the name
 * without diacritics or clitics; attribute {@code method} says whether a {@code gazetteer} or a
 * {@code rule} found it. Stateless and thread-safe.
 */
public final class EntityExtractor implements Extractor {

    /** The attribute naming what found a mention: {@code gazetteer} or {@code rule}. */
    public static final String METHOD = "method";

    private final EntityModel model;
    private final Recognizer recognizer;

    EntityExtractor(EntityModel model) {
        this.model = model;
        this.recognizer = new Recognizer(model);
    }

    @Override
    public List<Mention> extract(Document document, ExtractionContext context) {
        List<Unit> units = Units.of(document, model);
        List<Found> found = recognizer.recognize(units);
        List<Mention> mentions = new ArrayList<>(found.size());
        for (Found entity : found) {
            int end = units.get(entity.last()).end();
            mentions.add(Mention.builder(document, entity.type().label(), entity.start(), end)
                    .value(Recognizer.value(entity, units))
                    .attribute(METHOD, entity.method())
                    .build());
        }
        return mentions;
    }
}
