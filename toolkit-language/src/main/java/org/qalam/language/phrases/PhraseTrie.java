package org.qalam.language.phrases;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;

/**
 * A word trie of phrases with values, each word stored under its matching key (a gazetteer of
 * names, a list of date words): the longest phrase at a position costs one hash look-up per word,
 * whatever the size of the list.
 *
 * <p>Why in the library: the date grammar's word lists, the entity gazetteer and a plugin's own
 * lists all need "the longest listed phrase starting here"; the caller says how its words are
 * keyed and which spellings of a first word to try (with or without a proclitic). Built once by
 * {@link Builder}; immutable afterwards and safe to share between threads.
 *
 * @param <T> the value of a phrase
 */
public final class PhraseTrie<T> {

    private final Node<T> root;
    private final Set<String> words;

    private PhraseTrie(Node<T> root, Set<String> words) {
        this.root = root;
        this.words = words;
    }

    /** A builder whose phrases' words are keyed by {@code keyOf} (for example a folding). */
    public static <T> Builder<T> builder(UnaryOperator<String> keyOf) {
        return new Builder<>(requireNonNull(keyOf, "keyOf"));
    }

    /** The node before the first word: {@code root().next(key)} starts a walk. */
    public Node<T> root() {
        return root;
    }

    /** Whether {@code key} is the key of a word of some phrase. */
    public boolean hasWord(String key) {
        return words.contains(key);
    }

    /** The keys of every word of every phrase. */
    public Set<String> words() {
        return words;
    }

    /** Whether no phrase was added. */
    public boolean isEmpty() {
        return root.next.isEmpty();
    }

    /**
     * The longest phrase whose first word has key {@code first} (the key of word {@code from}, or
     * a spelling of it without a clitic) and whose later words have the keys {@code keys.apply(k)}
     * for {@code from < k < to}; null when there is none.
     */
    public Match<T> longest(String first, IntFunction<String> keys, int from, int to) {
        Node<T> node = root.next(first);
        Match<T> best = null;
        int k = from;
        while (node != null) {
            if (node.value != null) {
                best = new Match<>(node.value, k + 1);
            }
            k++;
            if (k >= to) {
                break;
            }
            node = node.next(keys.apply(k));
        }
        return best;
    }

    /**
     * A phrase found: its value and the index after its last word.
     *
     * @param value the phrase's value
     * @param end the index just after the phrase's last word
     * @param <T> the value type
     */
    public record Match<T>(T value, int end) {
    }

    /**
     * A point in the trie after some words: where the next word leads, and the value of the
     * phrase that ends here, if any.
     *
     * @param <T> the value type
     */
    public static final class Node<T> {
        private final Map<String, Node<T>> next = new HashMap<>(4);
        private T value;

        private Node() {
        }

        /** The node after the word with {@code key}, or null. */
        public Node<T> next(String key) {
            return next.get(key);
        }

        /** The value of the phrase that ends at this node, or null. */
        public T value() {
            return value;
        }
    }

    /**
     * Collects phrases; the first value given to a phrase wins.
     *
     * @param <T> the value type
     */
    public static final class Builder<T> {
        private final UnaryOperator<String> keyOf;
        private final Node<T> root = new Node<>();
        private final Set<String> words = new HashSet<>();

        private Builder(UnaryOperator<String> keyOf) {
            this.keyOf = keyOf;
        }

        /** Adds {@code phrase}, words separated by spaces, with {@code value}. */
        public Builder<T> add(String phrase, T value) {
            requireNonNull(value, "value");
            String text = phrase.strip();
            Node<T> node = root;
            // the words between runs of spaces, cut by hand: a regular expression per phrase was
            // a fifth of the time the entity lists took to load
            int start = 0;
            while (true) {
                int space = text.indexOf(' ', start);
                String key = keyOf.apply(text.substring(start, space < 0 ? text.length() : space));
                words.add(key);
                node = node.next.computeIfAbsent(key, k -> new Node<>());
                if (space < 0) {
                    break;
                }
                start = space + 1;
                while (text.charAt(start) == ' ') {
                    start++;
                }
            }
            if (node.value == null) {
                node.value = value;
            }
            return this;
        }

        /** The trie; the builder must not be used afterwards. */
        public PhraseTrie<T> build() {
            return new PhraseTrie<>(root, Set.copyOf(words));
        }
    }
}
