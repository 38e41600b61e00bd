package org.qalam.arabic.fused;

import java.util.List;
import java.util.function.Predicate;
import org.qalam.arabic.orthography.ArabicLetters;

/**
 * Verbs carrying an object pronoun (يساعدونكم, ضربوها, قتلتموهم), which the bundled lexicon
 * rejects: it knows the bare verb forms only.
 *
 * <p>Why: comments are full of them, and a verb the lexicon rejects is either cut into wrong
 * pieces or, fused to a particle (لايساعدونكم), not recognised as the word after it.
 */
final class ObjectPronouns {

    /** Object pronouns, longest first. */
    private static final List<String> SUFFIXES =
            List.of("هما", "كما", "ها", "هم", "هن", "كم", "كن", "نا", "ني", "ه", "ك");

    /** Shortest verb left once the pronoun is off. */
    private static final int MIN_STEM = 3;

    /** Endings of plural verbs (يساعدون, ضربوا, قتلتم): other stems are too often a noun's tail. */
    private static final List<String> PLURAL_ENDINGS = List.of("ون", "وا", "تم");

    private ObjectPronouns() {}

    private static boolean hasPluralEnding(String stem) {
        for (String ending : PLURAL_ENDINGS) {
            if (stem.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code w} is a word the lexicon knows with an object pronoun added, restoring what
     * the pronoun took away: the alef of ـوا (ضربوها ← ضربوا) and the و after ـتم (قتلتموهم ← قتلتم).
     */
    static boolean isVerbWithObject(String w, Predicate<String> lexicon) {
        for (String suffix : SUFFIXES) {
            int end = w.length() - suffix.length();
            if (end < MIN_STEM || !w.endsWith(suffix)) {
                continue;
            }
            String stem = w.substring(0, end);
            if (stem.endsWith("تمو")) {
                stem = stem.substring(0, stem.length() - 1);
            } else if (stem.charAt(stem.length() - 1) == ArabicLetters.WAW) {
                stem = stem + ArabicLetters.ALEF;
            }
            if (hasPluralEnding(stem) && lexicon.test(stem)) {
                return true;
            }
        }
        return false;
    }
}
