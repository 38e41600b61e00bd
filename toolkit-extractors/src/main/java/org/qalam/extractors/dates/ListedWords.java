package org.qalam.extractors.dates;

import java.util.HashSet;
import java.util.Set;

/**
 * Every word of every word list of the date grammar, as keys: the sections of
 * {@code vocabulary.txt} ({@link Vocabulary#WORDS}) and the holiday names ({@link Holidays#NAMES}).
 * No phrase starts at an atom whose key and proclitic-free spellings are none of them, so
 * {@link Atom#listed()} answers every list at once.
 *
 * <p>One immutable set, worked out from all the lists together when first asked, whatever the
 * order in which they were loaded; a new word list of the grammar joins it here.
 */
final class ListedWords {

    private static final Set<String> KEYS =
            union(Vocabulary.WORDS, Phrases.wordsOf(Holidays.NAMES));

    private ListedWords() {
    }

    /** Whether {@code key} is the key of a word of a phrase of some list of the grammar. */
    static boolean has(String key) {
        return KEYS.contains(key);
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> keys = new HashSet<>(first);
        keys.addAll(second);
        return Set.copyOf(keys);
    }
}
