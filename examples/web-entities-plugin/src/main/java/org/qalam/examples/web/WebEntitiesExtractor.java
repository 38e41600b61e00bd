package org.qalam.examples.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.qalam.core.model.CliticGroup;
import org.qalam.core.model.Document;
import org.qalam.core.model.Layers;
import org.qalam.core.model.Mention;
import org.qalam.core.model.Span;
import org.qalam.core.model.Token;
import org.qalam.core.model.Word;
import org.qalam.core.spi.ExtractionContext;
import org.qalam.core.spi.Extractor;

/**
 * Turns the tokenizer's {@code HASHTAG}, {@code MENTION} and {@code URL} tokens into mentions,
 * and a {@code number} mention followed by a metric word into an {@code engagement}:
 * {@code 12 ألف متابع} → 12000 followers. Stateless and thread-safe.
 *
 * <p>Why no regular expressions: the tokenizer already knows where a URL or a hashtag ends, and
 * the words layer already cut the clitics off {@code وبمشاهدات}, so the plugin reads both.
 */
final class WebEntitiesExtractor implements Extractor {

    static final String HASHTAG = "hashtag";
    static final String USER = "user";
    static final String URL = "url";
    static final String ENGAGEMENT = "engagement";

    private static final String NUMBER = "number";
    private static final String METRIC = "metric";

    private final BigDecimal minimum;

    WebEntitiesExtractor(long minimum) {
        this.minimum = BigDecimal.valueOf(minimum);
    }

    @Override
    public List<Mention> extract(Document document, ExtractionContext context) {
        List<Token> tokens = document.select(Layers.TOKENS);
        List<Mention> found = new ArrayList<>();
        for (Token token : tokens) {
            switch (token.kind()) {
                case HASHTAG -> found.add(Mention.builder(document, HASHTAG, token.start(),
                        token.end()).value(token.text().substring(1)).build());
                case MENTION -> found.add(Mention.builder(document, USER, token.start(),
                        token.end()).value(token.text().substring(1).toLowerCase(Locale.ROOT))
                        .build());
                case URL -> found.add(Mention.builder(document, URL, token.start(), token.end())
                        .build());
                default -> {
                    // other kinds carry no web entity
                }
            }
        }
        for (Mention number : document.select(Layers.MENTIONS)) {
            if (number.type().equals(NUMBER)) {
                engagement(document, number).ifPresent(found::add);
            }
        }
        return found;
    }

    /** The number and the metric word right after it, if there is one and the count is enough. */
    private Optional<Mention> engagement(Document document, Mention number) {
        Token next = document.selectFollowing(Layers.TOKENS, number.end()).stream().findFirst()
                .orElse(null);
        if (next == null || !document.text().substring(number.end(), next.start()).isBlank()) {
            return Optional.empty();
        }
        List<Word> words = document.selectCovered(Layers.WORDS, next);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        // The first stem with its clitics: وبمشاهدات = و + ب + مشاهدات, read by role.
        CliticGroup group = CliticGroup.of(words).get(0);
        Optional<String> metric = Metric.of(group.stem().folded());
        BigDecimal count = count(number.value());
        if (metric.isEmpty() || count == null || count.compareTo(minimum) < 0) {
            return Optional.empty();
        }
        Span span = group.coreSpan();
        return Optional.of(Mention.builder(document, ENGAGEMENT, number.start(), span.end())
                .value(number.value())
                .attribute(METRIC, metric.get())
                .build());
    }

    private static BigDecimal count(String value) {
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
