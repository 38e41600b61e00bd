package org.qalam.bench.tools;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.qalam.bench.CorpusState;
import org.qalam.core.model.Layers;
import org.qalam.core.pipeline.Analysis;
import org.qalam.core.pipeline.Pipeline;
import org.qalam.core.registry.ExtractorRegistry;
import org.qalam.core.spi.ExtractorConfig;
import org.qalam.extractors.entities.EntitiesProvider;

/**
 * The cost of the entities step measured in pairs: the pipeline up to {@code words} against the
 * pipeline up to {@code entities}, with the bundled model and with the rules alone
 * ({@code model=none}), in alternating order, in thread CPU time. Prints each entities pipeline's
 * speed as a multiple of the words pipeline's, and tokens per CPU second.
 *
 * <p>Why beside {@code StepsBenchmark}: on a shared machine the JIT takes many seconds to settle
 * the entities pipeline and two JMH runs see different load; a paired CPU-time ratio with a long
 * warm-up barely moves with either. Usage: {@code EntitiesPairedRatio [corpus...]} (default:
 * news).
 */
public final class EntitiesPairedRatio {

    private static final int ROUNDS = 15;
    private static final long MIN_PASS_NANOS = 100_000_000L;
    private static final long WARM_UP_NANOS = 8_000_000_000L;
    private static final CpuPasses PASSES = new CpuPasses(WARM_UP_NANOS, MIN_PASS_NANOS);
    private static final String WORDS = "words";

    private EntitiesPairedRatio() {
    }

    /** Prints a Markdown table: corpus, the two speed ratios, and tokens per CPU second. */
    public static void main(String[] args) {
        ExtractorRegistry registry =
                ExtractorRegistry.load(EntitiesPairedRatio.class.getClassLoader());
        Pipeline words = Pipeline.builder(registry).use(WORDS).build();
        Pipeline model = Pipeline.builder(registry).use(EntitiesProvider.NAME).build();
        Pipeline rules = Pipeline.builder(registry).use(EntitiesProvider.NAME)
                .config(EntitiesProvider.NAME, ExtractorConfig.of(
                        Map.of(EntitiesProvider.MODEL, EntitiesProvider.NO_MODEL)))
                .build();
        CpuPasses.printHeader("entities (model) / words", "entities (rules alone) / words",
                "words tokens/s (CPU)", "entities (model) tokens/s (CPU)");
        for (String name : args.length > 0 ? args : new String[] {"news"}) {
            CorpusState corpus = CpuPasses.load(name);
            long tokens = corpus.documents.stream()
                    .mapToLong(text -> words.analyze(text).document().select(Layers.TOKENS).size())
                    .sum();
            CpuPasses.Paired paired = PASSES.paired(analyzeAll(words),
                    List.of(analyzeAll(model), analyzeAll(rules)), corpus, ROUNDS);
            double wordsRate = paired.medianBaseline(
                    nanos -> tokens * (double) paired.repeats() / (nanos / 1e9));
            System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.0f | %.0f |%n", name,
                    paired.medianRatio(0), paired.medianRatio(1), wordsRate,
                    wordsRate * paired.medianRatio(0));
        }
    }

    /** A chain that analyzes every document of the corpus with {@code pipeline}. */
    private static ToLongFunction<CorpusState> analyzeAll(Pipeline pipeline) {
        return corpus -> {
            long mentions = 0;
            for (String document : corpus.documents) {
                Analysis analysis = pipeline.analyze(document);
                mentions += analysis.mentions().size();
            }
            return mentions;
        };
    }
}
