package org.qalam.extractors.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FoundAgainTest {

    /** Units of space-separated words, a "." a barrier. */
    private static List<Unit> units(String text) {
        List<Unit> units = new ArrayList<>();
        int at = 0;
        for (String word : text.split(" ")) {
            units.add(word.equals(".") ? Unit.barrier(at, at + 1, false)
                    : new Unit(at, at + word.length(), word, word, word, "", at, word, false,
                            true, false, true, 0, WordClasses.NONE));
            at += word.length() + 1;
        }
        return units;
    }

    /** The names found again in {@code text} after the tagger found the persons {first, last}. */
    private static List<Found> foundAgain(String text, int[]... persons) {
        List<Unit> units = units(text);
        List<Found> tagged = new ArrayList<>();
        for (int[] person : persons) {
            tagged.add(new Found(EntityType.PERSON, person[0], person[1],
                    units.get(person[0]).start(), units.get(person[0]).form(), Found.MODEL));
        }
        return ModelTagging.foundAgain(tagged, units);
    }

    @Test
    void findsATaggedNameAgainWhereItsWordsRecurOutsideAnyEntity() {
        List<Found> found = foundAgain("قال المدرب كارلوس كافو . وأضاف كافو أن كارلوس كافو سيعود",
                new int[] {2, 3}, new int[] {6, 6});
        assertThat(found).extracting(Found::first, Found::last)
                .containsExactly(tuple(2, 3), tuple(6, 6), tuple(8, 9));
        assertThat(found).allMatch(entity -> entity.type() == EntityType.PERSON);
    }

    @Test
    void prefersTheLongestNameThatRecurs() {
        assertThat(foundAgain("كافو سانتوس وصل . ثم كافو قال إن كافو سانتوس",
                new int[] {0, 1}, new int[] {5, 5}))
                .extracting(Found::first, Found::last)
                .containsExactly(tuple(0, 1), tuple(5, 5), tuple(8, 9));
    }
}
