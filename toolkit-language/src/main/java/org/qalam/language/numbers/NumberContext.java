package org.qalam.language.numbers;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.Set;
import org.qalam.language.lists.WordList;

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
        Set<String> words = new HashSet<>();
        for (String word : WordList.read(NumberContext.class, name)) {
            words.add(Folding.fold(word));
        }
        return Set.copyOf(words);
    }
}
