package org.qalam.extractors.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.qalam.core.model.Document;
import org.qalam.core.model.Mention;
import org.qalam.core.spi.ExtractionContext;
import org.qalam.core.spi.Extractor;

/**
 * Finds persons, locations and organizations in a tokenized, word-segmented document.
 *
 * <p>A trained sequence tagger decides, with the gazetteers and context rules as its features;
 * names the rules find where the tagger found nothing are added. Each mention's span lies on the
 * original text and follows the one span rule of
 * {@link org.qalam.core.model.CliticGroup#coreSpan()} (وروسيا → روسيا; للأمم المتحدة → لأمم
 * المتحدة, the second ل realizing ال); its {@code value} is the name without diacritics or
 * clitics; attribute {@code method} says whether the {@code model}, a {@code gazetteer} or a
 * {@code rule} found it. Stateless and thread-safe.
 */
public final class EntityExtractor implements Extractor {

    /** The attribute naming what found a mention: {@code model}, {@code gazetteer} or {@code rule}. */
    public static final String METHOD = "method";

    private final EntityModel model;
    private final Recognizer recognizer;
    private final Optional<ModelTagging> tagging;

    EntityExtractor(EntityModel model, Optional<SequenceTagger> tagger) {
        this.model = model;
        this.recognizer = new Recognizer(model);
        this.tagging = tagger.map(t -> new ModelTagging(model, t));
    }

    @Override
    public List<Mention> extract(Document document, ExtractionContext context) {
        List<Unit> units = Units.of(document, model);
        Chart chart = recognizer.chart(units);
        List<Found> rules = recognizer.recognize(chart);
        List<Found> found = NameLetters.restore(tagging.isEmpty()
                ? Combination.rulesAlone(rules, chart)
                : Combination.merge(tagging.get().entities(document.text(), chart, rules), rules,
                        chart), chart);
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
