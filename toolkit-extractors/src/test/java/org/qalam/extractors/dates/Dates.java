package org.qalam.extractors.dates;

import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.qalam.core.model.Mention;
import org.qalam.core.pipeline.Analysis;
import org.qalam.core.pipeline.Pipeline;
import org.qalam.core.spi.ReferenceTime;
import org.qalam.extractors.testing.Steps;

/** Runs the {@code dates} extractor through the library pipeline with a fixed reference time. */
public final class Dates {

    private Dates() {
    }

    /** A pipeline of {@code dates} and the tokenizer it requires (found by the registry), resolving against {@code reference}. */
    public static Pipeline pipeline(ZonedDateTime reference) {
        return Steps.pipeline("dates").referenceTime(ReferenceTime.of(reference)).build();
    }

    /** The date mentions of {@code text}; fails when a step failed. */
    public static List<Mention> find(Pipeline pipeline, String text) {
        return Steps.mentions(pipeline, DatesExtractor.TYPE, text);
    }

    /** The one date mention of {@code text}; fails when there is none or more. */
    public static Mention only(Pipeline pipeline, String text) {
        return Steps.only(pipeline, DatesExtractor.TYPE, text);
    }

    /** The longest mention of {@code type} (date, duration) in {@code text}. */
    public static Optional<Mention> longest(Pipeline pipeline, String text, String type) {
        Analysis analysis = pipeline.analyze(text);
        return analysis.mentions().stream().filter(m -> m.type().equals(type))
                .max(Comparator.comparingInt((Mention m) -> m.span().length()));
    }

    /** The longest date mention of {@code text}. */
    public static Optional<Mention> longest(Pipeline pipeline, String text) {
        return find(pipeline, text).stream()
                .max(Comparator.comparingInt((Mention m) -> m.span().length()));
    }
}
