package org.qalam.extractors.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qalam.arabic.orthography.ArabicLetters;
import org.qalam.core.memo.BoundedMemo;
import org.qalam.language.names.ArabicKey;

/**
 * Runs the trained tagger over a document's units, sentence by sentence, and reads its tags as
 * entities; MISC entities and entities of barriers only are dropped.
 *
 * <p>The glue between {@link Features}, {@link SequenceTagger} and the extractor, shared with
 * training's development scores so that both read tags the same way.
 */
final class ModelTagging {

    private static final String LAM_LAM = "لل";
    private static final int PERSON_INSIDE = Bio.inside(Bio.typeNumber(EntityType.PERSON));
    /** Letters of the shortest given name read after a و left on its token (عمر, not يد). */
    private static final int MIN_GIVEN_NAME = 3;
    /** Signatures whose scores are shared between documents at most (about 10 MB). */
    private static final int MAX_SHARED = 32_768;

    private final EntityModel model;
    private final SequenceTagger tagger;
    /** Per offset, the scores of a window that leaves the segment there. */
    private final float[] edgeScores;
    private final CodeScores codeScores;
    /**
     * Unit scores by signature, shared by every document this tagging reads, so that frequent
     * words are scored once; bounded, after which a document keeps its own.
     */
    private final BoundedMemo<Features.Signature, UnitScores> shared =
            new BoundedMemo<>(MAX_SHARED);

    ModelTagging(EntityModel model, SequenceTagger tagger) {
        this.model = model;
        this.tagger = tagger;
        double[] edge = new double[Features.OFFSETS * Bio.COUNT];
        for (int d = -Features.WINDOW; d <= Features.WINDOW; d++) {
            tagger.addScores(Features.edgeKeys(d), edge, (d + Features.WINDOW) * Bio.COUNT);
        }
        this.edgeScores = toFloats(edge);
        this.codeScores = new CodeScores(tagger);
    }

    /**
     * The entities the tagger finds in the chart's units, with its unit scores; an entity's first
     * unit sheds the proclitics the segmenter left on it when a reading without them is a name
     * word or ل + ال (للأمم → الأمم, its span starting at the second ل).
     */
    Tagged entities(String text, Chart chart, List<Found> rules) {
        double[] emission = new double[chart.n * Bio.COUNT];
        List<Found> found = foundAgain(entities(tags(text, chart, rules, emission), chart.units),
                chart.units);
        List<Found> read = new ArrayList<>(found.size());
        for (Found entity : found) {
            Unit.Reading reading = reading(chart, entity.first());
            read.add(reading == null ? entity : new Found(entity.type(), entity.first(),
                    entity.last(), reading.start(), reading.form(), entity.method()));
        }
        return new Tagged(read, emission);
    }

    /**
     * {@code found} with each of its names found again wherever its words recur in the document
     * outside any entity: a name keeps its type within an article, and the tagger, which decides
     * each sentence apart, misses some of its mentions (كافو after كافو), more so of names that
     * no list knows. The longest name that recurs at a unit wins. Linear in the number of units:
     * candidates are looked up by their first key.
     */
    static List<Found> foundAgain(List<Found> found, List<Unit> units) {
        boolean[] covered = new boolean[units.size()];
        Map<String, List<Found>> byFirstKey = new HashMap<>();
        for (Found entity : found) {
            Arrays.fill(covered, entity.first(), entity.last() + 1, true);
            byFirstKey.computeIfAbsent(units.get(entity.first()).key(), key -> new ArrayList<>())
                    .add(entity);
        }
        byFirstKey.values().forEach(names -> names.sort(
                Comparator.comparingInt((Found name) -> name.first() - name.last())));
        List<Found> all = new ArrayList<>(found);
        for (int i = 0; i < units.size(); i++) {
            if (covered[i] || !units.get(i).word()) {
                continue;
            }
            for (Found name : byFirstKey.getOrDefault(units.get(i).key(), List.of())) {
                int last = i + name.last() - name.first();
                if (recursAt(name, i, units, covered)
                        && !(last == i && commonWord(units.get(i)))) {
                    Unit unit = units.get(i);
                    all.add(new Found(name.type(), i, last, unit.start(), unit.form(),
                            Found.MODEL));
                    Arrays.fill(covered, i, last + 1, true);
                    i = last;
                    break;
                }
            }
        }
        all.sort(Comparator.comparingInt(Found::first));
        return all;
    }

    /**
     * Whether {@code unit} is a common word as well as a name: a stop word (the preposition على
     * keys like the name علي) or a given name that is also a word (أمل), which a name of one
     * word does not make a name wherever it recurs.
     */
    private static boolean commonWord(Unit unit) {
        return unit.in(WordLists.STOP | WordLists.GIVEN_COMMON);
    }

    /** Whether the words of {@code name} recur from unit {@code at}, outside any entity. */
    private static boolean recursAt(Found name, int at, List<Unit> units, boolean[] covered) {
        int length = name.last() - name.first() + 1;
        if (at + length > units.size()) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            Unit unit = units.get(at + k);
            if (covered[at + k] || !unit.word()
                    || !unit.key().equals(units.get(name.first() + k).key())) {
                return false;
            }
        }
        return true;
    }

    /** What the tagger found in one document, and how its unit scores weigh any other reading. */
    static final class Tagged {

        private final List<Found> entities;
        /** Per unit, the score of each tag ({@code Bio.COUNT} per unit). */
        private final double[] emission;

        Tagged(List<Found> entities, double[] emission) {
            this.entities = List.copyOf(entities);
            this.emission = emission;
        }

        /** The entities the tagger found, in text order. */
        List<Found> entities() {
            return entities;
        }

        /**
         * How much more the tagger's unit scores favour {@code entity} than no entity over the
         * same units (tag transitions aside): negative where it would rather leave them outside.
         */
        double support(Found entity) {
            int type = Bio.typeNumber(entity.type());
            double sum = 0;
            for (int k = entity.first(); k <= entity.last(); k++) {
                int tag = k == entity.first() ? Bio.begin(type) : Bio.inside(type);
                sum += emission[k * Bio.COUNT + tag] - emission[k * Bio.COUNT + Bio.O];
            }
            return sum;
        }
    }

    private Unit.Reading reading(Chart chart, int first) {
        List<Unit.Reading> readings = chart.readings(first);
        Unit unit = chart.units.get(first);
        if (readings.size() < 2) {
            return null;
        }
        // no name starts with لل, while a listed name may hold للأمم inside it
        boolean lamLam = unit.form().startsWith(LAM_LAM);
        // a word found only inside longer names (بالقاهرة of الجامعة الأمريكية بالقاهرة) sheds
        // its proclitics like any other
        boolean listed = model.nameStart(unit.key());
        for (Unit.Reading reading : readings.subList(1, readings.size())) {
            // a name word of two letters (آن) is too short to outweigh the whole token (فان)
            if (lamLam && reading.form().startsWith(ArabicLetters.ARTICLE)
                    || !listed && reading.form().length() > 2 && model.nameWord(reading.key())
                    && (!sheds(unit, reading) || readsName(chart, first, reading))) {
                return reading;
            }
        }
        return null;
    }

    /** Whether {@code reading} sheds a proclitic that seldom comes before a name: ف or ك alone. */
    private static boolean sheds(Unit unit, Unit.Reading reading) {
        return unit.form().length() - reading.form().length() == 1
                && NameLetters.rareBeforeNames(unit.form().charAt(0));
    }

    /**
     * Whether {@code reading} of unit {@code first} is a given name or begins a listed name the
     * text goes on to match (كفرنسا, not كيني ميلر, whose يني begins only يني شفق).
     */
    private boolean readsName(Chart chart, int first, Unit.Reading reading) {
        Gazetteer.Match match = chart.gaz[first];
        return match != null && match.reading().start() == reading.start()
                || (model.keyLists(reading.key()) & WordLists.GIVEN_NAME) != 0;
    }

    /**
     * The tags of every unit of the document. A unit gives the positions near it the same scores
     * wherever its signature recurs, so they are summed once per signature and offset (and kept
     * for later documents); a position adds its own keys' scores, which it writes to
     * {@code emission} ({@code Bio.COUNT} per unit).
     */
    private int[] tags(String text, Chart chart, List<Found> rules, double[] emission) {
        Features.Prepared prepared = Features.prepare(text, chart, rules);
        int n = prepared.size();
        int tags = Bio.COUNT;
        UnitScores[] units = new UnitScores[n];
        Map<Features.Signature, UnitScores> inDocument = new HashMap<>();
        for (int u = 0; u < n; u++) {
            Features.Signature signature = prepared.signature(u);
            UnitScores scores = shared.get(signature);
            if (scores == null) {
                scores = inDocument.get(signature);
            }
            if (scores == null) {
                scores = shared.keep(signature, unitScores(prepared, u));
                inDocument.put(signature, scores);
            }
            units[u] = scores;
        }
        int[] bounds = prepared.bounds();
        int[] best = new int[n];
        long[] pairs = new long[Features.PAIR_KEYS];
        Viterbi viterbi = tagger.viterbi();
        for (int s = 0; s + 1 < bounds.length; s++) {
            int from = bounds[s];
            int to = bounds[s + 1];
            for (int i = from; i < to; i++) {
                int row = i * tags;
                Features.pairKeys(i > from ? units[i - 1].pairs() : Features.PairStates.OUTSIDE,
                        units[i].pairs(), prepared.word(i), prepared.stem(i),
                        i + 1 < to ? prepared.word(i + 1) : Features.OUTSIDE, pairs);
                tagger.addScores(pairs, emission, row);
                codeScores.add(prepared, i, from, to, emission, row);
                for (int d = -Features.WINDOW; d <= Features.WINDOW; d++) {
                    int u = i + d;
                    float[] scores = u >= from && u < to ? units[u].window() : edgeScores;
                    int at = (d + Features.WINDOW) * tags;
                    for (int t = 0; t < tags; t++) {
                        emission[row + t] += scores[at + t];
                    }
                }
                if (startsAnotherPerson(chart.units.get(i))) {
                    emission[row + PERSON_INSIDE] = Double.NEGATIVE_INFINITY;
                }
            }
            viterbi.decode(emission, from, to - from, best);
        }
        return best;
    }

    /**
     * Whether {@code unit} is a given name after the conjunction و, which joins two people and
     * never continues one (عثمان بن عفان وعلي, أحمد ووليد): segmented off, or left on a token
     * that is no given name itself (وعلي, but not وليد or وسام).
     */
    private boolean startsAnotherPerson(Unit unit) {
        if (unit.prefixed()) {
            return unit.prefix().charAt(0) == ArabicLetters.WAW && unit.in(WordLists.GIVEN_NAME);
        }
        String form = unit.form();
        return unit.word() && form.length() > MIN_GIVEN_NAME
                && form.charAt(0) == ArabicLetters.WAW && !unit.in(WordLists.GIVEN_NAME)
                && (model.keyLists(ArabicKey.of(form.substring(1))) & WordLists.GIVEN_NAME) != 0;
    }

    /** What unit {@code u} gives the positions near it. */
    private UnitScores unitScores(Features.Prepared prepared, int u) {
        double[] sums = new double[Features.OFFSETS * Bio.COUNT];
        for (int d = -Features.WINDOW; d <= Features.WINDOW; d++) {
            tagger.addScores(prepared.unitKeys(u, d), sums, (d + Features.WINDOW) * Bio.COUNT);
        }
        return new UnitScores(toFloats(sums), prepared.pairsBefore(u));
    }

    /**
     * What a unit gives the positions near it, a function of its signature.
     *
     * @param window per offset from a position, the scores of the unit's keys
     * @param pairs the hash states of the word and stem pairs the unit begins
     */
    private record UnitScores(float[] window, Features.PairStates pairs) {
    }

    private static float[] toFloats(double[] values) {
        float[] floats = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            floats[i] = (float) values[i];
        }
        return floats;
    }

    /**
     * The scores of the features of small numbers (the bias, gazetteer and rule codes, document
     * evidence), looked up once per tagger instead of hashed at every position.
     */
    private static final class CodeScores {

        private static final int CODES = Features.MAX_CODE + 2;

        private final double[] bias = new double[Bio.COUNT];
        /** Per offset + 1 and code + 1, the scores. */
        private final double[] gazetteer = new double[3 * CODES * Bio.COUNT];
        private final double[] rule = new double[3 * CODES * Bio.COUNT];
        /** Per rule code and gazetteer code of the position, the scores. */
        private final double[] ruleGazetteer = new double[CODES * CODES * Bio.COUNT];
        private final double[] evidence = new double[Features.EVIDENCE_BITS * Bio.COUNT];

        CodeScores(SequenceTagger tagger) {
            tagger.addScores(new long[] {Features.biasKey()}, bias, 0);
            for (int d = -1; d <= 1; d++) {
                for (int code = Features.NO_CODE; code <= Features.MAX_CODE; code++) {
                    int at = ((d + 1) * CODES + code + 1) * Bio.COUNT;
                    tagger.addScores(new long[] {Features.gazetteerKey(d, code)}, gazetteer, at);
                    tagger.addScores(new long[] {Features.ruleKey(d, code)}, rule, at);
                }
            }
            for (int r = 0; r <= Features.MAX_CODE; r++) {
                for (int g = 0; g <= Features.MAX_CODE; g++) {
                    tagger.addScores(new long[] {Features.ruleGazetteerKey(r, g)}, ruleGazetteer,
                            (r * CODES + g) * Bio.COUNT);
                }
            }
            for (int bit = 0; bit < Features.EVIDENCE_BITS; bit++) {
                tagger.addScores(new long[] {Features.evidenceKey(bit)}, evidence,
                        bit * Bio.COUNT);
            }
        }

        /**
         * Adds to {@code emission[row ..]} the scores of the codes of position {@code i} of the
         * segment {@code [from, to)} ({@link Features.Prepared#codes}).
         */
        void add(Features.Prepared prepared, int i, int from, int to, double[] emission,
                 int row) {
            int ruleBefore = (prepared.ruleCode(i - 1, from, to) + 1) * Bio.COUNT;
            int rules = prepared.ruleCode(i, from, to);
            int ruleAfter = ((2 * CODES) + prepared.ruleCode(i + 1, from, to) + 1) * Bio.COUNT;
            int gazetteerBefore = (prepared.gazetteerCode(i - 1, from, to) + 1) * Bio.COUNT;
            int gazetteers = prepared.gazetteerCode(i, from, to);
            int gazetteerAfter = ((2 * CODES) + prepared.gazetteerCode(i + 1, from, to) + 1)
                    * Bio.COUNT;
            int own = (CODES + rules + 1) * Bio.COUNT;
            int ownGazetteer = (CODES + gazetteers + 1) * Bio.COUNT;
            int both = (rules * CODES + gazetteers) * Bio.COUNT;
            int bits = prepared.evidence(i);
            for (int t = 0; t < Bio.COUNT; t++) {
                double sum = bias[t] + ruleGazetteer[both + t];
                sum += gazetteer[gazetteerBefore + t] + rule[ruleBefore + t];
                sum += gazetteer[ownGazetteer + t] + rule[own + t];
                sum += gazetteer[gazetteerAfter + t] + rule[ruleAfter + t];
                for (int rest = bits; rest != 0; rest &= rest - 1) {
                    sum += evidence[Integer.numberOfTrailingZeros(rest) * Bio.COUNT + t];
                }
                emission[row + t] += sum;
            }
        }
    }

    /** The entities of {@code tags} over {@code units}, found by the model. */
    static List<Found> entities(int[] tags, List<Unit> units) {
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < tags.length) {
            if (tags[i] == Bio.O) {
                i++;
                continue;
            }
            int type = Bio.type(tags[i]);
            int last = i;
            while (last + 1 < tags.length && tags[last + 1] == Bio.inside(type)) {
                last++;
            }
            int first = i;
            i = last + 1;
            while (first <= last && !units.get(first).word()) {
                first++;
            }
            while (last >= first && !units.get(last).word()) {
                last--;
            }
            EntityType product = Bio.productType(type);
            if (first <= last && product != null) {
                Unit unit = units.get(first);
                found.add(new Found(product, first, last, unit.start(), unit.form(), Found.MODEL));
            }
        }
        return found;
    }
}
