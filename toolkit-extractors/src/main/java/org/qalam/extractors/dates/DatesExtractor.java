package org.qalam.extractors.dates;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.qalam.core.model.Document;
import org.qalam.core.model.Layers;
import org.qalam.core.model.Mention;
import org.qalam.core.spi.ExtractionContext;
import org.qalam.core.spi.Extractor;

/**
 * Finds date and time expressions in the tokens of a document and resolves them against the
 * context's reference time. Stateless and thread-safe.
 */
final class DatesExtractor implements Extractor {

    static final String TYPE = "date";

    /** The mention type of a length of time: ثلاث ساعات is PT3H. */
    static final String DURATION = "duration";

    private final DateSettings settings;

    DatesExtractor(DateSettings settings) {
        this.settings = settings;
    }

    @Override
    public List<Mention> extract(Document document, ExtractionContext context) {
        List<Atom> atoms = Atoms.of(document.text(), document.select(Layers.TOKENS),
                document.select(Layers.WORDS));
        ZonedDateTime reference = settings.reference(context.referenceTime().dateTime());
        Grammar grammar = new Grammar(atoms, reference, settings);
        List<Mention> mentions = new ArrayList<>();
        for (Grammar.Match match : grammar.matches()) {
            int start = atoms.get(match.start()).start();
            int end = atoms.get(match.end() - 1).end();
            mentions.add(match.duration() != null
                    ? Mention.builder(document, DURATION, start, end).value(match.duration()).build()
                    : mention(Mention.builder(document, TYPE, start, end), match));
        }
        return mentions;
    }

    private static Mention mention(Mention.Builder builder, Grammar.Match match) {
        DateValue value = match.value();
        if (value == null) {
            return builder.value(match.unresolved())
                    .attribute("calendar", "hijri")
                    .attribute("hijri", match.unresolved())
                    .attribute("resolved", "false")
                    .attribute("problem", match.problem())
                    .build();
        }
        builder.value(value.iso())
                .attribute("grain", value.grain().label())
                .attribute("calendar", value.calendar().name().toLowerCase(java.util.Locale.ROOT))
                .attribute("relative", Boolean.toString(value.relative()));
        if (value.open() != DateValue.Open.NONE) {
            builder.attribute("open", value.open().name().toLowerCase(java.util.Locale.ROOT));
        }
        value.hijri().ifPresent(hijri -> builder.attribute("hijri", hijri));
        value.holiday().ifPresent(holiday -> builder.attribute("holiday", holiday));
        return builder.build();
    }
}
