package org.qalam.spark;

import java.util.concurrent.atomic.AtomicReference;
import org.apache.spark.broadcast.Broadcast;
import org.qalam.arabic.fused.CorpusVocabulary;
import org.qalam.arabic.fused.FusedWordSplitter;

/**
 * The corpus-adapted splitter of one JVM, made from a broadcast vocabulary on first use.
 *
 * <p>Why one slot: a job repairs one corpus with one vocabulary at a time; keeping only the
 * latest broadcast lets the previous vocabulary go when a session repairs another corpus.
 */
final class AdaptedSplitters {

    private record Entry(long broadcastId, FusedWordSplitter splitter) {}

    private static final AtomicReference<Entry> CURRENT = new AtomicReference<>();

    private AdaptedSplitters() {
    }

    static FusedWordSplitter of(Broadcast<CorpusVocabulary> vocabulary) {
        Entry entry = CURRENT.get();
        if (entry == null || entry.broadcastId() != vocabulary.id()) {
            synchronized (AdaptedSplitters.class) {
                entry = CURRENT.get();
                if (entry == null || entry.broadcastId() != vocabulary.id()) {
                    entry = new Entry(vocabulary.id(),
                            Splitters.standard().adaptedTo(vocabulary.value()));
                    CURRENT.set(entry);
                }
            }
        }
        return entry.splitter();
    }
}
