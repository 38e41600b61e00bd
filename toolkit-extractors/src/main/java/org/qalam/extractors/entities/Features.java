package org.qalam.extractors.entities;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qalam.arabic.orthography.ArabicLetters;

/**
 * The features the tagger sees for each unit of a segment, as {@link FeatureHash} keys: the word
 * and its stem with clitic roles (وبالأردن and الأردن share the stem الأردن), character prefixes,
 * suffixes and trigrams, the word's shape, its entry classes in the lexicon ({@link WordClasses}:
 * how the dictionary says it inflects), its neighbours in a window of two, membership of it and
 * of its neighbours in the cue lists (titles, organization heads, place cues, given names, verbs
 * of saying), the gazetteer match covering it, and what the rules found there.
 *
 * <p>One class computes them for training and for tagging, so both see the same features.
 * {@link #VERSION} changes whenever a feature changes: a model trained on other features is
 * refused.
 */
final class Features {

    /** The feature version written into model files. */
    static final int VERSION = 3;

    private static final int BIAS = 1;
    private static final int WORD = 2;
    private static final int BIGRAM = 3;
    private static final int STEM = 4;
    private static final int CLITICS = 5;
    private static final int PREFIX = 6;
    private static final int SUFFIX = 7;
    private static final int TRIGRAM = 8;
    private static final int LENGTH = 9;
    private static final int LIST = 10;
    private static final int GAZETTEER = 11;
    private static final int RULE = 12;
    private static final int RULE_GAZETTEER = 13;
    private static final int STEM_NEXT = 14;
    private static final int STEM_PREVIOUS = 15;
    private static final int STEM_PAIR = 16;
    private static final int CLITICS_NEAR = 17;
    private static final int DOCUMENT = 18;
    private static final int CLASS = 19;

    // bits of the document evidence of a stem: what was seen at any of its occurrences
    private static final int RULE_TYPE = 0;
    private static final int GAZETTEER_TYPE = 3;
    private static final int AFTER_TITLE = 6;
    private static final int AFTER_GIVEN = 7;
    private static final int AFTER_SPEECH = 8;
    /** The number of bits of the document evidence. */
    static final int EVIDENCE_BITS = 9;
    private static final int MIN_EVIDENCE_STEM = 3;

    private static final int MAX_PREFIX = 3;
    private static final int MAX_SUFFIX = 4;
    private static final int MIN_TRIGRAM_STEM = 3;
    private static final int[] LENGTH_BUCKETS = {0, 1, 2, 3, 4, 4, 5, 5, 5, 6};
    private static final int MAX_LENGTH_BUCKET = 7;
    private static final char DIGIT = '0';
    /** The word and stem beyond a segment's edge. */
    static final String OUTSIDE = "<>";
    private static final char WORD_EDGE = '^';

    /**
     * Room for the keys a unit gives a position, but its trigrams (one per letter of its stem) and
     * its lexicon classes.
     */
    private static final int UNIT_KEYS = 5 + MAX_PREFIX + MAX_SUFFIX + WordLists.COUNT;
    /** The gazetteer and rule code beyond the segment's edge. */
    static final int NO_CODE = -1;
    /** The largest gazetteer or rule code: 1 + (type * 2 + inside) * 2 + flag. */
    static final int MAX_CODE = 1 + ((EntityType.values().length - 1) * 2 + 1) * 2 + 1;
    /** Gazetteer and rule codes a position sees: its own and its two neighbours'. */
    private static final int WINDOW_CODES = 3;

    /** The number of {@link Prepared#pairKeys} of a position. */
    static final int PAIR_KEYS = 3;

    /** How far a position sees its neighbours, on each side. */
    static final int WINDOW = 2;
    /** Offsets of the neighbours a position sees, {@code -WINDOW .. WINDOW}. */
    static final int OFFSETS = 2 * WINDOW + 1;

    private static final long[][] EDGE_KEYS = new long[OFFSETS][];

    static {
        for (int d = -WINDOW; d <= WINDOW; d++) {
            EDGE_KEYS[d + WINDOW] = edge(d);
        }
    }

    private Features() {
    }

    /**
     * What a unit contributes to the features of the positions near it: units with the same
     * signature in a document contribute the same keys, so a tagger may score them once.
     *
     * @param word the unit's key, or a barrier's text with digits written 0
     * @param prefix its proclitics
     * @param suffixed whether enclitics follow it
     * @param lists its list-membership mask
     * @param classes its {@link WordClasses}
     */
    record Signature(String word, String prefix, boolean suffixed, int lists, String classes) {
    }

    /**
     * One document's units prepared for feature keys: the words, stems and list masks of its
     * units, their gazetteer and rule codes, the document evidence of each stem (what any of its
     * occurrences showed: a rule's or the gazetteer's type, a title, a given name or a verb of
     * saying before it, since a name keeps its type within a document), and the segments no
     * window crosses.
     *
     * <p>A position's keys are its own ({@link #positionKeys}: pairs of words, codes, evidence)
     * and those of each unit in its window ({@link #unitKeys}), or of the segment's edge
     * ({@link #edgeKeys}) where the window leaves the segment.
     */
    static final class Prepared {

        private final List<Unit> units;
        private final String[] words;
        private final String[] stems;
        private final int[] lists;
        private final int[] gazetteer;
        private final int[] rules;
        /** Per unit, the bits of the document evidence of its stem. */
        private final int[] evidence;
        private final int[] bounds;

        private Prepared(String text, Chart chart, List<Found> found) {
            this.units = chart.units;
            int n = units.size();
            this.words = new String[n];
            this.stems = new String[n];
            this.lists = new int[n];
            this.gazetteer = gazetteerCodes(chart);
            this.rules = ruleCodes(n, found);
            this.bounds = Segments.bounds(text, units);
            for (int i = 0; i < n; i++) {
                Unit unit = units.get(i);
                words[i] = unit.word() ? unit.key() : barrierWord(text, unit);
                stems[i] = unit.definite() ? unit.key().substring(ArabicLetters.ARTICLE.length())
                        : words[i];
                lists[i] = unit.lists();
            }
            Map<String, Integer> byStem = new HashMap<>();
            for (int i = 0; i < n; i++) {
                int previous = i > 0 ? lists[i - 1] : 0;
                if (!units.get(i).word() || stems[i].length() < MIN_EVIDENCE_STEM
                        || (lists[i] & WordLists.STOP) != 0) {
                    continue;
                }
                int bits = 0;
                if (rules[i] != 0) {
                    bits |= 1 << (RULE_TYPE + (rules[i] - 1) / 4);
                }
                if (gazetteer[i] != 0 && (gazetteer[i] - 1) % 2 == 0) {
                    bits |= 1 << (GAZETTEER_TYPE + (gazetteer[i] - 1) / 4);
                }
                bits |= (previous & WordLists.TITLE) != 0 ? 1 << AFTER_TITLE : 0;
                bits |= (previous & WordLists.GIVEN) != 0 ? 1 << AFTER_GIVEN : 0;
                bits |= (previous & WordLists.SPEECH) != 0 ? 1 << AFTER_SPEECH : 0;
                if (bits != 0) {
                    byStem.merge(stems[i], bits, (a, b) -> a | b);
                }
            }
            this.evidence = new int[n];
            for (int i = 0; i < n && !byStem.isEmpty(); i++) {
                Integer bits = units.get(i).word() ? byStem.get(stems[i]) : null;
                evidence[i] = bits == null ? 0 : bits;
            }
        }

        /** The number of units. */
        int size() {
            return units.size();
        }

        /** The start of each segment, followed by the number of units. */
        int[] bounds() {
            return bounds;
        }

        /** The feature keys of each position of the segment {@code [from, to)}. */
        long[][] keys(int from, int to) {
            long[][] keys = new long[to - from][];
            long[][] window = new long[OFFSETS][];
            for (int i = from; i < to; i++) {
                long[] own = positionKeys(i, from, to);
                int count = own.length;
                for (int d = -WINDOW; d <= WINDOW; d++) {
                    int u = i + d;
                    window[d + WINDOW] = u >= from && u < to ? unitKeys(u, d) : edgeKeys(d);
                    count += window[d + WINDOW].length;
                }
                long[] all = Arrays.copyOf(own, count);
                int k = own.length;
                for (long[] part : window) {
                    System.arraycopy(part, 0, all, k, part.length);
                    k += part.length;
                }
                keys[i - from] = all;
            }
            return keys;
        }

        /** What unit {@code u} contributes to the positions near it. */
        Signature signature(int u) {
            return new Signature(words[u], units.get(u).prefix(), units.get(u).suffixed(),
                    lists[u], units.get(u).classes());
        }

        /**
         * The keys unit {@code u} gives the position {@code d} units before it ({@code d}
         * negative: after it): its word and list memberships at offset {@code d}; at 0 its stem,
         * clitics, character prefixes, suffixes and trigrams, lexicon classes and length; next to
         * it its stem and clitics. A function of {@link #signature}.
         */
        long[] unitKeys(int u, int d) {
            Unit unit = units.get(u);
            String stem = stems[u];
            long[] scratch = new long[UNIT_KEYS + stem.length() + unit.classes().length()];
            int k = neighbourKeys(d, words[u], stem, unit.prefix(), scratch);
            if (d == 0) {
                scratch[k++] = FeatureHash.add(FeatureHash.start(STEM), stem);
                scratch[k++] = FeatureHash.add(FeatureHash.add(FeatureHash.add(
                        FeatureHash.start(CLITICS), unit.prefix()), unit.definite() ? 1 : 0),
                        unit.suffixed() ? 1 : 0);
                if (unit.word()) {
                    for (int len = 1; len <= MAX_PREFIX && len < stem.length(); len++) {
                        scratch[k++] = FeatureHash.add(FeatureHash.start(PREFIX), stem, 0, len);
                    }
                    for (int len = 1; len <= MAX_SUFFIX && len < stem.length(); len++) {
                        scratch[k++] = FeatureHash.add(FeatureHash.start(SUFFIX), stem,
                                stem.length() - len, stem.length());
                    }
                    if (stem.length() >= MIN_TRIGRAM_STEM) {
                        k = trigrams(stem, scratch, k);
                    }
                }
                String classes = unit.classes();
                for (int c = 0; c < classes.length(); c++) {
                    scratch[k++] = FeatureHash.add(FeatureHash.start(CLASS), classes.charAt(c));
                }
                int length = Math.min(stem.length(), LENGTH_BUCKETS.length);
                scratch[k++] = FeatureHash.add(FeatureHash.start(LENGTH),
                        length < LENGTH_BUCKETS.length ? LENGTH_BUCKETS[length] : MAX_LENGTH_BUCKET);
            }
            int mask = lists[u];
            for (int bit = 0; bit < WordLists.COUNT && mask != 0; bit++) {
                if ((mask & (1 << bit)) != 0) {
                    scratch[k++] = FeatureHash.add(FeatureHash.add(FeatureHash.start(LIST), d),
                            bit);
                }
            }
            return finished(scratch, k);
        }

        /**
         * The keys of position {@code i} of the segment {@code [from, to)} besides its window's
         * units: its {@link #pairKeys} and the keys of its {@link #codes}.
         */
        long[] positionKeys(int i, int from, int to) {
            long[] pairs = pairKeys(i, from, to);
            Codes codes = codes(i, from, to);
            long[] keys = Arrays.copyOf(pairs, pairs.length + 2 + 2 * WINDOW_CODES
                    + Integer.bitCount(codes.evidence()));
            int k = pairs.length;
            keys[k++] = biasKey();
            for (int d = -1; d <= 1; d++) {
                keys[k++] = gazetteerKey(d, codes.gazetteer()[d + 1]);
                keys[k++] = ruleKey(d, codes.rules()[d + 1]);
            }
            keys[k++] = ruleGazetteerKey(codes.rules()[1], codes.gazetteer()[1]);
            for (int bit = 0; bit < EVIDENCE_BITS; bit++) {
                if ((codes.evidence() & (1 << bit)) != 0) {
                    keys[k++] = evidenceKey(bit);
                }
            }
            return keys;
        }

        /** The keys of the word and stem pairs at position {@code i} of {@code [from, to)}. */
        long[] pairKeys(int i, int from, int to) {
            long[] keys = new long[PAIR_KEYS];
            pairKeys(i, from, to, keys);
            return keys;
        }

        /** Writes the {@link #PAIR_KEYS} keys of {@link #pairKeys(int, int, int)} to {@code keys}. */
        void pairKeys(int i, int from, int to, long[] keys) {
            Features.pairKeys(i > from ? pairsBefore(i - 1) : PairStates.OUTSIDE, pairsBefore(i),
                    word(i), stem(i), i + 1 < to ? word(i + 1) : OUTSIDE, keys);
        }

        /** The hash states of the pairs unit {@code u} begins: a function of its signature. */
        PairStates pairsBefore(int u) {
            return PairStates.of(words[u], stems[u]);
        }

        /** The word of unit {@code u}: its key, or a barrier's text with digits written 0. */
        String word(int u) {
            return words[u];
        }

        /** The stem of unit {@code u}: its word without the article. */
        String stem(int u) {
            return stems[u];
        }

        /**
         * The small numbers behind the rest of position {@code i}'s own keys: the gazetteer and
         * rule codes of it and its neighbours ({@link #NO_CODE} outside the segment), and the
         * document evidence of its stem.
         */
        Codes codes(int i, int from, int to) {
            int[] gazetteerCodes = new int[3];
            int[] ruleCodes = new int[3];
            for (int d = -1; d <= 1; d++) {
                gazetteerCodes[d + 1] = gazetteerCode(i + d, from, to);
                ruleCodes[d + 1] = ruleCode(i + d, from, to);
            }
            return new Codes(gazetteerCodes, ruleCodes, evidence(i));
        }

        /** The gazetteer code of unit {@code u}, {@link #NO_CODE} outside {@code [from, to)}. */
        int gazetteerCode(int u, int from, int to) {
            return u >= from && u < to ? gazetteer[u] : NO_CODE;
        }

        /** The rule code of unit {@code u}, {@link #NO_CODE} outside {@code [from, to)}. */
        int ruleCode(int u, int from, int to) {
            return u >= from && u < to ? rules[u] : NO_CODE;
        }

        /** The bits of the document evidence of unit {@code i}'s stem. */
        int evidence(int i) {
            return evidence[i];
        }
    }

    /**
     * Writes the {@link #PAIR_KEYS} pair keys of a position to {@code keys}.
     *
     * @param before the pair states of the unit before it ({@link PairStates#OUTSIDE} at the
     *     segment's start)
     * @param own its own unit's pair states
     * @param word its word
     * @param stem its stem
     * @param after the word after it ({@code <>} at the segment's end)
     */
    static void pairKeys(PairStates before, PairStates own, String word, String stem,
                         String after, long[] keys) {
        keys[0] = FeatureHash.finish(FeatureHash.add(before.bigram(), word));
        keys[1] = FeatureHash.finish(FeatureHash.add(own.bigramAfter(), after));
        keys[2] = FeatureHash.finish(FeatureHash.add(before.stemPair(), stem));
    }

    /**
     * The hash states of the word and stem pair features a unit begins, its word and stem
     * hashed, so that a position hashes only the second word of each pair.
     *
     * @param bigram the bigram of this word and the next
     * @param bigramAfter the bigram, seen from this word's position, of it and the next
     * @param stemPair the pair of this stem and the next
     */
    record PairStates(long bigram, long bigramAfter, long stemPair) {

        /** The states of the segment's edge before its first unit. */
        static final PairStates OUTSIDE = of(Features.OUTSIDE, Features.OUTSIDE);

        /** The states of a unit of {@code word} and {@code stem}. */
        static PairStates of(String word, String stem) {
            return new PairStates(FeatureHash.add(FeatureHash.start(BIGRAM), word),
                    FeatureHash.add(FeatureHash.add(FeatureHash.start(BIGRAM), 1), word),
                    FeatureHash.add(FeatureHash.start(STEM_PAIR), stem));
        }
    }

    /**
     * The numbers behind a position's code features.
     *
     * @param gazetteer the gazetteer codes of the position before, the position and the one after
     * @param rules their rule codes
     * @param evidence the bits of the document evidence of the position's stem
     */
    record Codes(int[] gazetteer, int[] rules, int evidence) {
    }

    /** The bias key, which every position has. */
    static long biasKey() {
        return FeatureHash.finish(FeatureHash.start(BIAS));
    }

    /** The key of gazetteer code {@code code} at offset {@code d} (-1, 0, 1). */
    static long gazetteerKey(int d, int code) {
        return FeatureHash.finish(FeatureHash.add(FeatureHash.add(FeatureHash.start(GAZETTEER),
                d), code));
    }

    /** The key of rule code {@code code} at offset {@code d} (-1, 0, 1). */
    static long ruleKey(int d, int code) {
        return FeatureHash.finish(FeatureHash.add(FeatureHash.add(FeatureHash.start(RULE), d),
                code));
    }

    /** The key of a position's rule code and gazetteer code together. */
    static long ruleGazetteerKey(int rule, int gazetteer) {
        return FeatureHash.finish(FeatureHash.add(FeatureHash.add(
                FeatureHash.start(RULE_GAZETTEER), rule), gazetteer));
    }

    /** The key of bit {@code bit} of the document evidence. */
    static long evidenceKey(int bit) {
        return FeatureHash.finish(FeatureHash.add(FeatureHash.start(DOCUMENT), bit));
    }

    /** The document's units prepared for feature keys, with the entities the rules found. */
    static Prepared prepare(String text, Chart chart, List<Found> rules) {
        return new Prepared(text, chart, rules);
    }

    /**
     * The keys a position gets where its window at offset {@code d} leaves the segment: the
     * same for every segment edge (a shared array, not to be changed).
     */
    static long[] edgeKeys(int d) {
        return EDGE_KEYS[d + WINDOW];
    }

    private static long[] edge(int d) {
        long[] scratch = new long[3];
        return finished(scratch, neighbourKeys(d, OUTSIDE, OUTSIDE, OUTSIDE, scratch));
    }

    /**
     * Writes to the start of {@code scratch} the hashes a unit (or the segment's edge) gives the
     * position {@code d} units before it by its word, and next to it by its stem and clitics;
     * returns their number.
     */
    private static int neighbourKeys(int d, String word, String stem, String prefix,
                                     long[] scratch) {
        int k = 0;
        scratch[k++] = FeatureHash.add(FeatureHash.add(FeatureHash.start(WORD), d), word);
        if (d == 1 || d == -1) {
            scratch[k++] = FeatureHash.add(FeatureHash.start(d == 1 ? STEM_NEXT : STEM_PREVIOUS),
                    stem);
            scratch[k++] = FeatureHash.add(FeatureHash.add(FeatureHash.start(CLITICS_NEAR), d),
                    prefix);
        }
        return k;
    }

    /** The first {@code k} hashes of {@code scratch}, finished into keys. */
    private static long[] finished(long[] scratch, int k) {
        long[] keys = Arrays.copyOf(scratch, k);
        for (int j = 0; j < k; j++) {
            keys[j] = FeatureHash.finish(keys[j]);
        }
        return keys;
    }

    /** Appends the keys of the character trigrams of {@code ^stem^}; returns the new count. */
    private static int trigrams(String stem, long[] scratch, int k) {
        String padded = WORD_EDGE + stem + WORD_EDGE;
        int count = k;
        for (int s = 0; s + 3 <= padded.length(); s++) {
            scratch[count++] = FeatureHash.add(FeatureHash.start(TRIGRAM), padded, s, s + 3);
        }
        return count;
    }

    /** A barrier as a word: its text with every digit written 0 (2025 → 0000). */
    private static String barrierWord(String text, Unit unit) {
        char[] chars = text.substring(unit.start(), unit.end()).toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (Character.isDigit(chars[i])) {
                chars[i] = DIGIT;
            }
        }
        return new String(chars);
    }

    /**
     * Per unit, the gazetteer match covering it: 0 for none, else a code of the entity type,
     * whether the unit begins the match, and whether the name is also a common word.
     */
    static int[] gazetteerCodes(Chart chart) {
        int[] codes = new int[chart.n];
        for (int i = 0; i < chart.n; ) {
            Gazetteer.Match match = chart.gaz[i];
            if (match == null) {
                i++;
                continue;
            }
            int type = match.entry().type().ordinal();
            int ambiguous = match.entry().ambiguous() || chart.adjectiveAfterNoun(match) ? 1 : 0;
            for (int k = match.first(); k <= match.last(); k++) {
                codes[k] = 1 + (type * 2 + (k == match.first() ? 0 : 1)) * 2 + ambiguous;
            }
            i = match.last() + 1;
        }
        return codes;
    }

    /**
     * Per unit, what the rules found there: 0 for nothing, else a code of the entity type,
     * whether the unit begins it, and whether a gazetteer or a rule found it.
     */
    static int[] ruleCodes(int n, List<Found> found) {
        int[] codes = new int[n];
        for (Found entity : found) {
            int type = entity.type().ordinal();
            int method = entity.method().equals(Found.GAZETTEER) ? 0 : 1;
            for (int k = entity.first(); k <= entity.last(); k++) {
                codes[k] = 1 + (type * 2 + (k == entity.first() ? 0 : 1)) * 2 + method;
            }
        }
        return codes;
    }
}
