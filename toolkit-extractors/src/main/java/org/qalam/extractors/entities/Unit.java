package org.qalam.extractors.entities;

import org.qalam.language.names.ArabicKey;
import java.util.ArrayList;
import java.util.List;
import org.qalam.arabic.orthography.ArabicLetters;
import org.qalam.arabic.orthography.Clitics;
import org.qalam.arabic.orthography.LetterIndex;

/**
 * One word of the text as entity matching sees it: a stem with its proclitics set apart
 * (وروسيا → prefix و, stem روسيا), or a barrier (punctuation, number) that no name crosses.
 *
 * @param start first char of the stem in the original text, its article included (the second ل
 *              of لل)
 * @param end end of the stem
 * @param surface the original text of {@code [start, end)}
 * @param form the stem without diacritics (الأمم for للأمم)
 * @param key the matching key of {@code form}
 * @param prefix proclitics found before the stem in the same token by the word segmenter
 * @param prefixStart where the token (with its proclitics) starts
 * @param whole the stem with its proclitics, without diacritics (للطاقة), as a name spells it
 * @param suffixed whether enclitic pronouns follow the stem (عليها), which names never take
 * @param word false for a barrier
 * @param quote whether this barrier is a quotation mark
 * @param tokenFirst whether this stem is the first of its token, so proclitics may precede it
 * @param lists the {@link WordLists} mask of {@code form} (of a barrier: whether a quote)
 * @param classes the {@link WordClasses} of {@code form}
 */
record Unit(int start, int end, String surface, String form, String key, String prefix,
            int prefixStart, String whole, boolean suffixed, boolean word, boolean quote,
            boolean tokenFirst, int lists, String classes) {

    private static final String LAM = String.valueOf(ArabicLetters.LAM);
    /** Every conjunction, preposition, and conjunction + preposition a stem may still carry. */
    private static final List<Proclitics> PROCLITICS = proclitics();

    /** A barrier unit over {@code [start, end)}. */
    static Unit barrier(int start, int end, boolean quote) {
        return new Unit(start, end, "", "", "", "", start, "", false, false, quote, true,
                WordLists.barrier(quote), WordClasses.NONE);
    }

    /** Whether the unit is in any of the lists of {@code bits} ({@link WordLists}). */
    boolean in(int bits) {
        return (lists & bits) != 0;
    }

    /** Whether the stem starts with the article ال. */
    boolean definite() {
        return key.length() > 2 && key.startsWith(ArabicLetters.ARTICLE);
    }

    /** Whether the segmenter found proclitics before this stem. */
    boolean prefixed() {
        return !prefix.isEmpty();
    }

    /**
     * The readings of this unit with proclitics the segmenter left attached removed, for names
     * the lexicon does not know: وبالأمم → الأمم; للأمم → الأمم, whose span starts at the second
     * ل, which realizes ال. The unit itself comes first.
     */
    List<Reading> readings() {
        Reading self = new Reading(key, form, start);
        if (!word || prefixed() || form.isEmpty() || !Clitics.isConjunction(form.charAt(0))
                && !Clitics.isPreposition(form.charAt(0))) {
            return List.of(self);
        }
        List<Reading> readings = new ArrayList<>(4);
        readings.add(self);
        LetterIndex letters = null;
        for (Proclitics clitics : PROCLITICS) {
            String carried = clitics.letters();
            if (!form.startsWith(carried) || form.length() - carried.length() < 2) {
                continue;
            }
            letters = letters != null ? letters : LetterIndex.of(surface, 0, surface.length());
            String rest = form.substring(carried.length());
            if (clitics.lam() && rest.startsWith(LAM) && rest.length() > 2) {
                String article = ArabicLetters.ARTICLE + rest.substring(1);
                readings.add(new Reading(ArabicKey.of(article), article,
                        start + letters.charEnd(clitics.conjunction() + 1)));
            }
            readings.add(new Reading(ArabicKey.of(rest), rest,
                    start + letters.charEnd(carried.length())));
        }
        return readings;
    }

    private static List<Proclitics> proclitics() {
        List<Proclitics> all = new ArrayList<>();
        for (String conjunction : withNone(Clitics.CONJUNCTIONS)) {
            for (String preposition : withNone(Clitics.PREPOSITIONS)) {
                String letters = conjunction + preposition;
                if (!letters.isEmpty()) {
                    all.add(new Proclitics(letters, conjunction.length(),
                            preposition.equals(LAM)));
                }
            }
        }
        return List.copyOf(all);
    }

    private static List<String> withNone(List<Clitics.Clitic> clitics) {
        List<String> letters = new ArrayList<>(clitics.size() + 1);
        letters.add("");
        clitics.forEach(clitic -> letters.add(clitic.letters()));
        return letters;
    }

    /**
     * Proclitics a stem may carry.
     *
     * @param letters their letters (وب)
     * @param conjunction the number of letters of the conjunction among them
     * @param lam whether the preposition is ل, which may fuse with the article (للأمم)
     */
    private record Proclitics(String letters, int conjunction, boolean lam) {
    }

    /** One reading of a unit: its key, display form and where its span starts. */
    record Reading(String key, String form, int start) {
    }
}
