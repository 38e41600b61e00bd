package org.qalam.testplugins.quantities;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.qalam.core.model.CliticGroup;
import org.qalam.core.model.Document;
import org.qalam.core.model.Layers;
import org.qalam.core.model.Mention;
import org.qalam.core.model.Token;
import org.qalam.core.model.Word;
import org.qalam.core.spi.ExtractionContext;
import org.qalam.core.spi.Extractor;
import org.qalam.language.names.ArabicKey;

/**
 * A number and the stem of the token right after it: 12 ألف لاجئ → 12000 of لاجئ, keyed as
 * لاجي by toolkit-language's {@link ArabicKey}.
 */
final class QuantitiesExtractor implements Extractor {

    static final String TYPE = "quantity";

    private final BigDecimal min;

    QuantitiesExtractor(long min) {
        this.min = BigDecimal.valueOf(min);
    }

    @Override
    public List<Mention> extract(Document document, ExtractionContext context) {
        List<Mention> found = new ArrayList<>();
        for (Mention number : document.select(Layers.MENTIONS)) {
            if (!number.type().equals("number") || !atLeastMin(number.value())) {
                continue;
            }
            Token next = document.selectFollowing(Layers.TOKENS, number.end()).stream()
                    .findFirst().orElse(null);
            if (next == null) {
                continue;
            }
            List<Word> words = document.selectCovered(Layers.WORDS, next);
            if (words.isEmpty()) {
                continue;
            }
            CliticGroup group = CliticGroup.of(words).get(0);
            found.add(Mention.builder(document, TYPE, number.start(), group.coreSpan().end())
                    .value(number.value())
                    .attribute("noun", group.stem().form())
                    .attribute("key", ArabicKey.of(group.stem().form()))
                    .attribute("roles", group.words().stream().map(word -> word.role().label())
                            .collect(Collectors.joining("+")))
                    .build());
        }
        return found;
    }

    private boolean atLeastMin(String value) {
        try {
            return new BigDecimal(value).compareTo(min) >= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
