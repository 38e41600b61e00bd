package org.qalam.extractors.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the trained tagger over a document's units, sentence by sentence, and reads its tags as
 * entities; MISC entities and entities of barriers only are dropped.
 *
 * <p>The glue between {@link Features}, {@link SequenceTagger} and the extractor, shared with
 * training's development scores so that both read tags the same way.
 */
final class ModelTagging {

    private final Features features;
    private final SequenceTagger tagger;

    ModelTagging(Features features, SequenceTagger tagger) {
        this.features = features;
        this.tagger = tagger;
    }

    /** The tags of every unit of the document. */
    int[] tags(String text, List<Unit> units, Chart chart, List<Found> rules) {
        int[] gazetteer = Features.gazetteerCodes(chart);
        int[] ruleCodes = Features.ruleCodes(units.size(), rules);
        int[] bounds = Segments.bounds(text, units);
        int[] tags = new int[units.size()];
        for (int s = 0; s + 1 < bounds.length; s++) {
            int from = bounds[s];
            int to = bounds[s + 1];
            int[] segment = tagger.tag(features.of(text, units, from, to, gazetteer, ruleCodes));
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
