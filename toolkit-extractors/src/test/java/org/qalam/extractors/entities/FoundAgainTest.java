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

    private static Found person(int first, int last, List<Unit> units) {
        return new Found(EntityType.PERSON, first, last, units.get(first).start(),
                units.get(first).form(), Found.MODEL);
    }

    @Test
    void findsATaggedNameAgainWhereItsWordsRecurOutsideAnyEntity() {
        List<Unit> units = units("قال المدرب كارلوس كافو . وأضاف كافو أن كارلوس كافو سيعود");
        List<Found> found = ModelTagging.foundAgain(
                List.of(person(2, 3, units), person(6, 6, units)), units);
        assertThat(found).extracting(Found::first, Found::last)
                .containsExactly(tuple(2, 3),
                        tuple(6, 6),
                        tuple(8, 9));
        assertThat(found).allMatch(entity -> entity.type() == EntityType.PERSON);
    }

    @Test
    void prefersTheLongestNameThatRecurs() {
        List<Unit> units = units("كافو سانتوس وصل . ثم كافو قال إن كافو سانتوس");
        List<Found> found = ModelTagging.foundAgain(
                List.of(person(0, 1, units), person(5, 5, units)), units);
        assertThat(found).extracting(Found::first, Found::last)
                .containsExactly(tuple(0, 1), tuple(5, 5), tuple(8, 9));
    }
}
