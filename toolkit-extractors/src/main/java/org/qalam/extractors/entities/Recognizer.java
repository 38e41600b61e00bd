package org.qalam.extractors.entities;

import java.util.List;

/**
 * Finds persons, places and organizations in a sequence of {@link Unit}s, precision first.
 *
 * <p>Passes over one {@link Chart}, each claiming only free units: (1) organization heads with
 * their modifiers; (2) place cues; (3) gazetteer names, longest first; (4) titles followed by a
 * name (المندوبة الأمريكية الدائمة لدى الأمم المتحدة نيكي هايلي); (5) weak anchors, a verb of
 * saying or a nationality adjective before a given name or an unknown word (قال سولانا); (6) given
 * names and name particles anywhere; (7) consistency: a name found once is found again in the same
 * document (هايلي after نيكي هايلي). Linear in the number of units; no state besides the model.
 */
final class Recognizer {

    private final EntityModel model;
    private final Lexical lexical;

    Recognizer(EntityModel model) {
        this.model = model;
        this.lexical = new Lexical(model);
    }

    /** The chart of {@code units}: their readings and gazetteer matches, nothing claimed. */
    Chart chart(List<Unit> units) {
        return new Chart(units, model, lexical);
    }

    /** The entities of {@code units}, in text order, never overlapping. */
    List<Found> recognize(List<Unit> units) {
        return recognize(chart(units));
    }

    /** The entities of a fresh {@code chart}, in text order, never overlapping; claims them. */
    List<Found> recognize(Chart chart) {
        int n = chart.n;
        Organizations organizations = new Organizations(chart);
        for (int i = 0; i < n; i++) {
            if (chart.free(i) && !chart.insideEarlierName(i)) {
                organizations.organizationByHead(i).ifPresent(chart::claim);
            }
        }
        Places places = new Places(chart);
        for (int i = 0; i < n; i++) {
            if (chart.free(i) && !chart.insideEarlierName(i)) {
                places.placeByCue(i).ifPresent(chart::claim);
            }
        }
        for (int i = 0; i < n; i++) {
            Gazetteer.Match match = chart.gaz[i];
            if (match != null && chart.freeRange(i, match.last())
                    && (!match.entry().ambiguous() || chart.quoted(i, match.last()))
                    && !chart.adjectiveAfterNoun(match)) {
                chart.claim(chart.fromMatch(match, match.first()));
            }
        }
        Persons persons = new Persons(chart);
        for (int i = 0; i < n; i++) {
            if (chart.units.get(i).word() && chart.title(i) != null) {
                int name = persons.skipTitlePhrase(i);
                if (name >= 0 && name < n && (chart.free(name) || persons.givenNameTakenAsPlace(name))) {
                    persons.person(name, true).filter(p -> chart.free(name) || p.last() > name)
                            .ifPresent(chart::claimPerson);
                }
            }
        }
        for (int i = 0; i + 1 < n; i++) {
            if (persons.weakAnchor(i)) {
                int name = chart.units.get(i).definite() ? persons.skipTitlePhrase(i) : i + 1;
                if (name >= 0 && name < n && chart.free(name)
                        && (chart.units.get(name).in(WordLists.GIVEN_NAME)
                            || lexical.foreignLike(chart.units.get(name)))) {
                    persons.person(name, true).ifPresent(chart::claimPerson);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (chart.free(i) && chart.units.get(i).word()) {
                persons.person(i, false).ifPresent(chart::claimPerson);
            }
        }
        repeatNamesFound(chart);
        return chart.claimed();
    }

    /** The value of an entity: its words' forms joined by single spaces (الأمم المتحدة). */
    static String value(Found entity, List<Unit> units) {
        StringBuilder value = new StringBuilder(entity.firstForm());
        for (int k = entity.first() + 1; k <= entity.last(); k++) {
            value.append(' ').append(units.get(k).whole());
        }
        return value.toString();
    }

    /** Finds again, in free chart.units, the names that rules found (and their family names). */
    private void repeatNamesFound(Chart chart) {
        Gazetteer.Builder seen = Gazetteer.builder();
        boolean any = false;
        for (Found entity : chart.claimed()) {
            if (entity.method().equals(Found.GAZETTEER) && entity.type() != EntityType.PERSON) {
                continue;
            }
            Unit lastUnit = chart.units.get(entity.last());
            if (entity.last() > entity.first() || repeatable(lastUnit)) {
                seen.add(value(entity, chart.units), entity.type());
                any = true;
            }
            if (entity.type() == EntityType.PERSON && entity.last() > entity.first()
                    && repeatable(lastUnit)
                    && !chart.units.get(entity.last() - 1).in(WordLists.PARTICLE)) {
                seen.add(lastUnit.form(), EntityType.PERSON);
            }
        }
        if (!any) {
            return;
        }
        Gazetteer names = seen.build();
        for (int i = 0; i < chart.n; i++) {
            if (!chart.free(i)) {
                continue;
            }
            Gazetteer.Match m = names.longest(chart.units, i, chart.readings(i));
            if (m != null && chart.freeRange(i, m.last())) {
                chart.claim(new Found(m.entry().type(), i, m.last(), m.reading().start(),
                        m.reading().form(), Found.RULE));
                i = m.last();
            }
        }
    }

    /** A one-word name worth finding again: not a given name, stop word or ordinal. */
    private boolean repeatable(Unit unit) {
        return !unit.in(WordLists.GIVEN_NAME | WordLists.STOP | WordLists.ORDINAL)
                && unit.key().length() > 2;
    }
}
