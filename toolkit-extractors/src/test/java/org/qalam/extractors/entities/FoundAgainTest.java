package org.qalam.extractors.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FoundAgainTest {

    /** The names found again in {@code text} after the tagger found the persons {first, last}. */
    private static List<Found> foundAgain(String text, int[]... persons) {
        return foundAgain(TestUnits.of(text), persons);
    }

    private static List<Found> foundAgain(List<Unit> units, int[]... persons) {
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

    @Test
    void findsNoOneWordNameAgainThatIsAlsoACommonWord() {
        List<Unit> units = TestUnits.of("قال علي إن الحكم على المتهم . وأكد علي حسن ذلك",
                Map.of("علي", WordLists.GIVEN_COMMON | WordLists.STOP,
                        "على", WordLists.GIVEN_COMMON | WordLists.STOP));
        assertThat(foundAgain(units, new int[] {1, 1}, new int[] {9, 10}))
                .extracting(Found::first, Found::last)
                .containsExactly(tuple(1, 1), tuple(9, 10));
    }
}
