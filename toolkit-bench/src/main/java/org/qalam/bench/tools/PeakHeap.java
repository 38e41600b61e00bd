package org.qalam.bench.tools;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.qalam.bench.corpus.Corpora;
import org.qalam.bench.corpus.Corpus;
import org.qalam.core.Qalam;
import org.qalam.core.model.Layers;
import org.qalam.core.pipeline.Analysis;
import org.qalam.core.pipeline.Pipeline;

/**
 * Runs the full default pipeline over WikiNews (when present) and 2 MB of the synthetic corpus,
 * one document at a time as {@code qalam analyze --lines} does, and prints the heap it needed.
 *
 * <p>Why: the goal is a full pipeline that fits in 256 MB. {@code run.sh} starts this with
 * {@code -Xmx256m}, so finishing at all proves the goal; the printed peak (the sum of each heap
 * pool's peak, an upper bound) shows the margin.
 */
public final class PeakHeap {

    private PeakHeap() {
    }

    /**
     * Prints {@code documents=... tokens=... tokens-per-cpu-second=... peak-heap-mb=...}; the
     * speeds include class loading and JIT warm-up (a cold, single-threaded run).
     */
    public static void main(String[] args) {
        Pipeline pipeline = Qalam.defaultPipeline();
        List<Corpus> corpora = new ArrayList<>();
        Corpora.wikinews().ifPresent(corpora::add);
        corpora.add(Corpora.byName("synthetic2mb"));
        long documents = 0;
        long tokens = 0;
        long mentions = 0;
        long start = System.nanoTime();
        long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        for (Corpus corpus : corpora) {
            for (String document : corpus.documents()) {
                Analysis analysis = pipeline.analyze(document);
                documents++;
                tokens += analysis.document().select(Layers.TOKENS).size();
                mentions += analysis.mentions().size();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT,
                "documents=%d tokens=%d mentions=%d seconds=%.1f tokens-per-second=%.0f"
                        + " tokens-per-cpu-second=%.0f"
                        + " peak-heap-mb=%.1f max-heap-mb=%.0f steps=%s%n",
                documents, tokens, mentions, seconds, tokens / seconds, tokens / cpuSeconds,
                peak / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0, pipeline.stepNames());
    }
}
