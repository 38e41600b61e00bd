package org.qalam.extractors.entities;

import java.util.List;
import java.util.Optional;

/**
 * Organizations built from a head and its modifiers: وزارة الدفاع الأمريكية، المرصد السوري لحقوق
 * الإنسان، حزب العدالة والتنمية. Weak heads (حركة، لجنة) need an adjective or a ل complement; a
 * definite head (الاتحاد) needs an adjective agreeing with it in gender. A head that introduces
 * a title (صحيفة، قناة) stays outside it: صحيفة الحياة → الحياة. A listed name stands alone after
 * such a head and after the heads marked for it (حركة حماس → حماس) and takes the others in (حزب
 * الليكود).
 */
final class Organizations extends ChartRules {

    private static final int MAX_NAME_UNITS = 8;

    Organizations(Chart chart) {
        super(chart);
    }

    Optional<Found> organizationByHead(int i) {
        Unit.Reading head = chart.reading(i, WordLists.ORG_HEADS);
        if (head == null || i + 1 >= chart.n) {
            return Optional.empty();
        }
        boolean weak = (model.keyLists(head.key()) & WordLists.ORG_HEAD_WEAK) != 0;
        boolean definite = head.key().startsWith("ال");
        boolean titled = model.titleHead(head.key());
        if (definite && i > 0 && lexical.constructTitle(chart.units.get(i - 1))) {
            return Optional.empty();  // وزير الخارجية، رئيس الحكومة: the title's complement
        }
        int j = i + 1;
        Gazetteer.Match next = chart.gaz[j];
        if (!definite && next != null && next.reading().start() == chart.units.get(j).start()) {
            if (!chart.freeRange(j, next.last()) || chart.covers(chart.gaz[i], next.last())) {
                return Optional.empty();
            }
            boolean alone = model.appositionHead(head.key());
            if (alone && next.entry().type() == EntityType.ORGANIZATION) {
                return Optional.of(chart.fromMatch(next, j));  // حركة حماس → حماس
            }
            if (titled && next.entry().type() == EntityType.LOCATION) {
                return Optional.of(title(j, next.last(), next.reading()));  // صحيفة القدس → القدس
            }
            // حزب الليكود، جامعة القاهرة، جماعة الحوثي: the head takes a listed name in.
            return Optional.of(new Found(EntityType.ORGANIZATION, i, next.last(), head.start(),
                    head.form(), Found.RULE));
        }
        int last;
        boolean described = false;
        if (definite) {
            if (!chart.adjective(j) || lexical.feminine(head.key()) != lexical.feminine(chart.units.get(j).key())) {
                return Optional.empty();
            }
            last = j;
            described = true;
        } else if (chart.modifier(j)) {
            last = j;
            described = chart.adjective(j);
        } else if (j + 1 < chart.n && chart.free(j) && lexical.nameLike(chart.units.get(j)) && !chart.units.get(j).prefixed()
                && !chart.units.get(j).definite() && chart.modifier(j + 1)) {
            last = j + 1;  // هيئة تحرير الشام، اتحاد صناعة السيارات
        } else {
            return Optional.empty();
        }
        boolean nounAllowed = false;
        for (j = last + 1; j < chart.n && j - i < MAX_NAME_UNITS; j++) {
            if (!chart.free(j) || chart.gaz[j] != null && chart.gaz[j].reading().start() == chart.units.get(j).start()) {
                break;
            }
            Unit unit = chart.units.get(j);
            if (chart.adjective(j)) {
                described = true;
                nounAllowed = false;
            } else if (complementAfterLam(j) || definite && described && lexical.isLamArticle(unit)
                    && j == last + 1) {
                described = true;  // لحقوق الإنسان؛ المنظمة العالمية للملكية الفكرية
                nounAllowed = true;
            } else if (nounAllowed && chart.modifier(j)) {
                nounAllowed = false;
            } else if (unit.prefix().equals("و") && unit.definite() && !lexical.stop(unit)) {
                nounAllowed = false;  // العدالة والتنمية
            } else {
                break;
            }
            last = j;
        }
        if (chart.covers(chart.gaz[i], last)) {
            return Optional.empty();
        }
        if (titled) {
            while (last > i + 1 && chart.adjective(last)) {
                last--;  // صحيفة الجارديان البريطانية → الجارديان
            }
            return Optional.of(title(i + 1, last, chart.readings(i + 1).get(0)));
        }
        if (weak && !described) {
            return Optional.empty();
        }
        return Optional.of(new Found(EntityType.ORGANIZATION, i, last, head.start(), head.form(),
                Found.RULE));
    }

    /** The title a head introduces, over units {@code [first, last]} (قناة الجزيرة → الجزيرة). */
    private static Found title(int first, int last, Unit.Reading reading) {
        return new Found(EntityType.ORGANIZATION, first, last, reading.start(), reading.form(),
                Found.RULE);
    }

    /** لحقوق، للطاقة، لشؤون: unit {@code j} is a known complement after the preposition ل. */
    boolean complementAfterLam(int j) {
        Unit unit = chart.units.get(j);
        if (!unit.word()) {
            return false;
        }
        if (unit.prefix().equals("ل")) {
            return unit.in(WordLists.ORG_COMPLEMENT);
        }
        if (unit.prefixed() || !unit.key().startsWith("ل")) {
            return false;
        }
        List<Unit.Reading> readings = chart.readings(j);
        for (int r = 1; r < readings.size(); r++) {
            if ((model.keyLists(readings.get(r).key()) & WordLists.ORG_COMPLEMENT) != 0) {
                return true;
            }
        }
        return false;
    }
}
