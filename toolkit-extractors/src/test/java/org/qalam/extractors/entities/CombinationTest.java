package org.qalam.extractors.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qalam.arabic.lexicon.ArabicLexicon;

class CombinationTest {

    private static EntityModel model;

    @BeforeAll
    static void load() {
        model = EntityModel.load(ArabicLexicon.load(), List.of());
    }

    /** What the combination keeps of the tagger's {@code found}, with no rules and flat scores. */
    private static List<Found> merged(List<Unit> units, Found... found) {
        Chart chart = new Chart(units, model, new Lexical(model));
        ModelTagging.Tagged tagged =
                new ModelTagging.Tagged(List.of(found), new double[units.size() * Bio.COUNT]);
        return Combination.merge(tagged, List.of(), chart);
    }

    private static Found person(int first, int last, List<Unit> units) {
        return new Found(EntityType.PERSON, first, last, units.get(first).start(),
                units.get(first).form(), Found.MODEL);
    }

    @Test
    void leavesTheTitleAndTheGentilicBeforeAPersonOutside() {
        List<Unit> units = TestUnits.of("قال العاهل السعودي عبد الله إن",
                Map.of("السعودي", WordLists.NATIONALITY));
        assertThat(merged(units, person(2, 4, units)))
                .extracting(Found::first, Found::last, Found::start)
                .containsExactly(tuple(3, 4, units.get(3).start()));
        units = TestUnits.of("التقى الرئيس الأمريكي جورج بوش و الشيخ أمين",
                Map.of("الرئيس", WordLists.TITLE, "الأمريكي", WordLists.NATIONALITY,
                        "الشيخ", WordLists.TITLE, "أمين", WordLists.TITLE | WordLists.GIVEN));
        assertThat(merged(units, person(1, 4, units), person(6, 7, units)))
                .extracting(Found::first, Found::last)
                .containsExactly(tuple(3, 4), tuple(7, 7));
    }

    @Test
    void readsAPlaceRightAfterAnOrganizationsHeadAsTheOrganization() {
        List<Unit> units = TestUnits.of("درس سامي في جامعة كاتانيا ثم في صحيفة روما",
                Map.of("جامعة", WordLists.ORG_HEAD, "صحيفة", WordLists.ORG_HEAD));
        assertThat(merged(units, found(EntityType.PERSON, 1, units),
                found(EntityType.LOCATION, 4, units), found(EntityType.LOCATION, 8, units)))
                .extracting(Found::type, Found::first, Found::last)
                .containsExactly(tuple(EntityType.PERSON, 1, 1),
                        tuple(EntityType.ORGANIZATION, 3, 4),
                        tuple(EntityType.ORGANIZATION, 8, 8));
    }

    @Test
    void leavesTheHeadOfATitleOutsideATaggedOrganization() {
        List<Unit> units = TestUnits.of("فاز نادي الهلال على قناة", Map.of());
        Found club = new Found(EntityType.ORGANIZATION, 1, 2, units.get(1).start(),
                units.get(1).form(), Found.MODEL);
        assertThat(merged(units, club, found(EntityType.ORGANIZATION, 4, units)))
                .extracting(Found::first, Found::last, Found::start)
                .containsExactly(tuple(2, 2, units.get(2).start()),
                        tuple(4, 4, units.get(4).start()));
    }

    @Test
    void keepsAListedOrganizationWholeWhereTheTaggerCutItIntoPlaces() {
        List<Unit> units = TestUnits.of("فاز باريس سان جيرمان ثم بورصة لندن");
        Chart chart = new Chart(units, model, new Lexical(model));
        List<Found> tagged = List.of(found(EntityType.LOCATION, 1, units),
                new Found(EntityType.LOCATION, 2, 3, units.get(2).start(), units.get(2).form(),
                        Found.MODEL),
                found(EntityType.LOCATION, 6, units));
        List<Found> listed = List.of(
                new Found(EntityType.ORGANIZATION, 1, 3, units.get(1).start(),
                        units.get(1).form(), Found.GAZETTEER),
                new Found(EntityType.ORGANIZATION, 5, 6, units.get(5).start(),
                        units.get(5).form(), Found.GAZETTEER));
        assertThat(Combination.merge(new ModelTagging.Tagged(tagged,
                new double[units.size() * Bio.COUNT]), listed, chart))
                .extracting(Found::type, Found::first, Found::last)
                .containsExactly(tuple(EntityType.ORGANIZATION, 1, 3),
                        tuple(EntityType.LOCATION, 6, 6));
    }

    @Test
    void endsANameBeforeAWordWithAnEncliticPronoun() {
        List<Unit> units = new ArrayList<>(TestUnits.of("زار ابن أخيه و فريق الإسباني",
                Map.of("ابن", WordLists.PARTICLE)));
        units.set(2, suffixed(units.get(2)));
        units.set(4, suffixed(units.get(4)));
        assertThat(merged(units, person(1, 2, units), new Found(EntityType.ORGANIZATION, 4, 5,
                units.get(4).start(), units.get(4).form(), Found.MODEL))).isEmpty();
    }

    private static Unit suffixed(Unit unit) {
        return new Unit(unit.start(), unit.end(), unit.surface(), unit.form(), unit.key(),
                unit.prefix(), unit.prefixStart(), unit.whole(), true, unit.word(), unit.quote(),
                unit.tokenFirst(), unit.lists(), unit.classes());
    }

    @Test
    void readsThePluralOfAGentilicAsNoPlaceUnlessListed() {
        List<Unit> units = TestUnits.of("حارب البيزنطيين ثم زار سيراليون",
                Map.of("سيراليون", WordLists.NAME_WORD));
        assertThat(merged(units, found(EntityType.LOCATION, 1, units),
                found(EntityType.LOCATION, 4, units)))
                .extracting(Found::first).containsExactly(4);
    }

    @Test
    void givesATaggedNameTheTypeOfTheListedNameItSpans() {
        List<Unit> units = TestUnits.of("غنت أم كلثوم في القاهرة",
                Map.of("أم", WordLists.NAME_WORD, "كلثوم", WordLists.NAME_WORD));
        Found singer = new Found(EntityType.ORGANIZATION, 1, 2, units.get(1).start(),
                units.get(1).form(), Found.MODEL);
        assertThat(merged(units, singer))
                .extracting(Found::type, Found::first, Found::last)
                .containsExactly(tuple(EntityType.PERSON, 1, 2));
    }

    @Test
    void endsNoPersonWithAParticle() {
        List<Unit> units = TestUnits.of("عاش أبو في الشام و محمد بن هناك",
                Map.of("أبو", WordLists.PARTICLE, "بن", WordLists.PARTICLE));
        assertThat(merged(units, person(1, 1, units), person(5, 6, units)))
                .extracting(Found::first, Found::last)
                .containsExactly(tuple(5, 5));
    }

    private static Found found(EntityType type, int at, List<Unit> units) {
        return new Found(type, at, at, units.get(at).start(), units.get(at).form(), Found.MODEL);
    }

    @Test
    void keepsTheTeenOfARegnalNumber() {
        List<Unit> units = TestUnits.of("حكم لويس الرابع عشر فرنسا",
                Map.of("الرابع", WordLists.ORDINAL));
        assertThat(merged(units, person(1, 2, units)))
                .extracting(Found::first, Found::last)
                .containsExactly(tuple(1, 3));
    }
}
