package org.qalam.bench;

import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.qalam.arabic.fused.FusedWordSplitter;
import org.qalam.bench.corpus.Corpora;
import org.qalam.bench.corpus.Corpus;

/**
 * Benchmark 2: fused-word splitting throughput on clean text and on the same text with 5% of the
 * spaces between Arabic words deleted.
 *
 * <p>Why two methods: {@code boundaries} is the allocation-light core (an {@code int[]} of cut
 * points per document) that an indexing filter would call; {@code insertSpaces} is what
 * {@code qalam split} prints. Tokens are the input's whitespace-separated words plus the cuts found,
 * i.e. the words after repair. The corpus is the parameter {@code splitText}.
 */
@State(Scope.Benchmark)
public class SplitBenchmark extends ThroughputDefaults {

    /** Corpus name, see {@link Corpora#byName}. */
    @Param({"synthetic256kb", "synthetic256kb-fused5", Corpora.WIKINEWS, Corpora.WIKINEWS + "-fused5"})
    public String splitText;

    private FusedWordSplitter splitter;
    private Corpus corpus;
    private List<String> documents;
    private long words;

    /** Loads the lexicon and the corpus once; counts the input's words. */
    @Setup
    public void setUp() {
        splitter = FusedWordSplitter.create();
        corpus = Corpora.byName(splitText);
        documents = corpus.documents();
        words = 0;
        for (String document : documents) {
            words += countWords(document);
        }
    }

    /** Cut points only. */
    @Benchmark
    public long boundaries(Counters counters) {
        long cuts = 0;
        for (String document : documents) {
            cuts += splitter.boundaries(document).length;
        }
        counters.add(words + cuts, corpus.utf8Bytes());
        return cuts;
    }

    /** The repaired text, as {@code qalam split} prints it. */
    @Benchmark
    public long insertSpaces(Counters counters) {
        long added = 0;
        for (String document : documents) {
            added += splitter.insertSpaces(document).length() - document.length();
        }
        counters.add(words + added, corpus.utf8Bytes());
        return added;
    }

    static long countWords(String text) {
        long count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }
}
