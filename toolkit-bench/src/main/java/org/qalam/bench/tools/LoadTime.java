package org.qalam.bench.tools;

import java.util.Locale;
import org.qalam.arabic.fused.FusedWordSplitter;
import org.qalam.arabic.lexicon.ArabicLexicon;
import org.qalam.core.Qalam;
import org.qalam.core.pipeline.Pipeline;

/**
 * Prints how long a fresh JVM takes to load the lexicon, to split one sentence, to build
 * {@link Qalam#defaultPipeline()} (service discovery, class loading, gazetteers and whatever the
 * lexicon did not already load) and then to analyze one sentence.
 *
 * <p>Why a main and not JMH: load time only means something in a cold JVM, once; the cold-start
 * script runs this several times and takes the median.
 */
public final class LoadTime {

    private LoadTime() {
    }

    /** Prints {@code lexicon-load-ms=... first-split-ms=... pipeline-build-ms=... first-analyze-ms=...}. */
    public static void main(String[] args) {
        long start = System.nanoTime();
        ArabicLexicon lexicon = ArabicLexicon.load();
        long lexiconLoaded = System.nanoTime();
        int cuts = FusedWordSplitter.using(lexicon).boundaries(Sentences.ONE).length;
        long split = System.nanoTime();
        Pipeline pipeline = Qalam.defaultPipeline();
        long built = System.nanoTime();
        int mentions = pipeline.analyze(Sentences.ONE).mentions().size();
        long analyzed = System.nanoTime();
        System.out.printf(Locale.ROOT, "lexicon-load-ms=%.1f first-split-ms=%.1f pipeline-build-ms=%.1f"
                        + " first-analyze-ms=%.1f cuts=%d mentions=%d steps=%s%n",
                ms(start, lexiconLoaded), ms(lexiconLoaded, split), ms(split, built),
                ms(built, analyzed), cuts, mentions, pipeline.stepNames());
    }

    private static double ms(long from, long to) {
        return (to - from) / 1e6;
    }
}
