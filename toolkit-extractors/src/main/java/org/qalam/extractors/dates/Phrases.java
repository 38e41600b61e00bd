package org.qalam.extractors.dates;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.qalam.language.phrases.PhraseTrie;

/**
 * A word list of one- or more-word phrases, each with a value, matched against atoms at a
 * position; the longest phrase wins. The first word may carry a proclitic (و ف ب ل ك, or لل for
 * ال), so بايلول, لعام and للثاني are found as ايلول, عام and الثاني ({@link BareForms}). Made
 * for the grammar's own lists: an atom whose key and proclitic-free spellings are none of their
 * words ({@link ListedWords}) starts no phrase of any list, and no list is walked there.
 *
 * @param <T> the value of a phrase
 */
final class Phrases<T> {

    /** Where a phrase matched: its value and the atom after it. */
    record Hit<T>(T value, int end) {
    }

    private final PhraseTrie<T> phrases;

    private Phrases(PhraseTrie<T> phrases) {
        this.phrases = phrases;
    }

    /** Starts a list. */
    static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** The longest phrase at atom {@code i}, with or without a proclitic, or null. */
    Hit<T> match(List<Atom> atoms, int i) {
        if (i < 0 || i >= atoms.size()) {
            return null;
        }
        Atom atom = atoms.get(i);
        if (atom.isDigits() || !atom.listed()) {
            return null;
        }
        String first = atom.key();
        Hit<T> best = longest(first, atoms, i);
        if (best != null) {
            return best;
        }
        for (String bare : atom.bareForms()) {
            best = longest(bare, atoms, i);
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    /** The keys of every word of every phrase of {@code lists}. */
    static Set<String> wordsOf(Phrases<?>... lists) {
        Set<String> words = new HashSet<>();
        for (Phrases<?> list : lists) {
            words.addAll(list.phrases.words());
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

    /** The longest phrase whose first word has key {@code first} and whose later words are atoms. */
    private Hit<T> longest(String first, List<Atom> atoms, int i) {
        PhraseTrie.Node<T> node = phrases.root().next(first);
        Hit<T> best = null;
        int k = i;
        while (node != null) {
            if (node.value() != null) {
                best = new Hit<>(node.value(), k + 1);
            }
            if (++k >= atoms.size()) {
                break;
            }
            node = node.next(atoms.get(k).key());
        }
        return best;
    }

    /** Collects phrases, written in any spelling: they are keyed like atoms. */
    static final class Builder<T> {
        private final PhraseTrie.Builder<T> phrases = PhraseTrie.builder(Atoms::key);

        /** Adds every spelling in {@code spellings}, separated by {@code |}, with {@code value}. */
        Builder<T> add(String spellings, T value) {
            for (String phrase : spellings.split("\\|")) {
                phrases.add(phrase, value);
            }
            return this;
        }

        /** The list. */
        Phrases<T> build() {
            return new Phrases<>(phrases.build());
        }
    }
}
