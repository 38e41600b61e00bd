package org.qalam.bench;

import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.qalam.bench.corpus.Corpora;
import org.qalam.bench.corpus.Corpus;
import org.qalam.core.Qalam;
import org.qalam.core.model.Layers;
import org.qalam.core.pipeline.Analysis;
import org.qalam.core.pipeline.Pipeline;

/**
 * Benchmark 3: the full {@code analyze} of {@link Qalam#defaultPipeline()} (tokens, sentences,
 * words and every extractor found on the class path) over a corpus, on one thread and on all cores.
 *
 * <p>Why the default pipeline: it is what {@code qalam analyze} and library users run, so its
 * tokens/s is the number users see. The corpus is the parameter {@code text} (not
 * {@code corpus}) because ten megabytes per operation is too long for this benchmark.
 */
@State(Scope.Benchmark)
public class AnalyzeBenchmark extends ThroughputDefaults {

    /** Corpus name, see {@link Corpora}. */
    @Param({Corpora.NEWS, Corpora.WIKINEWS})
    public String text;

    private Pipeline pipeline;
    private Corpus corpus;
    private List<String> documents;

    /** Builds the pipeline once and checks that every step runs on this corpus. */
    @Setup
    public void setUp() {
        pipeline = Qalam.defaultPipeline();
        corpus = Corpora.byName(text);
        documents = corpus.documents();
        Analysis probe = pipeline.analyze(documents.get(0));
        if (!probe.isComplete()) {
            throw new IllegalStateException("pipeline " + pipeline + " failed: " + probe.failures());
        }
    }

    /** One thread. */
    @Benchmark
    @Threads(1)
    public long analyzeOneThread(Counters counters) {
        return analyzeAll(counters);
    }

    /** As many threads as the machine has cores, each analyzing the whole corpus. */
    @Benchmark
    @Threads(Threads.MAX)
    public long analyzeAllCores(Counters counters) {
        return analyzeAll(counters);
    }

    private long analyzeAll(Counters counters) {
        return analyzeAll(pipeline, documents, corpus.utf8Bytes(), counters);
    }

    /**
     * Analyzes every document, counts tokens and input bytes, and returns tokens plus mentions
     * so that JMH cannot drop the work.
     */
    static long analyzeAll(Pipeline pipeline, List<String> documents, long utf8Bytes,
                           Counters counters) {
        long tokens = 0;
        long mentions = 0;
        for (String document : documents) {
            Analysis analysis = pipeline.analyze(document);
            tokens += analysis.document().select(Layers.TOKENS).size();
            mentions += analysis.mentions().size();
        }
        counters.add(tokens, utf8Bytes);
        return tokens + mentions;
    }
}
