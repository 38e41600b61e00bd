package org.qalam.arabic.fused;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.qalam.arabic.orthography.ArabicLetters;
import org.qalam.arabic.orthography.ArabicMarks;
import org.qalam.arabic.orthography.LetterIndex;

/**
 * How often each word is written on its own in a corpus: the counts of every run of Arabic
 * letters between spaces, digits or punctuation, diacritics removed ({@code الولايات} 1520,
 * {@code الولاياتالمتحدة} 3). {@link FusedWordSplitter#adaptedTo} reads them as extra evidence.
 *
 * <p>Why: the lexicon does not know the names and spellings of a given corpus, and a fused pair
 * is an accident that the same corpus writes apart far more often; a first pass over the whole
 * corpus measures both. Immutable and serializable in a compact form, so Spark can broadcast it;
 * build it with {@link #counter()} (one per thread or partition, then {@link Counter#merge}).
 */
public final class CorpusVocabulary implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Words seen fewer times than this are dropped by {@link Counter#build()}: one sighting says little. */
    public static final int DEFAULT_MIN_COUNT = 2;
    /** At most this many words are kept by {@link Counter#build()} (about 60 MB of heap). */
    public static final int DEFAULT_MAX_WORDS = 1_000_000;

    private transient Map<String, Long> counts;
    private long total;

    private CorpusVocabulary(Map<String, Long> counts, long total) {
        this.counts = counts;
        this.total = total;
    }

    /** A vocabulary of exactly these counts; {@code total} is the number of words counted. */
    public static CorpusVocabulary of(Map<String, Long> counts, long total) {
        Map<String, Long> copy = new HashMap<>(counts.size() * 4 / 3 + 1);
        counts.forEach((word, count) -> {
            if (count > 0) {
                copy.put(Objects.requireNonNull(word, "word"), count);
            }
        });
        return new CorpusVocabulary(copy, total);
    }

    /** The vocabulary of {@code texts}, with the defaults of {@link Counter#build()}. */
    public static CorpusVocabulary count(Iterable<? extends CharSequence> texts) {
        Counter counter = counter();
        for (CharSequence text : texts) {
            counter.add(text);
        }
        return counter.build();
    }

    /** A new, empty counter. */
    public static Counter counter() {
        return new Counter();
    }

    /**
     * The words of {@code text} as they are counted: each maximal run of Arabic letters (marks
     * inside removed), in order ({@code وقال: الولاياتالمتحدة2020} → وقال, الولاياتالمتحدة).
     */
    public static List<String> words(CharSequence text) {
        List<String> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!ArabicLetters.isArabicLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && (ArabicLetters.isArabicLetter(text.charAt(end))
                    || ArabicMarks.isSilent(text.charAt(end)))) {
                end++;
            }
            words.add(LetterIndex.of(text, i, end).letters());
            i = end;
        }
        return words;
    }

    /** How many times {@code word} was written on its own; 0 when never (or below the cut-off). */
    public long count(String word) {
        Long count = counts.get(word);
        return count == null ? 0 : count;
    }

    /** Number of distinct words kept. */
    public int size() {
        return counts.size();
    }

    /** Number of words counted in the corpus, including those dropped by the cut-offs. */
    public long total() {
        return total;
    }

    /** The kept words and their counts, most frequent first. */
    public List<Map.Entry<String, Long>> mostFrequent(int limit) {
        List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        return Collections.unmodifiableList(entries.subList(0, Math.min(limit, entries.size())));
    }

    @Override
    public String toString() {
        return "CorpusVocabulary[" + size() + " words of " + total + "]";
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        out.writeInt(counts.size());
        for (Map.Entry<String, Long> entry : counts.entrySet()) {
            out.writeUTF(entry.getKey());
            out.writeLong(entry.getValue());
        }
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        int size = in.readInt();
        counts = new HashMap<>(size * 4 / 3 + 1);
        for (int i = 0; i < size; i++) {
            counts.put(in.readUTF(), in.readLong());
        }
    }

    /**
     * Counts the words of texts (not thread-safe: one per thread or partition, then
     * {@link #merge}).
     */
    public static final class Counter {
        private final Map<String, Long> counts = new HashMap<>();
        private long total;

        private Counter() {
        }

        /** Counts the words of {@code text}. */
        public Counter add(CharSequence text) {
            for (String word : words(text)) {
                add(word, 1);
            }
            return this;
        }

        /** Adds {@code count} sightings of {@code word}. */
        public Counter add(String word, long count) {
            counts.merge(word, count, Long::sum);
            total += count;
            return this;
        }

        /** Adds the counts of {@code other}. */
        public Counter merge(Counter other) {
            other.counts.forEach((word, count) -> counts.merge(word, count, Long::sum));
            total += other.total;
            return this;
        }

        /** The vocabulary of words seen at least {@link #DEFAULT_MIN_COUNT} times, at most {@link #DEFAULT_MAX_WORDS}. */
        public CorpusVocabulary build() {
            return build(DEFAULT_MIN_COUNT, DEFAULT_MAX_WORDS);
        }

        /** The vocabulary of the {@code maxWords} most frequent words seen at least {@code minCount} times. */
        public CorpusVocabulary build(long minCount, int maxWords) {
            List<Map.Entry<String, Long>> kept = new ArrayList<>();
            for (Map.Entry<String, Long> entry : counts.entrySet()) {
                if (entry.getValue() >= minCount) {
                    kept.add(entry);
                }
            }
            if (kept.size() > maxWords) {
                kept.sort(Map.Entry.comparingByValue(Comparator.reverseOrder()));
                kept = kept.subList(0, maxWords);
            }
            Map<String, Long> map = new HashMap<>(kept.size() * 4 / 3 + 1);
            for (Map.Entry<String, Long> entry : kept) {
                map.put(entry.getKey(), entry.getValue());
            }
            return new CorpusVocabulary(map, total);
        }
    }
}
