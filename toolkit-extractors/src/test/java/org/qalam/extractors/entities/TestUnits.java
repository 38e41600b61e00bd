package org.qalam.extractors.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.qalam.language.names.ArabicKey;

/** Units written by hand for tests of the steps after the rules: no segmenter, no lexicon. */
final class TestUnits {

    private TestUnits() {
    }

    /**
     * Units of the space-separated words of {@code text}, keyed as the extractor keys them, a "."
     * a barrier, in no list.
     */
    static List<Unit> of(String text) {
        return of(text, Map.of());
    }

    /** The same, each word in the {@link WordLists} bits {@code lists} gives it. */
    static List<Unit> of(String text, Map<String, Integer> lists) {
        List<Unit> units = new ArrayList<>();
        int at = 0;
        for (String word : text.split(" ")) {
            units.add(word.equals(".") ? Unit.barrier(at, at + 1, false)
                    : new Unit(at, at + word.length(), word, word, ArabicKey.of(word), "", at, word, false,
                            true, false, true, lists.getOrDefault(word, 0), WordClasses.NONE));
            at += word.length() + 1;
        }
        return units;
    }
}
