package org.qalam.extractors.entities;

import java.util.Optional;

/**
 * Places announced by a cue: هضبة الجولان keeps its cue, محافظة درعا → درعا, بلدة الهري → الهري.
 */
final class Places extends ChartRules {

    Places(Chart chart) {
        super(chart);
    }

    Optional<Found> placeByCue(int i) {
        Unit.Reading cue = chart.reading(i, WordLists.PLACE_CUE);
        if (cue == null || i + 1 >= chart.n || !chart.units.get(i + 1).word()) {
            return Optional.empty();
        }
        boolean keep = (model.keyLists(cue.key()) & WordLists.CUE_INSIDE) != 0;
        int j = i + 1;
        Gazetteer.Match next = chart.gaz[j];
        if (next != null && next.reading().start() == chart.units.get(j).start()) {
            if (next.entry().type() != EntityType.LOCATION || !chart.freeRange(j, next.last())
                    || chart.covers(chart.gaz[i], next.last())) {
                return Optional.empty();
            }
            return Optional.of(keep
                    ? new Found(EntityType.LOCATION, i, next.last(), cue.start(), cue.form(),
                            Found.GAZETTEER)
                    : chart.fromMatch(next, j));
        }
        if (!chart.free(j) || !placeName(j, cue.key())) {
            return Optional.empty();
        }
        int last = j;
        if (chart.units.get(j).in(WordLists.PLACE_PARTICLE) && j + 1 < chart.n && chart.free(j + 1)
                && lexical.nameLike(chart.units.get(j + 1))) {
            last = j + 1;
        }
        if (chart.covers(chart.gaz[i], last)) {
            return Optional.empty();
        }
        return Optional.of(keep
                ? new Found(EntityType.LOCATION, i, last, cue.start(), cue.form(), Found.RULE)
                : new Found(EntityType.LOCATION, j, last, chart.units.get(j).start(),
                        chart.units.get(j).form(), Found.RULE));
    }

    /** Whether unit {@code j} after place cue {@code cue} reads as a place name. */
    boolean placeName(int j, String cue) {
        Unit unit = chart.units.get(j);
        if (!lexical.nameLike(unit)) {
            return false;
        }
        if (!unit.in(WordLists.KNOWN)) {
            return true;
        }
        if ((model.keyLists(cue) & WordLists.GENERIC_CUE) != 0) {
            return false;
        }
        if (unit.in(WordLists.PLACE_PARTICLE)) {
            return true;
        }
        // مدينة كبيرة، بلدة صغيرة: an indefinite feminine word after a cue is an adjective.
        return unit.definite() || !(unit.key().endsWith("ه") || unit.key().endsWith("ا"));
    }
}
