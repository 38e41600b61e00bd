package org.qalam.extractors.entities;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qalam.arabic.orthography.ArabicLetters;

/**
 * The features the tagger sees for each unit of a segment, as {@link FeatureHash} keys: the word
 * and its stem with clitic roles (وبالأردن and الأردن share the stem الأردن), character prefixes,
 * suffixes and trigrams, the word's shape, its neighbours in a window of two, membership of it and
 * of its neighbours in the cue lists (titles, organization heads, place cues, given names, verbs
 * of saying), the gazetteer match covering it, and what the rules found there.
 *
 * <p>One class computes them for training and for tagging, so both see the same features.
 * {@link #VERSION} changes whenever a feature changes: a model trained on other features is
 * refused.
 */
final class Features {

    /** The feature version written into model files. */
    static final int VERSION = 2;

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

    // bits of the document evidence of a stem: what was seen at any of its occurrences
    private static final int RULE_TYPE = 0;
    private static final int GAZETTEER_TYPE = 3;
    private static final int AFTER_TITLE = 6;
    private static final int AFTER_GIVEN = 7;
    private static final int AFTER_SPEECH = 8;
    private static final int EVIDENCE_BITS = 9;
    private static final int MIN_EVIDENCE_STEM = 3;

    private static final int WINDOW = 2;
    private static final int MAX_PREFIX = 3;
    private static final int MAX_SUFFIX = 4;
    private static final int MIN_TRIGRAM_STEM = 3;
    private static final int[] LENGTH_BUCKETS = {0, 1, 2, 3, 4, 4, 5, 5, 5, 6};
    private static final int MAX_LENGTH_BUCKET = 7;
    private static final char DIGIT = '0';
    private static final String OUTSIDE = "<>";
    private static final char WORD_EDGE = '^';

    // bits of the list-membership mask of a unit
    private static final int GIVEN = 1;
    private static final int GIVEN_COMMON = 1 << 1;
    private static final int TITLE = 1 << 2;
    private static final int TITLE_MODIFIER = 1 << 3;
    private static final int ORG_HEAD = 1 << 4;
    private static final int ORG_HEAD_WEAK = 1 << 5;
    private static final int CUE_INSIDE = 1 << 6;
    private static final int CUE_OUTSIDE = 1 << 7;
    private static final int GENERIC_CUE = 1 << 8;
    private static final int NATIONALITY = 1 << 9;
    private static final int STOP = 1 << 10;
    private static final int PARTICLE = 1 << 11;
    private static final int PLACE_PARTICLE = 1 << 12;
    private static final int ORDINAL = 1 << 13;
    private static final int SPEECH = 1 << 14;
    private static final int NAME_WORD = 1 << 15;
    private static final int KNOWN = 1 << 16;
    private static final int ORG_COMPLEMENT = 1 << 17;
    private static final int QUOTE = 1 << 18;
    private static final int BARRIER = 1 << 19;
    private static final int LIST_BITS = 20;
    /** Room for every feature of a unit but its trigrams (one per letter of the stem). */
    private static final int SCRATCH = 64 + (2 * WINDOW + 1) * LIST_BITS + EVIDENCE_BITS;

    private final EntityModel model;

    Features(EntityModel model) {
        this.model = model;
    }

    /**
     * The feature keys of units {@code [from, to)}, a segment no window crosses.
     *
     * @param gazetteer per unit of the document, its {@link #gazetteerCodes} code
     * @param rules per unit of the document, its {@link #ruleCodes} code
     * @param context the document's {@link #context}
     */
    long[][] of(String text, List<Unit> units, int from, int to, int[] gazetteer, int[] rules,
                Context context) {
        Map<String, Integer> seen = context.lists();
        int n = to - from;
        String[] words = new String[n];
        String[] stems = new String[n];
        int[] lists = new int[n];
        for (int i = 0; i < n; i++) {
            Unit unit = units.get(from + i);
            words[i] = unit.word() ? unit.key() : barrierWord(text, unit);
            stems[i] = unit.definite() ? unit.key().substring(ArabicLetters.ARTICLE.length())
                    : words[i];
            lists[i] = unit.word() ? seen.computeIfAbsent(unit.form(), form -> lists(unit))
                    : lists(unit);
        }
        long[][] features = new long[n][];
        long[] scratch = new long[SCRATCH];
        for (int i = 0; i < n; i++) {
            Unit unit = units.get(from + i);
            // a trigram per letter of the stem, besides a bounded number of other features
            int needed = SCRATCH + stems[i].length();
            if (scratch.length < needed) {
                scratch = new long[needed];
            }
            int k = 0;
            scratch[k++] = FeatureHash.start(BIAS);
            for (int d = -WINDOW; d <= WINDOW; d++) {
                long h = FeatureHash.add(FeatureHash.start(WORD), d);
                scratch[k++] = FeatureHash.add(h, word(words, i + d));
            }
            scratch[k++] = FeatureHash.add(FeatureHash.add(FeatureHash.start(BIGRAM),
                    word(words, i - 1)), words[i]);
            scratch[k++] = FeatureHash.add(FeatureHash.add(FeatureHash.add(
                    FeatureHash.start(BIGRAM), 1), words[i]), word(words, i + 1));
            scratch[k++] = FeatureHash.add(FeatureHash.start(STEM), stems[i]);
            scratch[k++] = FeatureHash.add(FeatureHash.start(STEM_NEXT), i + 1 < n ? stems[i + 1]
                    : OUTSIDE);
            scratch[k++] = FeatureHash.add(FeatureHash.start(STEM_PREVIOUS), i > 0 ? stems[i - 1]
                    : OUTSIDE);
            scratch[k++] = FeatureHash.add(FeatureHash.add(FeatureHash.start(STEM_PAIR),
                    i > 0 ? stems[i - 1] : OUTSIDE), stems[i]);
            for (int d = -1; d <= 1; d += 2) {
                String clitics = i + d >= 0 && i + d < n ? units.get(from + i + d).prefix() : OUTSIDE;
                scratch[k++] = FeatureHash.add(FeatureHash.add(FeatureHash.start(CLITICS_NEAR), d),
                        clitics);
            }
            scratch[k++] = FeatureHash.add(FeatureHash.add(FeatureHash.add(
                    FeatureHash.start(CLITICS), unit.prefix()), unit.definite() ? 1 : 0),
                    unit.suffixed() ? 1 : 0);
            String stem = stems[i];
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
            int length = Math.min(stem.length(), LENGTH_BUCKETS.length);
            scratch[k++] = FeatureHash.add(FeatureHash.start(LENGTH),
                    length < LENGTH_BUCKETS.length ? LENGTH_BUCKETS[length] : MAX_LENGTH_BUCKET);
            for (int d = -WINDOW; d <= WINDOW; d++) {
                int mask = i + d >= 0 && i + d < n ? lists[i + d] : 0;
                for (int bit = 0; bit < LIST_BITS && mask != 0; bit++) {
                    if ((mask & (1 << bit)) != 0) {
                        scratch[k++] = FeatureHash.add(FeatureHash.add(FeatureHash.start(LIST),
                                d), bit);
                    }
                }
            }
            for (int d = -1; d <= 1; d++) {
                int at = from + i + d;
                boolean inside = i + d >= 0 && i + d < n;
                scratch[k++] = FeatureHash.add(FeatureHash.add(FeatureHash.start(GAZETTEER), d),
                        inside ? gazetteer[at] : -1);
                scratch[k++] = FeatureHash.add(FeatureHash.add(FeatureHash.start(RULE), d),
                        inside ? rules[at] : -1);
            }
            scratch[k++] = FeatureHash.add(FeatureHash.add(FeatureHash.start(RULE_GAZETTEER),
                    rules[from + i]), gazetteer[from + i]);
            Integer evidence = unit.word() ? context.evidence().get(stems[i]) : null;
            for (int bit = 0; evidence != null && bit < EVIDENCE_BITS; bit++) {
                if ((evidence & (1 << bit)) != 0) {
                    scratch[k++] = FeatureHash.add(FeatureHash.start(DOCUMENT), bit);
                }
            }
            long[] keys = Arrays.copyOf(scratch, k);
            for (int j = 0; j < k; j++) {
                keys[j] = FeatureHash.finish(keys[j]);
            }
            features[i] = keys;
        }
        return features;
    }

    /**
     * What a document says about its words, computed once before its segments' features: the
     * list masks of its word forms (words recur, and the lexicon look-up is the dearest part),
     * and per stem what any of its occurrences showed (a rule's or the gazetteer's type, a title,
     * a given name or a verb of saying before it), since a name keeps its type within a document.
     */
    record Context(Map<String, Integer> lists, Map<String, Integer> evidence) {
    }

    /** The context of a document's units, with their gazetteer and rule codes. */
    Context context(List<Unit> units, int[] gazetteer, int[] rules) {
        Map<String, Integer> lists = new HashMap<>();
        Map<String, Integer> evidence = new HashMap<>();
        int previous = 0;
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            if (!unit.word()) {
                previous = lists(unit);
                continue;
            }
            int mask = lists.computeIfAbsent(unit.form(), form -> lists(unit));
            String stem = unit.definite() ? unit.key().substring(ArabicLetters.ARTICLE.length())
                    : unit.key();
            if (stem.length() >= MIN_EVIDENCE_STEM && (mask & STOP) == 0) {
                int bits = 0;
                if (rules[i] != 0) {
                    bits |= 1 << (RULE_TYPE + (rules[i] - 1) / 4);
                }
                if (gazetteer[i] != 0 && (gazetteer[i] - 1) % 2 == 0) {
                    bits |= 1 << (GAZETTEER_TYPE + (gazetteer[i] - 1) / 4);
                }
                bits |= (previous & TITLE) != 0 ? 1 << AFTER_TITLE : 0;
                bits |= (previous & GIVEN) != 0 ? 1 << AFTER_GIVEN : 0;
                bits |= (previous & SPEECH) != 0 ? 1 << AFTER_SPEECH : 0;
                if (bits != 0) {
                    evidence.merge(stem, bits, (a, b) -> a | b);
                }
            }
            previous = mask;
        }
        return new Context(lists, evidence);
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

    private static String word(String[] words, int i) {
        return i >= 0 && i < words.length ? words[i] : OUTSIDE;
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

    private int lists(Unit unit) {
        if (!unit.word()) {
            return BARRIER | (unit.quote() ? QUOTE : 0);
        }
        String key = unit.key();
        int mask = 0;
        Boolean common = model.givenNames.get(key);
        if (common != null) {
            mask |= common ? GIVEN_COMMON : GIVEN;
        }
        mask |= model.titles.contains(key) ? TITLE : 0;
        mask |= model.titleModifiers.contains(key) ? TITLE_MODIFIER : 0;
        Boolean weak = model.orgHeads.get(key);
        if (weak != null) {
            mask |= weak ? ORG_HEAD_WEAK : ORG_HEAD;
        }
        Boolean inside = model.locationCues.get(key);
        if (inside != null) {
            mask |= inside ? CUE_INSIDE : CUE_OUTSIDE;
        }
        mask |= model.genericCues.contains(key) ? GENERIC_CUE : 0;
        mask |= model.nationalities.contains(key) ? NATIONALITY : 0;
        mask |= model.stopwords.contains(key) ? STOP : 0;
        mask |= model.particles.contains(key) ? PARTICLE : 0;
        mask |= model.placeParticles.contains(key) ? PLACE_PARTICLE : 0;
        mask |= model.ordinals.contains(key) ? ORDINAL : 0;
        mask |= model.speechVerbs.contains(key) ? SPEECH : 0;
        mask |= model.gazetteer.hasWord(key) ? NAME_WORD : 0;
        mask |= model.orgComplements.contains(key) ? ORG_COMPLEMENT : 0;
        mask |= model.known(unit.form()) ? KNOWN : 0;
        return mask;
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
