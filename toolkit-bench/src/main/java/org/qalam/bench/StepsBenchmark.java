package org.qalam.bench;

import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.qalam.bench.corpus.Corpora;
import org.qalam.bench.corpus.Corpus;
import org.qalam.core.pipeline.Pipeline;
import org.qalam.core.registry.ExtractorRegistry;
import org.qalam.core.spi.ExtractorConfig;
import org.qalam.extractors.entities.EntitiesProvider;

/**
 * Where {@code analyze} spends its time: a pipeline of one step (plus the steps it requires, which
 * the builder adds) over the news article, one step per parameter value.
 *
 * <p>Why: the difference between a step's row and the rows of what it requires is that step's
 * cost, which tells the integrator which step to make faster. {@code run.sh} passes the names of
 * the providers found on the class path (see {@link org.qalam.bench.tools.Steps}). {@link #model}
 * compares the entities step with its trained tagger and with the rules alone.
 */
@State(Scope.Benchmark)
public class StepsBenchmark extends ThroughputDefaults {

    /** The {@link #model} value that leaves the setting out. */
    static final String BUNDLED = "bundled";

    /** The last step of the pipeline. */
    @Param({"tokens", "sentences", "words", "numbers", "dates", "entities"})
    public String step;

    /**
     * The entities step's {@code model} setting when the pipeline has that step: {@value #BUNDLED}
     * (the bundled model) or a value of the key, such as {@code none} for the rules alone.
     */
    @Param({BUNDLED})
    public String model;

    private Pipeline pipeline;
    private Corpus corpus;
    private List<String> documents;

    /** Builds the pipeline up to {@link #step}. */
    @Setup
    public void setUp() {
        ExtractorRegistry registry = ExtractorRegistry.load(StepsBenchmark.class.getClassLoader());
        pipeline = Pipeline.builder(registry).use(step).build();
        if (!model.equals(BUNDLED) && pipeline.stepNames().contains(EntitiesProvider.NAME)) {
            pipeline = Pipeline.builder(registry).use(step).config(EntitiesProvider.NAME,
                    ExtractorConfig.of(Map.of(EntitiesProvider.MODEL, model))).build();
        }
        corpus = Corpora.news();
        documents = corpus.documents();
    }

    /** Analyzes the news article with the pipeline up to {@link #step}. */
    @Benchmark
    public long pipelineUpTo(Counters counters) {
        return AnalyzeBenchmark.analyzeAll(pipeline, documents, corpus.utf8Bytes(), counters);
    }
}
