package org.qalam.extractors.entities;

import java.util.ArrayList;
import java.util.List;
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

    ModelTagging(EntityModel model, SequenceTagger tagger) {
        this.model = model;
        this.features = new Features(model);
        this.tagger = tagger;
    }

    /**
     * The entities the tagger finds in the chart's units; an entity's first unit sheds the
     * proclitics the segmenter left on it when a reading without them is a name word or ل + ال
     * (للأمم → الأمم, its span starting at the second ل).
     */
    List<Found> entities(String text, Chart chart, List<Found> rules) {
        List<Found> found = entities(tags(text, chart.units, chart, rules), chart.units);
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

    /** The tags of every unit of the document. */
    private int[] tags(String text, List<Unit> units, Chart chart, List<Found> rules) {
        int[] gazetteer = Features.gazetteerCodes(chart);
        int[] ruleCodes = Features.ruleCodes(units.size(), rules);
        int[] bounds = Segments.bounds(text, units);
        int[] tags = new int[units.size()];
        Features.Context context = features.context(units, gazetteer, ruleCodes);
        for (int s = 0; s + 1 < bounds.length; s++) {
            int from = bounds[s];
            int to = bounds[s + 1];
            int[] segment = tagger.tag(
                    features.of(text, units, from, to, gazetteer, ruleCodes, context));
            System.arraycopy(segment, 0, tags, from, segment.length);
        }
        return tags;
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
