package org.qalam.extractors.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds persons, places and organizations in a sequence of {@link Unit}s, precision first.
 *
 * <p>Passes, each claiming only free units: (1) organization heads with their modifiers
 * (وزارة الدفاع الأمريكية); (2) place cues (هضبة الجولان، محافظة درعا → درعا); (3) gazetteer
 * names, longest first; (4) titles followed by a name (المندوبة الأمريكية الدائمة لدى الأمم
 * المتحدة نيكي هايلي); (5) weak anchors, a verb of saying or a nationality adjective before a
 * given name or an unknown word (قال سولانا); (6) given names and name particles with the family
 * names after them; (7) consistency: a name found once is found again in the same document
 * (هايلي after نيكي هايلي). Linear in the number of units; no state besides the shared model.
 */
final class Recognizer {

    private static final int MAX_NAME_UNITS = 8;
    private static final int MAX_PERSON_UNITS = 5;
    private static final int MAX_TITLE_PHRASE = 8;

    private final EntityModel model;

    Recognizer(EntityModel model) {
        this.model = model;
    }

    /** The entities of {@code units}, in text order, never overlapping. */
    List<Found> recognize(List<Unit> units) {
        return new Run(units).run();
    }

    /** The value of an entity: its words' forms joined by single spaces (الأمم المتحدة). */
    static String value(Found entity, List<Unit> units) {
        StringBuilder value = new StringBuilder(entity.firstForm());
        for (int k = entity.first() + 1; k <= entity.last(); k++) {
            value.append(' ').append(units.get(k).whole());
        }
        return value.toString();
    }

    /** The state of one document's recognition. */
    private final class Run {
        private final List<Unit> units;
        private final int n;
        private final Gazetteer.Match[] gaz;
        private final int[] gazCoverStart;
        private final Found[] owner;
        private final List<List<Unit.Reading>> readings;

        Run(List<Unit> units) {
            this.units = units;
            this.n = units.size();
            this.gaz = new Gazetteer.Match[n];
            this.gazCoverStart = new int[n];
            this.owner = new Found[n];
            java.util.Arrays.fill(gazCoverStart, -1);
            this.readings = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                readings.add(units.get(i).readings());
                gaz[i] = model.gazetteer.longest(units, i, readings.get(i));
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

        List<Found> run() {
            for (int i = 0; i < n; i++) {
                if (free(i) && !insideEarlierName(i)) {
                    organizationByHead(i).ifPresent(this::claim);
                }
            }
            for (int i = 0; i < n; i++) {
                if (free(i) && !insideEarlierName(i)) {
                    placeByCue(i).ifPresent(this::claim);
                }
            }
            for (int i = 0; i < n; i++) {
                Gazetteer.Match match = gaz[i];
                if (match != null && freeRange(i, match.last())
                        && (!match.entry().ambiguous() || quoted(i, match.last()))
                        && !adjectiveAfterNoun(match)) {
                    claim(fromMatch(match, match.first()));
                }
            }
            for (int i = 0; i < n; i++) {
                if (units.get(i).word() && title(i) != null) {
                    int name = skipTitlePhrase(i);
                    if (name >= 0 && name < n && (free(name) || givenNameTakenAsPlace(name))) {
                        person(name, true).filter(p -> free(name) || p.last() > name)
                                .ifPresent(this::claimPerson);
                    }
                }
            }
            for (int i = 0; i + 1 < n; i++) {
                if (weakAnchor(i)) {
                    int name = units.get(i).definite() ? skipTitlePhrase(i) : i + 1;
                    if (name >= 0 && name < n && free(name)
                            && (model.givenNames.containsKey(units.get(name).key())
                                || foreignLike(units.get(name)))) {
                        person(name, true).ifPresent(this::claimPerson);
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                if (free(i) && units.get(i).word() && !units.get(i).prefixed()) {
                    person(i, false).ifPresent(this::claimPerson);
                }
            }
            repeatNamesFound();
            return claimed();
        }

        /** The entities claimed so far, in text order. */
        private List<Found> claimed() {
            List<Found> entities = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (owner[i] != null && owner[i].first() == i) {
                    entities.add(owner[i]);
                }
            }
            return entities;
        }

        // ---- organizations -------------------------------------------------------------

        private Optional<Found> organizationByHead(int i) {
            Unit.Reading head = reading(i, model.orgHeads.keySet());
            if (head == null || i + 1 >= n) {
                return Optional.empty();
            }
            boolean weak = model.orgHeads.get(head.key());
            boolean definite = head.key().startsWith("ال");
            if (definite && i > 0 && constructTitle(units.get(i - 1))) {
                return Optional.empty();  // وزير الخارجية، رئيس الحكومة: the title's complement
            }
            int j = i + 1;
            Gazetteer.Match next = gaz[j];
            if (!definite && next != null && next.reading().start() == units.get(j).start()) {
                if (!freeRange(j, next.last()) || covers(gaz[i], next.last())) {
                    return Optional.empty();
                }
                if (next.entry().type() == EntityType.ORGANIZATION) {
                    return Optional.of(fromMatch(next, j));  // حركة حماس → حماس
                }
                // جامعة القاهرة، جماعة الحوثي: a place or a family completes the name.
                return Optional.of(new Found(EntityType.ORGANIZATION, i, next.last(), head.start(),
                        head.form(), Found.RULE));
            }
            int last;
            boolean described = false;
            if (definite) {
                if (!adjective(j) || feminine(head.key()) != feminine(units.get(j).key())) {
                    return Optional.empty();
                }
                last = j;
                described = true;
            } else if (modifier(j)) {
                last = j;
                described = adjective(j);
            } else if (j + 1 < n && free(j) && nameLike(units.get(j)) && !units.get(j).prefixed()
                    && !units.get(j).definite() && modifier(j + 1)) {
                last = j + 1;  // هيئة تحرير الشام، اتحاد صناعة السيارات
            } else {
                return Optional.empty();
            }
            boolean nounAllowed = false;
            for (j = last + 1; j < n && j - i < MAX_NAME_UNITS; j++) {
                if (!free(j) || gaz[j] != null && gaz[j].reading().start() == units.get(j).start()) {
                    break;
                }
                Unit unit = units.get(j);
                if (adjective(j)) {
                    described = true;
                    nounAllowed = false;
                } else if (complementAfterLam(unit) || definite && described && isLamArticle(unit)
                        && j == last + 1) {
                    described = true;  // لحقوق الإنسان؛ المنظمة العالمية للملكية الفكرية
                    nounAllowed = true;
                } else if (nounAllowed && modifier(j)) {
                    nounAllowed = false;
                } else if (unit.prefix().equals("و") && unit.definite() && !stop(unit)) {
                    nounAllowed = false;  // العدالة والتنمية
                } else {
                    break;
                }
                last = j;
            }
            if (weak && !described || covers(gaz[i], last)) {
                return Optional.empty();
            }
            return Optional.of(new Found(EntityType.ORGANIZATION, i, last, head.start(), head.form(),
                    Found.RULE));
        }

        /** A nationality or institutional adjective: الأمريكية، الدولي، الذرية. */
        private boolean adjective(int j) {
            Unit unit = units.get(j);
            return unit.word() && !unit.prefixed() && unit.definite()
                    && model.nationalities.contains(unit.key());
        }

        private boolean covers(Gazetteer.Match match, int last) {
            return match != null && !match.entry().ambiguous() && match.last() >= last;
        }

        /** An indefinite title that takes a complement: وزير، رئيس، نائب. */
        private boolean constructTitle(Unit unit) {
            return unit.word() && !unit.prefixed() && !unit.definite()
                    && model.titles.contains(unit.key());
        }

        /** A definite word that may modify a name: الدفاع، الأمريكية، الدولي. */
        private boolean modifier(int j) {
            Unit unit = units.get(j);
            return unit.word() && !unit.prefixed() && unit.definite() && !stop(unit)
                    && !model.titles.contains(unit.key()) && !model.locationCues.containsKey(unit.key());
        }

        /** لحقوق، للطاقة، لشؤون: a known complement after the preposition ل. */
        private boolean complementAfterLam(Unit unit) {
            if (!unit.word()) {
                return false;
            }
            if (unit.prefix().equals("ل")) {
                return model.orgComplements.contains(unit.key());
            }
            if (unit.prefixed() || !unit.key().startsWith("ل")) {
                return false;
            }
            List<Unit.Reading> readings = unit.readings();
            for (int r = 1; r < readings.size(); r++) {
                if (model.orgComplements.contains(readings.get(r).key())) {
                    return true;
                }
            }
            return false;
        }

        // ---- places ----------------------------------------------------------------------

        private Optional<Found> placeByCue(int i) {
            Unit.Reading cue = reading(i, model.locationCues.keySet());
            if (cue == null || i + 1 >= n || !units.get(i + 1).word()) {
                return Optional.empty();
            }
            boolean keep = model.locationCues.get(cue.key());
            int j = i + 1;
            Gazetteer.Match next = gaz[j];
            if (next != null && next.reading().start() == units.get(j).start()) {
                if (next.entry().type() != EntityType.LOCATION || !freeRange(j, next.last())
                        || covers(gaz[i], next.last())) {
                    return Optional.empty();
                }
                return Optional.of(keep
                        ? new Found(EntityType.LOCATION, i, next.last(), cue.start(), cue.form(),
                                Found.GAZETTEER)
                        : fromMatch(next, j));
            }
            if (!free(j) || !placeName(j, cue.key())) {
                return Optional.empty();
            }
            int last = j;
            if (model.placeParticles.contains(units.get(j).key()) && j + 1 < n && free(j + 1)
                    && nameLike(units.get(j + 1))) {
                last = j + 1;
            }
            if (covers(gaz[i], last)) {
                return Optional.empty();
            }
            return Optional.of(keep
                    ? new Found(EntityType.LOCATION, i, last, cue.start(), cue.form(), Found.RULE)
                    : new Found(EntityType.LOCATION, j, last, units.get(j).start(),
                            units.get(j).form(), Found.RULE));
        }

        /** Whether unit {@code j} after place cue {@code cue} reads as a place name. */
        private boolean placeName(int j, String cue) {
            Unit unit = units.get(j);
            if (!nameLike(unit)) {
                return false;
            }
            if (!model.known(unit.form())) {
                return true;
            }
            if (model.genericCues.contains(cue)) {
                return false;
            }
            if (model.placeParticles.contains(unit.key())) {
                return true;
            }
            // مدينة كبيرة، بلدة صغيرة: an indefinite feminine word after a cue is an adjective.
            return unit.definite() || !(unit.key().endsWith("ه") || unit.key().endsWith("ا"));
        }

        // ---- persons ---------------------------------------------------------------------

        /**
         * A verb of saying (قال سولانا) or a singular nationality adjective (المهاجم الفرنسي
         * تيري هنري): a name may follow, if it is a given name or a word the lexicon lacks.
         */
        private boolean weakAnchor(int i) {
            Unit unit = units.get(i);
            if (!unit.word() || unit.suffixed()) {
                return false;
            }
            String key = unit.key();
            if (model.speechVerbs.contains(key)) {
                return true;
            }
            return !unit.prefixed() && unit.definite() && model.nationalities.contains(key)
                    && (key.endsWith("ي") || key.endsWith("يه"));
        }

        /** Where the name after the title at {@code i} starts, or -1. */
        private int skipTitlePhrase(int i) {
            int k = i + 1;
            Unit.Reading title = title(i);
            boolean afterConstruct = title != null && !title.key().startsWith("ال");
            for (int steps = 0; k < n && steps < MAX_TITLE_PHRASE; steps++) {
                Unit unit = units.get(k);
                if (!unit.word()) {
                    return -1;
                }
                Found taken = owner[k];
                if (taken != null && taken.type() != EntityType.PERSON) {
                    if (givenNameTakenAsPlace(k)) {
                        return k;
                    }
                    k = taken.last() + 1;
                    afterConstruct = false;
                    continue;
                }
                if (taken == null && gaz[k] != null && gaz[k].entry().type() != EntityType.PERSON
                        && !gaz[k].entry().ambiguous() && gaz[k].reading().start() > unit.start()) {
                    k = gaz[k].last() + 1;  // لروسيا، بالأمم المتحدة
                    afterConstruct = false;
                    continue;
                }
                String key = unit.key();
                if (unit.prefix().equals("و") && (unit.definite()
                        || k + 1 < n && units.get(k + 1).word() && units.get(k + 1).definite())) {
                    k += unit.definite() ? 1 : 2;  // وزير الخارجية وشؤون المغتربين
                    continue;
                }
                if (!unit.prefixed() && (model.nationalities.contains(key)
                        || model.titleModifiers.contains(key))) {
                    k++;
                    afterConstruct = false;
                    continue;
                }
                if (!unit.prefixed() && (key.equals("لدي") || key.equals("في") || key.equals("باسم"))
                        && k + 1 < n && units.get(k + 1).word()) {
                    Found object = owner[k + 1];
                    if (object != null && object.type() != EntityType.PERSON) {
                        k = object.last() + 1;
                    } else if (units.get(k + 1).definite()) {
                        k += 2;
                    } else {
                        return -1;
                    }
                    afterConstruct = false;
                    continue;
                }
                if (isLamArticle(unit)) {
                    k++;  // الأمين العام للمنظمة
                    afterConstruct = false;
                    continue;
                }
                if (!unit.prefixed() && model.titles.contains(key)) {
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
        private boolean givenNameTakenAsPlace(int k) {
            Found taken = owner[k];
            return taken.type() == EntityType.LOCATION && taken.first() == k && taken.last() == k
                    && model.givenNames.containsKey(units.get(k).key());
        }

        /** للوكالة، للمنظمة: the preposition ل fused with the article of a definite noun. */
        private boolean isLamArticle(Unit unit) {
            return unit.word() && (unit.prefix().equals("ل") && unit.definite()
                    || !unit.prefixed() && unit.key().startsWith("لل") && unit.key().length() > 3);
        }

        /** A person starting at unit {@code k}; {@code anchored} when a title precedes it. */
        private Optional<Found> person(int k, boolean anchored) {
            Unit unit = units.get(k);
            if (!unit.word() || unit.prefixed() || unit.suffixed() || cueWord(unit)
                    || unit.key().length() < 2
                    || stop(unit) && (!model.givenNames.containsKey(unit.key())
                            || unit.form().endsWith("ى"))) {
                return Optional.empty();
            }
            int last;
            boolean ambiguousStart = false;
            if (model.particles.contains(unit.key()) && k + 1 < n && free(k + 1)
                    && nameLike(units.get(k + 1)) && units.get(k + 1).key().length() > 2) {
                last = k + 1;
            } else if (model.givenNames.containsKey(unit.key())) {
                last = k;
                ambiguousStart = model.givenNames.get(unit.key());
            } else if (anchored && gaz[k] != null && gaz[k].entry().type() == EntityType.PERSON
                    && gaz[k].reading().start() == unit.start()) {
                return Optional.of(fromMatch(gaz[k], k));
            } else if (anchored && foreignLike(unit)) {
                last = k;
            } else if (anchored && unit.definite() && surnameLike(unit) && gaz[k] == null) {
                return Optional.of(new Found(EntityType.PERSON, k, k, unit.start(), unit.form(),
                        Found.RULE));
            } else {
                return Optional.empty();
            }
            int p = last + 1;
            boolean strong = false;
            while (p < n && p - k < MAX_PERSON_UNITS) {
                Unit next = units.get(p);
                if (!next.word() || next.prefixed() || next.suffixed()) {
                    break;
                }
                Found taken = owner[p];
                if (taken != null) {
                    if (taken.type() == EntityType.PERSON && taken.first() == p) {
                        last = taken.last();
                        strong = true;
                    }
                    break;
                }
                if (model.particles.contains(next.key()) && p + 1 < n) {
                    Found family = owner[p + 1];
                    if (family != null && family.type() == EntityType.PERSON && family.first() == p + 1) {
                        last = family.last();  // كوثر بن هنية
                        strong = true;
                        break;
                    }
                    if (free(p + 1) && nameLike(units.get(p + 1)) && !units.get(p + 1).prefixed()
                            && units.get(p + 1).key().length() > 2) {
                        last = p + 1;
                        p += 2;
                        strong = true;
                        continue;
                    }
                }
                if (model.ordinals.contains(next.key())) {
                    last = p;  // عبد الله الثاني، محمد السادس
                    strong = true;
                    break;
                }
                if (gaz[p] != null && gaz[p].reading().start() == next.start()) {
                    if (gaz[p].entry().type() == EntityType.PERSON) {
                        last = gaz[p].last();
                        strong = true;
                    }
                    break;
                }
                if (model.givenNames.containsKey(next.key()) && !stop(next)) {
                    last = p++;
                    strong |= !model.givenNames.get(next.key());
                    continue;
                }
                if (next.definite() ? surnameLike(next) : foreignLike(next)) {
                    last = p;
                    strong = true;
                } else if ((!ambiguousStart || anchored) && last == k && (next.definite()
                        ? nisba(next) && gaz[p] == null : familyName(next))) {
                    last = p;  // إبراهيم الكوني، تيم كلارك
                }
                break;
            }
            if (ambiguousStart && !strong && (!anchored || stop(unit))) {
                return Optional.empty();
            }
            return Optional.of(new Found(EntityType.PERSON, k, last, unit.start(), unit.form(),
                    Found.RULE));
        }

        /** A definite relative adjective that is no nationality: الكوني، الصفدي. */
        private boolean nisba(Unit unit) {
            return nameLike(unit) && unit.key().length() >= 5 && unit.key().endsWith("ي");
        }

        /** A definite family name the lexicon does not know: الصفدي، الغنوشي. */
        private boolean surnameLike(Unit unit) {
            return nameLike(unit) && unit.key().length() >= 4 && unit.key().length() <= 14
                    && !model.known(unit.form());
        }

        /**
         * An indefinite word after a given name that reads as its family name (تيم كلارك، سامح
         * شكري): a name-like word, unless the lexicon knows it as an imperfect verb (محمد يقول) or an
         * accusative noun (جزءا).
         */
        private boolean familyName(Unit unit) {
            if (!nameLike(unit) || unit.definite() || unit.key().length() < 3) {
                return false;
            }
            char first = unit.key().charAt(0);
            String form = unit.form();
            boolean verb = (first == 'ي' || first == 'ت') && model.known(form);
            boolean accusative = form.endsWith("ا") && form.length() <= 5
                    && model.known(form.substring(0, form.length() - 1));
            return foreignLike(unit) || !verb && !accusative;
        }

        /** An indefinite word the lexicon does not know: هايلي، جوتيريش. */
        private boolean foreignLike(Unit unit) {
            return nameLike(unit) && !unit.definite()
                    && unit.key().length() >= 3 && !model.known(unit.form());
        }

        /** Not a stop word, cue, title, modifier or nationality: a word that can be a name. */
        private boolean nameLike(Unit unit) {
            return unit.word() && unit.key().length() > 1 && !stop(unit) && !cueWord(unit)
                    && !model.nationalities.contains(unit.key())
                    && !model.titleModifiers.contains(unit.key());
        }

        /** Whether unit {@code k} says "person": a given or family name, or an unknown word. */
        private boolean personEvidence(int k) {
            Unit unit = units.get(k);
            Gazetteer.Match match = gaz[k];
            return model.givenNames.containsKey(unit.key())
                    || match != null && match.entry().type() == EntityType.PERSON
                    || !model.known(unit.form());
        }

        private boolean cueWord(Unit unit) {
            return model.titles.contains(unit.key()) || model.orgHeads.containsKey(unit.key())
                    || model.locationCues.containsKey(unit.key());
        }

        private boolean stop(Unit unit) {
            return model.stopwords.contains(unit.key());
        }

        private boolean feminine(String key) {
            return key.endsWith("ه");
        }

        private Unit.Reading title(int i) {
            return reading(i, model.titles);
        }

        // ---- consistency -----------------------------------------------------------------

        /** Finds again, in free units, the names that rules found (and their family names). */
        private void repeatNamesFound() {
            Gazetteer.Builder seen = Gazetteer.builder();
            boolean any = false;
            for (Found entity : claimed()) {
                if (entity.method().equals(Found.GAZETTEER) && entity.type() != EntityType.PERSON) {
                    continue;
                }
                Unit lastUnit = units.get(entity.last());
                if (entity.last() > entity.first() || repeatable(lastUnit)) {
                    seen.add(value(entity, units), entity.type());
                    any = true;
                }
                if (entity.type() == EntityType.PERSON && entity.last() > entity.first()
                        && repeatable(lastUnit)
                        && !model.particles.contains(units.get(entity.last() - 1).key())) {
                    seen.add(lastUnit.form(), EntityType.PERSON);
                }
            }
            if (!any) {
                return;
            }
            Gazetteer names = seen.build();
            for (int i = 0; i < n; i++) {
                if (!free(i)) {
                    continue;
                }
                Gazetteer.Match m = names.longest(units, i, readings.get(i));
                if (m != null && freeRange(i, m.last())) {
                    claim(new Found(m.entry().type(), i, m.last(), m.reading().start(),
                            m.reading().form(), Found.RULE));
                    i = m.last();
                }
            }
        }

        /** A one-word name worth finding again: not a given name, stop word or ordinal. */
        private boolean repeatable(Unit unit) {
            return !model.givenNames.containsKey(unit.key()) && !stop(unit)
                    && !model.ordinals.contains(unit.key()) && unit.key().length() > 2;
        }

        // ---- bookkeeping -----------------------------------------------------------------

        private Found fromMatch(Gazetteer.Match match, int first) {
            return new Found(match.entry().type(), first, match.last(), match.reading().start(),
                    match.reading().form(), Found.GAZETTEER);
        }

        /** The reading of unit {@code i} whose key is in {@code keys}, or null. */
        private Unit.Reading reading(int i, java.util.Set<String> keys) {
            Unit unit = units.get(i);
            if (!unit.word()) {
                return null;
            }
            for (Unit.Reading reading : readings.get(i)) {
                if (keys.contains(reading.key())) {
                    return reading;
                }
            }
            return null;
        }

        /** العاصمة السعودية: a country name that is here an adjective of the noun before it. */
        private boolean adjectiveAfterNoun(Gazetteer.Match match) {
            int i = match.first();
            return match.last() == i && i > 0 && units.get(i - 1).word()
                    && units.get(i - 1).definite() && !units.get(i - 1).prefixed()
                    && match.reading().start() == units.get(i).start()
                    && model.nationalities.contains(units.get(i).key());
        }

        private boolean quoted(int first, int last) {
            return first > 0 && last + 1 < n && units.get(first - 1).quote()
                    && units.get(last + 1).quote();
        }

        private boolean insideEarlierName(int i) {
            return gazCoverStart[i] >= 0 && gazCoverStart[i] < i;
        }

        private boolean free(int i) {
            return owner[i] == null;
        }

        private boolean freeRange(int first, int last) {
            for (int k = first; k <= last; k++) {
                if (owner[k] != null || !units.get(k).word()) {
                    return false;
                }
            }
            return true;
        }

        private void claim(Found entity) {
            for (int k = entity.first(); k <= entity.last(); k++) {
                owner[k] = entity;
            }
        }

        /** Claims a person, absorbing a person the gazetteer found inside it (خليفة حفتر). */
        private void claimPerson(Found person) {
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
}
