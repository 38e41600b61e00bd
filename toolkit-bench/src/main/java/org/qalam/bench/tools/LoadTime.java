package org.qalam.bench.tools;

import java.util.Locale;
import org.qalam.core.Qalam;
import org.qalam.core.pipeline.Pipeline;

/**
 * Prints how long a fresh JVM takes to build {@link Qalam#defaultPipeline()} (service discovery,
 * class loading, lexicons and gazetteers) and then to analyze one sentence.
 *
 * <p>Why a main and not JMH: load time only means something in a cold JVM, once; the cold-start
 * script runs this several times and takes the median.
 */
public final class LoadTime {

    private LoadTime() {
    }

    /** Prints {@code pipeline-build-ms=... first-analyze-ms=... steps=[...]}. */
    public static void main(String[] args) {
        long start = System.nanoTime();
        Pipeline pipeline = Qalam.defaultPipeline();
        long built = System.nanoTime();
        int mentions = pipeline.analyze(Sentences.ONE).mentions().size();
        long analyzed = System.nanoTime();
        System.out.printf(Locale.ROOT, "pipeline-build-ms=%.1f first-analyze-ms=%.1f mentions=%d steps=%s%n",
                (built - start) / 1e6, (analyzed - built) / 1e6, mentions, pipeline.stepNames());
    }
}
