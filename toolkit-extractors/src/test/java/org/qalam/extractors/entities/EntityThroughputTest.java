package org.qalam.extractors.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    @Test
    void measuresTokensPerSecond() throws IOException {
        Path file = Anercorp.file();
        assumeTrue(Files.isRegularFile(file), "ANERcorp data absent: " + file + " (skipped)");
        StringBuilder text = new StringBuilder();
        List<Anercorp.Sentence> sentences = Anercorp.read(file);
        for (Anercorp.Sentence sentence : sentences.subList(0,
                Math.min(sentences.size(), MAX_SENTENCES))) {
            text.append(String.join(" ", sentence.tokens())).append('\n');
        }
        Pipeline layers = Pipeline.builder(org.qalam.core.registry.ExtractorRegistry.load(
                getClass().getClassLoader())).use("words").build();
        Document document = layers.analyze(text.toString()).document();
        int tokens = document.select(Layers.TOKENS).size();
        EntityExtractor extractor = (EntityExtractor) new EntitiesProvider().create(ExtractorConfig.empty());
        ExtractionContext context = ExtractionContext.now();
        List<Mention> mentions = List.of();
        for (int i = 0; i < WARM_UP; i++) {
            mentions = extractor.extract(document, context);
        }
        int rounds = Integer.getInteger("qalam.entities.rounds", 3);
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            mentions = extractor.extract(document, context);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Entities step: %d tokens, %d mentions, %.0f tokens/s on one thread%n",
                tokens, mentions.size(), tokens * rounds / seconds);
        assertThat(mentions).isNotEmpty();
    }
}
