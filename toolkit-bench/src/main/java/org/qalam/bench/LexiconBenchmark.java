package org.qalam.bench;

import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.qalam.arabic.lexicon.ArabicLexicon;
import org.qalam.bench.corpus.Corpora;

/**
 * The cost of one lexicon look-up ({@link ArabicLexicon#isWord}), the operation the fused-word
 * splitter repeats for every letter run and every candidate piece.
 *
 * <p>Why apart from the splitter: it tells how much of the splitter's time is the lexicon (and so
 * what a cache of look-ups would save). The words are the Arabic words of the news article, and
 * the same words with their first and last letters swapped (mostly not words, the splitter's
 * common case on names and fused runs). A "token" here is one look-up.
 */
@State(Scope.Benchmark)
public class LexiconBenchmark extends ThroughputDefaults {

    private ArabicLexicon lexicon;
    private List<String> words;
    private List<String> nonWords;
    private long wordBytes;

    /** Loads the lexicon and the word lists. */
    @Setup
    public void setUp() {
        lexicon = ArabicLexicon.load();
        words = new ArrayList<>();
        nonWords = new ArrayList<>();
        for (String piece : Corpora.newsText().split("[^\\u0621-\\u064A]+")) {
            if (piece.length() >= 2) {
                words.add(piece);
                nonWords.add(piece.charAt(piece.length() - 1) + piece.substring(1, piece.length() - 1)
                        + piece.charAt(0));
                wordBytes += 2L * piece.length();
            }
        }
    }

    /** Look-ups of real words. */
    @Benchmark
    public int knownWords(Counters counters) {
        return lookUp(words, counters);
    }

    /** Look-ups of scrambled words. */
    @Benchmark
    public int scrambledWords(Counters counters) {
        return lookUp(nonWords, counters);
    }

    private int lookUp(List<String> list, Counters counters) {
        int found = 0;
        for (String word : list) {
            if (lexicon.isWord(word)) {
                found++;
            }
        }
        counters.add(list.size(), wordBytes);
        return found;
    }
}
