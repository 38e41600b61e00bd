package org.qalam.extractors.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * words computed beforehand), over NewsFANE text. A rough figure, not a benchmark: JMH runs
 * belong to toolkit-bench.
 */
class EntityThroughputTest {

    /** About 30,000 tokens: enough for a stable figure, small enough for the build. */
    private static final int MAX_LINES = 32_000;

    @Test
    void measuresTokensPerSecond() throws IOException {
        Path file = Path.of(System.getProperty("qalam.shared.data", "../shared/data"),
                "newsfane", "newsfane-dev.conll");
        assumeTrue(Files.isRegularFile(file), "NewsFANE data absent: " + file + " (skipped)");
        StringBuilder text = new StringBuilder();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(0, Math.min(lines.size(), MAX_LINES))) {
            text.append(line.isBlank() ? "\n" : line.substring(0, line.indexOf('\t')) + " ");
        }
        Pipeline layers = Pipeline.builder(org.qalam.core.registry.ExtractorRegistry.load(
                getClass().getClassLoader())).use("words").build();
        Document document = layers.analyze(text.toString()).document();
        int tokens = document.select(Layers.TOKENS).size();
        EntityExtractor extractor = (EntityExtractor) new EntitiesProvider().create(ExtractorConfig.empty());
        ExtractionContext context = ExtractionContext.now();
        List<Mention> mentions = List.of();
        for (int i = 0; i < 15; i++) {
            mentions = extractor.extract(document, context);
        }
        int rounds = Integer.getInteger("qalam.entities.rounds", 10);
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
