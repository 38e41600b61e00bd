package org.qalam.extractors.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qalam.arabic.orthography.ArabicLetters;

/**
 * Runs the trained tagger over a document's units, sentence by sentence, and reads its tags as
 * entities; MISC entities and entities of barriers only are dropped.
 *
 * <p>The glue between {@link Features}, {@link SequenceTagger} and the extractor, shared with
 * training's development scores so that both read tags the same way.
 */
final class ModelTagging {

    private static final String LAM_LAM = "لل";

    private final EntityModel model;
    private final Features features;
    private final SequenceTagger tagger;
    /** Per offset, the scores of a window that leaves the segment there. */
    private final double[] edgeScores;

    ModelTagging(EntityModel model, SequenceTagger tagger) {
        this.model = model;
        this.features = new Features(model);
        this.tagger = tagger;
        this.edgeScores = new double[Features.OFFSETS * Bio.COUNT];
        for (int d = -Features.WINDOW; d <= Features.WINDOW; d++) {
            tagger.addScores(Features.edgeKeys(d), edgeScores, (d + Features.WINDOW) * Bio.COUNT);
        }
    }

    /**
     * The entities the tagger finds in the chart's units; an entity's first unit sheds the
     * proclitics the segmenter left on it when a reading without them is a name word or ل + ال
     * (للأمم → الأمم, its span starting at the second ل).
     */
    List<Found> entities(String text, Chart chart, List<Found> rules) {
        List<Found> found = entities(tags(text, chart, rules), chart.units);
        List<Found> read = new ArrayList<>(found.size());
        for (Found entity : found) {
            Unit.Reading reading = reading(chart, entity.first());
            read.add(reading == null ? entity : new Found(entity.type(), entity.first(),
                    entity.last(), reading.start(), reading.form(), entity.method()));
        }
        return read;
    }

    private Unit.Reading reading(Chart chart, int first) {
        List<Unit.Reading> readings = chart.readings(first);
        Unit unit = chart.units.get(first);
        if (readings.size() < 2) {
            return null;
        }
        // no name starts with لل, while a listed name may hold للأمم inside it
        boolean lamLam = unit.form().startsWith(LAM_LAM);
        boolean listed = model.nameWord(unit.key());
        for (Unit.Reading reading : readings.subList(1, readings.size())) {
            if (lamLam && reading.form().startsWith(ArabicLetters.ARTICLE)
                    || !listed && model.nameWord(reading.key())) {
                return reading;
            }
        }
        return null;
    }

    /**
     * The tags of every unit of the document. A unit gives the positions near it the same scores
     * wherever its signature recurs, so they are summed once per signature and offset; a
     * position adds its own keys' scores.
     */
    private int[] tags(String text, Chart chart, List<Found> rules) {
        Features.Prepared prepared = features.prepare(text, chart, rules);
        int n = prepared.size();
        int tags = Bio.COUNT;
        double[][] unitScores = new double[n][];
        Map<Features.Signature, double[]> bySignature = new HashMap<>();
        for (int u = 0; u < n; u++) {
            int unit = u;
            unitScores[u] = bySignature.computeIfAbsent(prepared.signature(u),
                    signature -> unitScores(prepared, unit));
        }
        int[] bounds = prepared.bounds();
        int[] best = new int[n];
        for (int s = 0; s + 1 < bounds.length; s++) {
            int from = bounds[s];
            int to = bounds[s + 1];
            double[] emission = new double[(to - from) * tags];
            for (int i = from; i < to; i++) {
                int row = (i - from) * tags;
                tagger.addScores(prepared.positionKeys(i, from, to), emission, row);
                for (int d = -Features.WINDOW; d <= Features.WINDOW; d++) {
                    int u = i + d;
                    double[] scores = u >= from && u < to ? unitScores[u] : edgeScores;
                    int at = (d + Features.WINDOW) * tags;
                    for (int t = 0; t < tags; t++) {
                        emission[row + t] += scores[at + t];
                    }
                }
            }
            int[] segment = tagger.decode(emission, to - from);
            System.arraycopy(segment, 0, best, from, segment.length);
        }
        return best;
    }

    /** Per offset from a position, the scores unit {@code u} gives it. */
    private double[] unitScores(Features.Prepared prepared, int u) {
        double[] scores = new double[Features.OFFSETS * Bio.COUNT];
        for (int d = -Features.WINDOW; d <= Features.WINDOW; d++) {
            tagger.addScores(prepared.unitKeys(u, d), scores, (d + Features.WINDOW) * Bio.COUNT);
        }
        return scores;
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
