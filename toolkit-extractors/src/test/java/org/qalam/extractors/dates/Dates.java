package org.qalam.extractors.dates;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.qalam.core.model.Document;
import org.qalam.core.model.Layers;
import org.qalam.core.model.Mention;
import org.qalam.core.model.Span;
import org.qalam.core.model.Token;
import org.qalam.core.model.TokenKind;
import org.qalam.core.pipeline.Pipeline;
import org.qalam.core.registry.ExtractorRegistry;
import org.qalam.core.spi.Extractor;
import org.qalam.core.spi.ExtractorApi;
import org.qalam.core.spi.ExtractorConfig;
import org.qalam.core.spi.ExtractorProvider;
import org.qalam.core.spi.ReferenceTime;

/** Runs the {@code dates} extractor through the library pipeline with a fixed reference time. */
final class Dates {

    private Dates() {
    }

    /** A pipeline of {@code dates} and the tokenizer it requires, resolving against {@code reference}. */
    static Pipeline pipeline(ZonedDateTime reference) {
        ExtractorRegistry registry = ExtractorRegistry.load(Dates.class.getClassLoader());
        boolean tokenizer = registry.providers().stream()
                .anyMatch(p -> p.provider().produces().contains(Layers.TOKENS.name()));
        if (!tokenizer) {
            registry = ExtractorRegistry.of(new DatesProvider(), new SpaceTokens());
        }
        return Pipeline.builder(registry).use("dates")
                .referenceTime(ReferenceTime.of(reference)).build();
    }

    /** The date mentions of {@code text}. */
    static List<Mention> find(Pipeline pipeline, String text) {
        List<Mention> dates = new ArrayList<>();
        for (Mention mention : pipeline.analyze(text).mentions()) {
            if (mention.type().equals("date")) {
                dates.add(mention);
            }
        }
        return dates;
    }

    /** The longest date mention of {@code text}. */
    static Optional<Mention> longest(Pipeline pipeline, String text) {
        return find(pipeline, text).stream()
                .max(Comparator.comparingInt((Mention m) -> m.span().length()));
    }

    /** Stand-in tokenizer while the Arabic tokenizer is not on the class path: splits on spaces. */
    static final class SpaceTokens implements ExtractorProvider {
        @Override
        public String name() {
            return "tokens";
        }

        @Override
        public int apiVersion() {
            return ExtractorApi.VERSION;
        }

        @Override
        public Set<String> produces() {
            return Set.of(Layers.TOKENS.name());
        }

        @Override
        public Extractor create(ExtractorConfig config) {
            return new Extractor() {
                @Override
                public Document annotate(Document document) {
                    List<Token> tokens = new ArrayList<>();
                    String text = document.text();
                    int i = 0;
                    while (i < text.length()) {
                        if (Character.isWhitespace(text.charAt(i))) {
                            i++;
                            continue;
                        }
                        int start = i;
                        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                            i++;
                        }
                        String word = text.substring(start, i);
                        tokens.add(Token.of(Span.of(start, i), word, word, TokenKind.WORD));
                    }
                    return document.withLayer(Layers.TOKENS, tokens);
                }
            };
        }
    }
}
