package org.qalam.extractors.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qalam.core.model.Document;
import org.qalam.core.model.Layers;
import org.qalam.core.model.Mention;
import org.qalam.core.pipeline.Pipeline;
import org.qalam.core.spi.ExtractionContext;
import org.qalam.core.spi.ExtractorConfig;

/**
 * Prints how many tokens per second the entities step alone handles on one thread (tokens and
 * words computed beforehand), over the text of ANERcorp's training split. A rough figure, not a
 * benchmark: JMH runs belong to toolkit-bench.
 */
class EntityThroughputTest {

    /** About 30,000 tokens: enough for a stable figure, small enough for the build. */
    private static final int MAX_SENTENCES = 1_000;
    /** Rounds before timing, so that the JIT has compiled the hot loops. */
    private static final int WARM_UP = 5;

    private static double tokensPerSecond(EntityExtractor extractor, Document document,
                                          ExtractionContext context, int rounds) {
        int tokens = document.select(Layers.TOKENS).size();
        for (int i = 0; i < WARM_UP; i++) {
            extractor.extract(document, context);
        }
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            extractor.extract(document, context);
        }
        return tokens * rounds / ((System.nanoTime() - start) / 1e9);
    }

    @Test
    void measuresTokensPerSecond() throws IOException {
        Path file = Anercorp.file();
        assumeTrue(Files.isRegularFile(file), "ANERcorp data absent: " + file + " (skipped)");
        StringBuilder text = new StringBuilder();
        List<Conll.Sentence> sentences = Conll.read(file);
        for (Conll.Sentence sentence : sentences.subList(0,
                Math.min(sentences.size(), MAX_SENTENCES))) {
            text.append(String.join(" ", sentence.tokens())).append('\n');
        }
        Pipeline layers = Pipeline.builder(org.qalam.core.registry.ExtractorRegistry.load(
                getClass().getClassLoader())).use("words").build();
        Document document = layers.analyze(text.toString()).document();
        int tokens = document.select(Layers.TOKENS).size();
        EntityExtractor extractor = (EntityExtractor) new EntitiesProvider().create(ExtractorConfig.empty());
        EntityExtractor rulesAlone = (EntityExtractor) new EntitiesProvider().create(
                ExtractorConfig.of(Map.of(EntitiesProvider.MODEL, EntitiesProvider.NO_MODEL)));
        ExtractionContext context = ExtractionContext.now();
        int rounds = Integer.getInteger("qalam.entities.rounds", 3);
        double withModel = tokensPerSecond(extractor, document, context, rounds);
        double rules = tokensPerSecond(rulesAlone, document, context, rounds);
        List<Mention> mentions = extractor.extract(document, context);
        System.out.printf("Entities step: %d tokens, %d mentions, %.0f tokens/s on one thread; "
                + "rules alone %.0f tokens/s in the same run (ratio %.2f)%n",
                tokens, mentions.size(), withModel, rules, withModel / rules);
        assertThat(mentions).isNotEmpty();
    }
}
