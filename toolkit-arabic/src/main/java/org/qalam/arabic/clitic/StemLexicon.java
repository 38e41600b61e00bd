package org.qalam.arabic.clitic;

/**
 * What the clitic segmenter asks a lexicon: is this string an Arabic word, and is it listed as a
 * word by itself?
 *
 * <p>Why two questions: a spell-checking lexicon accepts وزير and also زير, and accepts والكتاب
 * as well as كتاب, so "is a word" alone cannot tell whether و is a clitic. A dictionary entry
 * (وزير, بلد, كتاب, فلسطين) is a strong sign that the token must not be cut. Implementations
 * must be thread-safe. Strings are undiacritized letters.
 */
public interface StemLexicon {

    /** Whether {@code form} is an acceptable word, inflected or with clitics. */
    boolean isWord(String form);

    /**
     * Whether {@code form} is a word by itself, without any clitic removed (a dictionary entry);
     * by default the same as {@link #isWord}.
     */
    default boolean isEntry(String form) {
        return isWord(form);
    }

    /**
     * Whether {@code form} is listed only as it stands, taking no affix (Ayaspell lists some
     * cliticized verbs so: وقام); such an entry is no evidence against cutting a clitic. None by
     * default.
     */
    default boolean isBareEntry(String form) {
        return false;
    }

    /**
     * A lexicon that knows no words but guesses from length: strings of three letters or more
     * count as words, none as entries. Used when no real lexicon is available; only ال and the
     * particle lists then drive the segmentation.
     */
    static StemLexicon lengthHeuristic() {
        return new StemLexicon() {
            @Override
            public boolean isWord(String form) {
                return form.length() >= 3;
            }

            @Override
            public boolean isEntry(String form) {
                return false;
            }

            @Override
            public String toString() {
                return "StemLexicon.lengthHeuristic";
            }
        };
    }
}
