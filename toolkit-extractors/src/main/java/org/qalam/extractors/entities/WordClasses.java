package org.qalam.extractors.entities;

import java.util.Arrays;
import org.qalam.arabic.lexicon.ArabicLexicon;
import org.qalam.arabic.orthography.ArabicLetters;

/**
 * A word's entry classes in the Arabic lexicon ({@link ArabicLexicon#entryClasses}): what the
 * dictionary says the word inflects like. Nouns, verbs and the bare names the dictionary lists
 * fall into different classes, so the tagger learns, for instance, that a word with only a verb's
 * entries seldom starts a name and that a word inflected like غانا is a place. A definite form is
 * looked up without its article (الأردن as أردن).
 *
 * <p>The classes are kept as a string of one character per distinct class, in ascending order,
 * so that units compare and hash them as values; the empty string when the dictionary has no
 * entry.
 */
final class WordClasses {

    /** No entry in the lexicon. */
    static final String NONE = "";

    private WordClasses() {
    }

    /** The classes of {@code form}, or of it without the article when it has none. */
    static String of(ArabicLexicon lexicon, String form) {
        int[] classes = lexicon.entryClasses(form);
        if (classes.length == 0 && form.length() > ArabicLetters.ARTICLE.length() + 1
                && form.startsWith(ArabicLetters.ARTICLE)) {
            classes = lexicon.entryClasses(form.substring(ArabicLetters.ARTICLE.length()));
        }
        StringBuilder packed = new StringBuilder(classes.length);
        Arrays.stream(classes).distinct().sorted().forEach(c -> packed.append((char) c));
        return packed.toString();
    }
}
