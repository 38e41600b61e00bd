package org.qalam.lucene;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.qalam.arabic.normalize.Normalizer;

/**
 * Qalam's Arabic stop words, folded with the search normalization, for a stop filter that runs
 * after {@link QalamNormalizationFilter}.
 *
 * <p>Why folded: Lucene's {@code ArabicAnalyzer} removes stop words before normalization, so
 * {@code فِي} or {@code إلى} written with diacritics or another alef is never removed. Every word
 * here and every word a user adds is folded the same way as the indexed terms.
 */
public final class QalamStopWords {

    /** Class-path resource (beside this class) of the default list. */
    public static final String RESOURCE = "arabic-stopwords.txt";

    private static final char COMMENT = '#';

    private QalamStopWords() {
    }

    /** The default list, folded; a new unmodifiable set per call is not needed, so it is shared. */
    public static CharArraySet defaultSet() {
        return Default.SET;
    }

    /** {@code words} folded with the search normalization, as an unmodifiable set. */
    public static CharArraySet fold(List<String> words, boolean ignoreCase) {
        Normalizer normalizer = Normalizer.search();
        CharArraySet set = new CharArraySet(words.size(), ignoreCase);
        for (String word : words) {
            String line = word.strip();
            if (line.isEmpty() || line.charAt(0) == COMMENT) {
                continue;
            }
            String folded = normalizer.normalize(line);
            set.add(folded.isEmpty() ? line : folded);
        }
        return CharArraySet.unmodifiableSet(set);
    }

    /** The words of {@code set} folded with the search normalization, as an unmodifiable set. */
    public static CharArraySet fold(CharArraySet set) {
        List<String> words = new ArrayList<>(set.size());
        for (Object word : set) {
            words.add(word instanceof char[] chars ? new String(chars) : String.valueOf(word));
        }
        return fold(words, false);
    }

    private static CharArraySet load() {
        try (InputStream in = QalamStopWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return fold(reader.lines().toList(), false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Loaded on first use. */
    private static final class Default {
        static final CharArraySet SET = load();
    }
}
