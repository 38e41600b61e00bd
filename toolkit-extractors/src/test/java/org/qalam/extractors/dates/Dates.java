package org.qalam.extractors.dates;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.qalam.core.model.Mention;
import org.qalam.core.pipeline.Analysis;
import org.qalam.core.pipeline.Pipeline;
import org.qalam.core.registry.ExtractorRegistry;
import org.qalam.core.spi.ReferenceTime;

/** Runs the {@code dates} extractor through the library pipeline with a fixed reference time. */
public final class Dates {

    private Dates() {
    }

    /** A pipeline of {@code dates} and the tokenizer it requires (found by the registry), resolving against {@code reference}. */
    public static Pipeline pipeline(ZonedDateTime reference) {
        ExtractorRegistry registry = ExtractorRegistry.load(Dates.class.getClassLoader());
        return Pipeline.builder(registry).use("dates")
                .referenceTime(ReferenceTime.of(reference)).build();
    }

    /** The date mentions of {@code text}. */
    public static List<Mention> find(Pipeline pipeline, String text) {
        Analysis analysis = pipeline.analyze(text);
        if (!analysis.isComplete()) {
            throw new AssertionError("a step failed on '" + text + "': " + analysis.failures());
        }
        List<Mention> dates = new ArrayList<>();
        for (Mention mention : analysis.mentions()) {
            if (mention.type().equals("date")) {
                dates.add(mention);
            }
        }
        return dates;
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
