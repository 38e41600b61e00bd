package org.qalam.extractors.dates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qalam.arabic.orthography.ArabicLetters;
import org.qalam.arabic.orthography.Clitics;

/**
 * A word list of one- or more-word phrases, each with a value, matched against atoms at a
 * position; the longest phrase wins. The first word may carry a proclitic (و ف ب ل ك, or لل for
 * ال), so بايلول, لعام and للثاني are found as ايلول, عام and الثاني.
 *
 * @param <T> the value of a phrase
 */
final class Phrases<T> {

    /** Where a phrase matched: its value and the atom after it. */
    record Hit<T>(T value, int end) {
    }

    private record Entry<T>(String[] words, T value) {
    }

    /** The one-letter proclitics of the orthography: و ف ب ك ل. */
    private static final List<String> PROCLITICS = proclitics();
    /** ل + ال written لل. */
    private static final String LAM_LAM = "" + ArabicLetters.LAM + ArabicLetters.LAM;

    private final Map<String, List<Entry<T>>> byFirstWord;

    private Phrases(Map<String, List<Entry<T>>> byFirstWord) {
        this.byFirstWord = byFirstWord;
    }

    /** Starts a list. */
    static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** A list of phrases that all carry the same value. */
    static Phrases<Boolean> of(String... phrases) {
        Builder<Boolean> builder = builder();
        for (String phrase : phrases) {
            builder.add(phrase, Boolean.TRUE);
        }
        return builder.build();
    }

    /** The longest phrase at atom {@code i}, with or without a proclitic, or null. */
    Hit<T> match(List<Atom> atoms, int i) {
        if (i < 0 || i >= atoms.size() || atoms.get(i).isDigits()) {
            return null;
        }
        String first = atoms.get(i).key();
        Hit<T> best = longest(byFirstWord.get(first), atoms, i);
        if (best != null || first.length() < 3 || atoms.get(i).kind() != Atom.Kind.WORD) {
            return best;
        }
        if (first.startsWith(LAM_LAM)) {
            best = longest(byFirstWord.get(ArabicLetters.ARTICLE + first.substring(2)), atoms, i);
        }
        for (String clitic : PROCLITICS) {
            if (best == null && first.startsWith(clitic)) {
                best = longest(byFirstWord.get(first.substring(clitic.length())), atoms, i);
            }
        }
        return best;
    }

    private static List<String> proclitics() {
        List<String> letters = new ArrayList<>();
        Clitics.CONJUNCTIONS.forEach(clitic -> letters.add(clitic.letters()));
        Clitics.PREPOSITIONS.forEach(clitic -> letters.add(clitic.letters()));
        return List.copyOf(letters);
    }

    /** The keys of every word of every phrase of {@code lists}. */
    static Set<String> wordsOf(Phrases<?>... lists) {
        Set<String> words = new HashSet<>();
        for (Phrases<?> list : lists) {
            for (List<? extends Entry<?>> entries : list.byFirstWord.values()) {
                for (Entry<?> entry : entries) {
                    words.addAll(Arrays.asList(entry.words()));
                }
            }
        }
        return Set.copyOf(words);
    }

    /** Whether a phrase starts at atom {@code i}. */
    boolean at(List<Atom> atoms, int i) {
        return match(atoms, i) != null;
    }

    /** The atom after the phrase at {@code i}, or {@code i} itself when none is there. */
    int skip(List<Atom> atoms, int i) {
        Hit<T> hit = match(atoms, i);
        return hit == null ? i : hit.end();
    }

    private Hit<T> longest(List<Entry<T>> entries, List<Atom> atoms, int i) {
        if (entries == null) {
            return null;
        }
        Hit<T> best = null;
        for (Entry<T> entry : entries) {
            int n = entry.words().length;
            if (i + n > atoms.size() || (best != null && n <= best.end() - i)) {
                continue;
            }
            boolean all = true;
            for (int k = 1; k < n && all; k++) {
                all = atoms.get(i + k).key().equals(entry.words()[k]);
            }
            if (all) {
                best = new Hit<>(entry.value(), i + n);
            }
        }
        return best;
    }

    /** Collects phrases, written in any spelling: they are keyed like atoms. */
    static final class Builder<T> {
        private final Map<String, List<Entry<T>>> byFirstWord = new HashMap<>();

        /** Adds every space-separated spelling in {@code phrases} with {@code value}. */
        Builder<T> add(String phrases, T value) {
            for (String phrase : phrases.split("\\|")) {
                String[] words = phrase.trim().split(" +");
                for (int k = 0; k < words.length; k++) {
                    words[k] = Atoms.key(words[k]);
                }
                byFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>())
                        .add(new Entry<>(words, value));
            }
            return this;
        }

        /** The list. */
        Phrases<T> build() {
            Map<String, List<Entry<T>>> copy = new HashMap<>();
            byFirstWord.forEach((word, entries) -> copy.put(word, List.copyOf(entries)));
            return new Phrases<>(Map.copyOf(copy));
        }
    }
}
