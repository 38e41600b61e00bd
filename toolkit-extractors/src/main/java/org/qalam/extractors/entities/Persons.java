package org.qalam.extractors.entities;

import java.util.Optional;

/**
 * Persons: after a title (the title phrase skipped), after a weak anchor (قال، الفرنسي) when the
 * name is a given name or an unknown word, and from given names and particles anywhere, each with
 * the name pieces that follow (given names, بن/أبو/آل + name, a family name, a regnal ordinal).
 */
final class Persons extends ChartRules {

    private static final int MAX_PERSON_UNITS = 5;
    private static final int MAX_TITLE_PHRASE = 8;

    Persons(Chart chart) {
        super(chart);
    }

    /**
     * A verb of saying (قال سولانا) or a singular nationality adjective (المهاجم الفرنسي
     * تيري هنري): a name may follow, if it is a given name or a word the lexicon lacks.
     */
    boolean weakAnchor(int i) {
        Unit unit = chart.units.get(i);
        if (!unit.word() || unit.suffixed()) {
            return false;
        }
        String key = unit.key();
        if (unit.in(WordLists.SPEECH)) {
            return true;
        }
        return !unit.prefixed() && unit.definite() && unit.in(WordLists.NATIONALITY)
                && (key.endsWith("ي") || key.endsWith("يه"));
    }

    /** Where the name after the title at {@code i} starts, or -1. */
    int skipTitlePhrase(int i) {
        int k = i + 1;
        Unit.Reading title = chart.title(i);
        boolean afterConstruct = title != null && !title.key().startsWith("ال");
        for (int steps = 0; k < chart.n && steps < MAX_TITLE_PHRASE; steps++) {
            Unit unit = chart.units.get(k);
            if (!unit.word()) {
                return -1;
            }
            Found taken = chart.owner[k];
            if (taken != null && taken.type() != EntityType.PERSON) {
                if (givenNameTakenAsPlace(k)) {
                    return k;
                }
                k = taken.last() + 1;
                afterConstruct = false;
                continue;
            }
            if (taken == null && chart.gaz[k] != null && chart.gaz[k].entry().type() != EntityType.PERSON
                    && !chart.gaz[k].entry().ambiguous() && chart.gaz[k].reading().start() > unit.start()) {
                k = chart.gaz[k].last() + 1;  // لروسيا، بالأمم المتحدة
                afterConstruct = false;
                continue;
            }
            String key = unit.key();
            if (unit.key().equals("و") && k + 1 < chart.n && chart.units.get(k + 1).definite()) {
                k += 2;  // وزير الشباب و الرياضة, with the conjunction written apart
                continue;
            }
            if (unit.prefix().equals("و") && (unit.definite()
                    || k + 1 < chart.n && chart.units.get(k + 1).word() && chart.units.get(k + 1).definite())) {
                k += unit.definite() ? 1 : 2;  // وزير الخارجية وشؤون المغتربين
                continue;
            }
            if (!unit.prefixed() && unit.in(WordLists.NATIONALITY | WordLists.TITLE_MODIFIER)) {
                k++;
                afterConstruct = false;
                continue;
            }
            if (!unit.prefixed() && (key.equals("لدي") || key.equals("في") || key.equals("باسم"))
                    && k + 1 < chart.n && chart.units.get(k + 1).word()) {
                Found object = chart.owner[k + 1];
                if (object != null && object.type() != EntityType.PERSON) {
                    k = object.last() + 1;
                } else if (chart.units.get(k + 1).definite()) {
                    k += 2;
                } else {
                    return -1;
                }
                afterConstruct = false;
                continue;
            }
            if (lexical.isLamArticle(unit)) {
                k++;  // الأمين العام للمنظمة
                afterConstruct = false;
                continue;
            }
            if (!unit.prefixed() && unit.in(WordLists.TITLE)) {
                afterConstruct = !key.startsWith("ال");
                k++;
                continue;
            }
            if (afterConstruct && !unit.prefixed() && !personEvidence(k)) {
                k++;  // وزير الخارجية، رئيس الوزراء; رئيس حكومة الوحدة
                afterConstruct = !unit.definite();
                continue;
            }
            return k;
        }
        return -1;
    }

    /** جورجيا ميلوني: a given name the gazetteer read as a place, after a title. */
    boolean givenNameTakenAsPlace(int k) {
        Found taken = chart.owner[k];
        return taken.type() == EntityType.LOCATION && taken.first() == k && taken.last() == k
                && chart.units.get(k).in(WordLists.GIVEN_NAME);
    }

    /** A person starting at unit {@code k}; {@code anchored} when a title precedes it. */
    Optional<Found> person(int k, boolean anchored) {
        Unit unit = chart.units.get(k);
        if (!unit.word() || unit.suffixed() || lexical.cueWord(unit)
                || unit.key().length() < 2
                || lexical.stop(unit) && (!unit.in(WordLists.GIVEN_NAME)
                        || unit.form().endsWith("ى"))) {
            return Optional.empty();
        }
        int last;
        boolean ambiguousStart = false;
        if (unit.in(WordLists.PARTICLE) && k + 1 < chart.n && chart.free(k + 1)
                && lexical.nameLike(chart.units.get(k + 1)) && chart.units.get(k + 1).key().length() > 2) {
            last = k + 1;
        } else if (unit.in(WordLists.GIVEN_NAME)) {
            last = k;
            ambiguousStart = unit.in(WordLists.GIVEN_COMMON);
        } else if (anchored && chart.gaz[k] != null && chart.gaz[k].entry().type() == EntityType.PERSON
                && chart.gaz[k].reading().start() == unit.start()) {
            return Optional.of(chart.fromMatch(chart.gaz[k], k));
        } else if (anchored && lexical.foreignLike(unit)) {
            last = k;
        } else if (anchored && unit.definite() && lexical.surnameLike(unit) && chart.gaz[k] == null) {
            return Optional.of(new Found(EntityType.PERSON, k, k, unit.start(), unit.form(),
                    Found.RULE));
        } else {
            return Optional.empty();
        }
        int p = last + 1;
        boolean strong = false;
        while (p < chart.n && p - k < MAX_PERSON_UNITS) {
            Unit next = chart.units.get(p);
            if (!next.word() || next.prefixed() || next.suffixed()) {
                break;
            }
            Found taken = chart.owner[p];
            if (taken != null) {
                if (taken.type() == EntityType.PERSON && taken.first() == p) {
                    last = taken.last();
                    strong = true;
                }
                break;
            }
            if (next.in(WordLists.PARTICLE) && p + 1 < chart.n) {
                Found family = chart.owner[p + 1];
                if (family != null && family.type() == EntityType.PERSON && family.first() == p + 1) {
                    last = family.last();  // كوثر بن هنية
                    strong = true;
                    break;
                }
                if (chart.free(p + 1) && lexical.nameLike(chart.units.get(p + 1)) && !chart.units.get(p + 1).prefixed()
                        && chart.units.get(p + 1).key().length() > 2) {
                    last = p + 1;
                    p += 2;
                    strong = true;
                    continue;
                }
            }
            if (next.in(WordLists.ORDINAL)) {
                last = p;  // عبد الله الثاني، محمد السادس
                strong = true;
                break;
            }
            if (chart.gaz[p] != null && chart.gaz[p].reading().start() == next.start()) {
                if (chart.gaz[p].entry().type() == EntityType.PERSON) {
                    last = chart.gaz[p].last();
                    strong = true;
                }
                break;
            }
            if (next.in(WordLists.GIVEN_NAME) && !lexical.stop(next)) {
                last = p++;
                strong |= next.in(WordLists.GIVEN);
                continue;
            }
            if (next.definite() ? lexical.surnameLike(next) : lexical.foreignLike(next)) {
                last = p;
                strong = true;
            } else if ((!ambiguousStart || anchored) && last == k && (next.definite()
                    ? lexical.nisba(next) && chart.gaz[p] == null : lexical.familyName(next))) {
                last = p;  // إبراهيم الكوني، تيم كلارك
            }
            break;
        }
        if (ambiguousStart && !strong && (!anchored || lexical.stop(unit))) {
            return Optional.empty();
        }
        return Optional.of(new Found(EntityType.PERSON, k, last, unit.start(), unit.form(),
                Found.RULE));
    }

    /** Whether unit {@code k} says "person": a given or family name, or an unknown word. */
    boolean personEvidence(int k) {
        Unit unit = chart.units.get(k);
        Gazetteer.Match match = chart.gaz[k];
        return unit.in(WordLists.GIVEN_NAME)
                || match != null && match.entry().type() == EntityType.PERSON
                || !unit.in(WordLists.KNOWN);
    }
}
