package org.qalam.extractors.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * One document's recognition state: its units, their readings and gazetteer matches, and which
 * entity owns each unit. The rules read it and claim units through it; an entity claims only free
 * units, except that a person may absorb a person or a place found inside it.
 */
final class Chart {

    final List<Unit> units;
    final int n;
    final Gazetteer.Match[] gaz;
    final Found[] owner;
    private final int[] gazCoverStart;
    private final List<List<Unit.Reading>> readings;
    /** The lists the rules read. */
    final EntityModel model;
    /** The word tests the rules share. */
    final Lexical lexical;

    Chart(List<Unit> units, EntityModel model, Lexical lexical) {
        this.units = units;
        this.n = units.size();
        this.model = model;
        this.lexical = lexical;
        this.gaz = new Gazetteer.Match[n];
        this.gazCoverStart = new int[n];
        this.owner = new Found[n];
        java.util.Arrays.fill(gazCoverStart, -1);
        this.readings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Unit unit = units.get(i);
            readings.add(unit.readings());
            // a unit read only as itself starts no name unless its key is a word of one
            gaz[i] = readings.get(i).size() == 1 && !unit.in(WordLists.NAME_WORD) ? null
                    : model.gazetteer.longest(units, i, readings.get(i));
        }
        for (int i = 0; i < n; ) {
            Gazetteer.Match match = gaz[i];
            if (match != null && !match.entry().ambiguous()) {
                for (int k = match.first(); k <= match.last(); k++) {
                    gazCoverStart[k] = i;
                }
                i = match.last() + 1;
            } else {
                i++;
            }
        }
    }

    /** The readings of unit {@code i}, computed once. */
    List<Unit.Reading> readings(int i) {
        return readings.get(i);
    }

    /** The entities claimed so far, in text order. */
    List<Found> claimed() {
        List<Found> entities = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (owner[i] != null && owner[i].first() == i) {
                entities.add(owner[i]);
            }
        }
        return entities;
    }

    Found fromMatch(Gazetteer.Match match, int first) {
        return new Found(match.entry().type(), first, match.last(), match.reading().start(),
                match.reading().form(), Found.GAZETTEER);
    }

    /**
     * The first reading of unit {@code i} whose key is in one of the lists of {@code bits}
     * ({@link WordLists}, {@code KNOWN} aside), or null.
     */
    Unit.Reading reading(int i, int bits) {
        Unit unit = units.get(i);
        if (!unit.word()) {
            return null;
        }
        List<Unit.Reading> all = readings.get(i);
        if (unit.in(bits)) {
            return all.get(0);
        }
        for (int r = 1; r < all.size(); r++) {
            if ((model.keyLists(all.get(r).key()) & bits) != 0) {
                return all.get(r);
            }
        }
        return null;
    }

    Unit.Reading title(int i) {
        return reading(i, WordLists.TITLE);
    }

    /** A nationality or institutional adjective: الأمريكية، الدولي، الذرية. */
    boolean adjective(int j) {
        Unit unit = units.get(j);
        return unit.word() && !unit.prefixed() && unit.definite()
                && unit.in(WordLists.NATIONALITY);
    }

    /** A definite word that may modify a name: الدفاع، الأمريكية، الدولي. */
    boolean modifier(int j) {
        Unit unit = units.get(j);
        return unit.word() && !unit.prefixed() && unit.definite()
                && !unit.in(WordLists.STOP | WordLists.TITLE | WordLists.PLACE_CUE);
    }

    boolean covers(Gazetteer.Match match, int last) {
        return match != null && !match.entry().ambiguous() && match.last() >= last;
    }

    /** العاصمة السعودية: a country name that is here an adjective of the noun before it. */
    boolean adjectiveAfterNoun(Gazetteer.Match match) {
        int i = match.first();
        return match.last() == i && i > 0 && units.get(i - 1).word()
                && units.get(i - 1).definite() && !units.get(i - 1).prefixed()
                && match.reading().start() == units.get(i).start()
                && units.get(i).in(WordLists.NATIONALITY);
    }

    boolean quoted(int first, int last) {
        return first > 0 && last + 1 < n && units.get(first - 1).quote()
                && units.get(last + 1).quote();
    }

    boolean insideEarlierName(int i) {
        return gazCoverStart[i] >= 0 && gazCoverStart[i] < i;
    }

    boolean free(int i) {
        return owner[i] == null;
    }

    boolean freeRange(int first, int last) {
        for (int k = first; k <= last; k++) {
            if (owner[k] != null || !units.get(k).word()) {
                return false;
            }
        }
        return true;
    }

    void claim(Found entity) {
        for (int k = entity.first(); k <= entity.last(); k++) {
            owner[k] = entity;
        }
    }

    /** Claims a person, absorbing a person the gazetteer found inside it (خليفة حفتر). */
    void claimPerson(Found person) {
        for (int k = person.first(); k <= person.last(); k++) {
            Found inner = owner[k];
            if (inner != null) {
                for (int m = inner.first(); m <= inner.last(); m++) {
                    owner[m] = null;
                }
            }
        }
        claim(person);
    }
}
