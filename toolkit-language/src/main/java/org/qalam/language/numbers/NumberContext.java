package org.qalam.language.numbers;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Words around a number word that make it part of a name or a period rather than a number:
 * كانون الأول is a month, not "the first"; النصف الأخير is a half of a year, not a fraction.
 *
 * <p>Why in the library: this is knowledge of the language, read from the word lists
 * {@code ordinal-name-heads.txt} and {@code period-words.txt} next to this class, which any
 * extractor that reports numbers can consult without knowing another extractor. Immutable.
 */
public final class NumberContext {

    private static final Set<String> ORDINAL_NAME_HEADS = read("ordinal-name-heads.txt");
    private static final Set<String> PERIOD_WORDS = read("period-words.txt");

    private NumberContext() {
    }

    /** Whether an ordinal after {@code word} (raw or folded) is part of a name: كانون, تشرين. */
    public static boolean namesWithOrdinal(String word) {
        return ORDINAL_NAME_HEADS.contains(Folding.fold(requireNonNull(word, "word")));
    }

    /**
     * Whether {@code word} (raw or folded) after a definite fraction names a period of time:
     * الأخير, الماضي, المقبل.
     */
    public static boolean isPeriodWord(String word) {
        return PERIOD_WORDS.contains(Folding.fold(requireNonNull(word, "word")));
    }

    private static Set<String> read(String name) {
        InputStream in = NumberContext.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("number word list missing from the class path: "
                    + name);
        }
        Set<String> words = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(Folding.fold(word));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read number word list " + name, e);
        }
        return Set.copyOf(words);
    }
}
