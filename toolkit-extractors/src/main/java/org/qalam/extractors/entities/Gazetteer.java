package org.qalam.extractors.entities;

import org.qalam.language.names.ArabicKey;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A word trie of names: each edge is the matching key of one word, so finding the longest name
 * that starts at a unit costs one hash look-up per word, whatever the size of the lists.
 *
 * <p>Built once by {@link Builder}; immutable afterwards and safe to share between threads.
 */
final class Gazetteer {

    private final Node root;
    private final Set<String> words;

    private Gazetteer(Node root, Set<String> words) {
        this.root = root;
        this.words = words;
    }

    /** A new, empty builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Whether {@code key} is the key of a word of some name (الامم, المتحده, سوريا). */
    boolean hasWord(String key) {
        return words.contains(key);
    }

    /** Whether no name was added. */
    boolean isEmpty() {
        return root.next.isEmpty();
    }

    /**
     * The longest name starting at unit {@code from}, or null: the first unit may match in any of
     * its {@code readings} (without the proclitics the segmenter left attached); later units must
     * match as they stand, or with their proclitics (البوسنة والهرسك).
     */
    Match longest(List<Unit> units, int from, List<Unit.Reading> readings) {
        Unit first = units.get(from);
        if (!first.word()) {
            return null;
        }
        Match best = null;
        for (Unit.Reading reading : readings) {
            Node node = root.next.get(reading.key());
            if (node == null) {
                continue;
            }
            int i = from;
            while (true) {
                if (node.entry != null && (best == null || i > best.last())) {
                    best = new Match(from, i, reading, node.entry);
                }
                if (i + 1 >= units.size() || !units.get(i + 1).word()) {
                    break;
                }
                Unit next = units.get(i + 1);
                Node child = next.prefixed() ? null : node.next.get(next.key());
                if (child == null) {
                    child = node.next.get(ArabicKey.of(next.prefix() + next.form()));
                }
                if (child == null) {
                    break;
                }
                node = child;
                i++;
            }
            if (best != null && best.last() > from) {
                break;
            }
        }
        return best;
    }

    /** What a name is: its type, whether it is also a common word, and which list gave it. */
    record Entry(EntityType type, boolean ambiguous) {
    }

    /** A name found over units {@code [first, last]}, read from {@code reading} of the first. */
    record Match(int first, int last, Unit.Reading reading, Entry entry) {
    }

    /** Collects names; the first type given to a name wins. */
    static final class Builder {
        private final Node root = new Node();
        private final Set<String> words = new HashSet<>();

        private Builder() {
        }

        /**
         * Adds {@code name} (words separated by spaces); a leading {@code ?} marks it ambiguous.
         */
        Builder add(String name, EntityType type) {
            boolean ambiguous = name.startsWith("?");
            String words = ambiguous ? name.substring(1).strip() : name;
            Node node = root;
            for (String word : words.split(" +")) {
                String key = ArabicKey.of(word);
                this.words.add(key);
                node = node.next.computeIfAbsent(key, k -> new Node());
            }
            if (node.entry == null) {
                node.entry = new Entry(type, ambiguous);
            }
            return this;
        }

        /** Adds every name of {@code names}. */
        Builder addAll(List<String> names, EntityType type) {
            names.forEach(name -> add(name, type));
            return this;
        }

        /** The gazetteer; the builder must not be used afterwards. */
        Gazetteer build() {
            return new Gazetteer(root, Set.copyOf(words));
        }
    }

    /** A trie node; mutated only while its builder runs. */
    private static final class Node {
        private final Map<String, Node> next = new HashMap<>(4);
        private Entry entry;
    }
}
