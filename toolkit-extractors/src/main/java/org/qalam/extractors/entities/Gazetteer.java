package org.qalam.extractors.entities;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.qalam.language.names.ArabicKey;
import org.qalam.language.phrases.PhraseTrie;

/**
 * The names the extractor knows, in the language library's {@link PhraseTrie} keyed by
 * {@link ArabicKey}, matched against units: the first unit in any of its readings, later units as
 * they stand or with their proclitics.
 *
 * <p>Built once by {@link Builder}; immutable afterwards and safe to share between threads.
 */
final class Gazetteer {

    private final PhraseTrie<Entry> names;

    private Gazetteer(PhraseTrie<Entry> names) {
        this.names = names;
    }

    /** A new, empty builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Whether {@code key} is the key of a word of some name (الامم, المتحده, سوريا). */
    boolean hasWord(String key) {
        return names.hasWord(key);
    }

    /** Whether {@code key} is the key of the first word of some name (القاهرة, الامم). */
    boolean startsName(String key) {
        return names.root().next(key) != null;
    }

    /** The keys of every word of every name. */
    Set<String> words() {
        return names.words();
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
        for (int r = 0; r < readings.size(); r++) {
            Unit.Reading reading = readings.get(r);
            PhraseTrie.Node<Entry> node = names.root().next(reading.key());
            if (node == null) {
                continue;
            }
            int i = from;
            while (true) {
                if (node.value() != null && (best == null || i > best.last())) {
                    best = new Match(from, i, reading, node.value());
                }
                if (i + 1 >= units.size() || !units.get(i + 1).word()) {
                    break;
                }
                Unit next = units.get(i + 1);
                PhraseTrie.Node<Entry> child = next.prefixed() ? null : node.next(next.key());
                if (child == null) {
                    child = node.next(ArabicKey.of(next.prefix() + next.form()));
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

    /**
     * What a name is: its type, whether it is also a common word, and whether a user's gazetteer
     * file gave it (a user's name then overrides the tagger).
     */
    record Entry(EntityType type, boolean ambiguous, boolean user) {
    }

    /** A name found over units {@code [first, last]}, read from {@code reading} of the first. */
    record Match(int first, int last, Unit.Reading reading, Entry entry) {
    }

    /** Collects names; the first type given to a name wins. */
    static final class Builder {
        private final PhraseTrie.Builder<Entry> names = PhraseTrie.builder(ArabicKey::of);
        private Predicate<String> listed = key -> true;

        private Builder() {
        }

        /**
         * Keeps out the names, but a user's, whose key {@code listed} rejects (training hides
         * some names to learn how names the lists do not know look).
         */
        Builder listing(Predicate<String> listed) {
            this.listed = listed;
            return this;
        }

        /**
         * Adds {@code name} (words separated by spaces); a leading {@code ?} marks it ambiguous.
         */
        Builder add(String name, EntityType type) {
            return add(name, type, false);
        }

        /** Adds {@code name} from a user's gazetteer file. */
        Builder addUser(String name, EntityType type) {
            return add(name, type, true);
        }

        private Builder add(String name, EntityType type, boolean user) {
            boolean ambiguous = name.startsWith("?");
            String plain = ambiguous ? name.substring(1).strip() : name;
            if (user || listed.test(ArabicKey.of(plain))) {
                names.add(plain, new Entry(type, ambiguous, user));
            }
            return this;
        }

        /** Adds every name of {@code names}. */
        Builder addAll(List<String> list, EntityType type) {
            list.forEach(name -> add(name, type));
            return this;
        }

        /** The gazetteer; the builder must not be used afterwards. */
        Gazetteer build() {
            return new Gazetteer(names.build());
        }
    }
}
