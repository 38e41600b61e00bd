package org.qalam.extractors.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Joins what the tagger found with what the rules found: a name from a user's gazetteer file
 * stands first, then a rule's organization that holds shorter tagged organizations, a rule's
 * person that adds a regnal number to a tagged one (عبد الله الثاني) or the name after its
 * closing particle (أبو العلاء where the tagger found أبو) and a listed place whose
 * first words the tagger left out (هضبة الجولان، جنوب أفريقيا), then the tagger's entities, and
 * a rule's entity is added where it overlaps none of them, unless it is a state's institution
 * described by a definite head and the state's gentilic, or a person or an organization the
 * tagger's scores reject by far. A person ending in an ordinal keeps the عشر after it (لويس
 * الرابع عشر); one starting with a title or a gentilic loses them (الرئيس الأمريكي جورج بوش),
 * and one ending in a particle loses it (أبو, بن); no entity goes on past a word with an
 * enclitic pronoun (فريقه الإسباني), and a gentilic's plural is a people, not a place. A place
 * the tagger read right after an organization's head is that organization (جامعة كاتانيا), and
 * a tagged name that spans a listed name of several words takes its type (أم كلثوم).
 *
 * <p>The tagger already weighs the rules' output as features, so where both spoke it has the last
 * word; where it said nothing, a listed name or a precise rule still counts; and a user who lists
 * a name gets it as listed.
 */
final class Combination {

    /**
     * How far the tagger's unit scores may favour no entity over a person or an organization of
     * the rules, where the tagger found nothing, for the rules' entity still to count. Chosen on
     * two splits of the first 90% of ANERcorp: what it drops there are descriptions newswire
     * leaves untagged (وزارة الخارجية، الحكومة المركزية) and an agency's credit (ا ف ب).
     * Listed places always count: they carry the names of other domains, where the tagger,
     * trained on newswire alone, knows less.
     */
    private static final double MAX_REJECTION = 200;
    /** The endings of a gentilic's plural (العثمانيين، الفلسطينيون), as matching keys. */
    private static final List<String> PEOPLE_ENDINGS = List.of("يين", "يون");

    private Combination() {
    }

    /** The rules' entities alone (no tagger), but for the states' institutions. */
    static List<Found> rulesAlone(List<Found> rules, Chart chart) {
        return rules.stream().filter(rule -> !stateInstitution(rule, chart))
                .map(rule -> tidied(rule, chart)).filter(Objects::nonNull).toList();
    }

    /** The entities of all three over the chart's units, in text order, never overlapping. */
    static List<Found> merge(ModelTagging.Tagged tagged, List<Found> rules, Chart chart) {
        List<Found> model = tagged.entities();
        Found[] taggedAt = byUnit(model, chart.n);
        boolean[] taken = new boolean[chart.n];
        List<Found> merged = new ArrayList<>(model.size() + rules.size());
        for (Found rule : rules) {
            Gazetteer.Match match = chart.gaz[rule.first()];
            if (match != null && match.entry().user() && match.last() == rule.last()) {
                add(rule, merged, taken, chart);
            }
        }
        for (Found rule : rules) {
            if (holdsTagged(rule, taggedAt) || completesPerson(rule, taggedAt, chart)
                    || keepsListedWords(rule, taggedAt, chart)) {
                add(rule, merged, taken, chart);
            }
        }
        model.forEach(found -> add(underHead(listedType(found, chart), chart), merged, taken,
                chart));
        for (Found rule : rules) {
            if (!stateInstitution(rule, chart) && !rejected(rule, tagged, chart)) {
                add(rule, merged, taken, chart);
            }
        }
        merged.sort(Comparator.comparingInt(Found::first));
        return merged;
    }

    /**
     * Per unit, the tagged entity that covers it, or null: the tagger's entities never overlap,
     * so each check of a rules' entity reads only its own units (linear in the document).
     */
    private static Found[] byUnit(List<Found> model, int n) {
        Found[] at = new Found[n];
        for (Found found : model) {
            Arrays.fill(at, found.first(), found.last() + 1, found);
        }
        return at;
    }

    /**
     * Whether {@code rule}, an organization, holds every tagged entity it overlaps, one at least
     * an organization unless the rule's name is listed and the tagger's entities cover all of it,
     * and is longer: the head rules read the whole name (المرصد السوري لحقوق الإنسان) where the
     * tagger cut it, and a listed club is one name where the tagger read it as places
     * (باريس سان جيرمان), while بورصة لندن, where it found only the city, stays the city, as
     * newswire tags it. Places are left to the tagger, which learned where the corpus ends them
     * (compass words outside).
     */
    private static boolean holdsTagged(Found rule, Found[] taggedAt) {
        if (rule.type() != EntityType.ORGANIZATION) {
            return false;
        }
        boolean sameType = false;
        int covered = 0;
        for (int k = rule.first(); k <= rule.last(); k++) {
            Found found = taggedAt[k];
            if (found == null) {
                continue;
            }
            k = found.last();
            if (found.first() < rule.first() || found.last() > rule.last()
                    || found.last() - found.first() >= rule.last() - rule.first()) {
                return false;
            }
            sameType |= found.type() == rule.type();
            covered += found.last() - found.first() + 1;
        }
        return sameType || rule.method().equals(Found.GAZETTEER)
                && covered == rule.last() - rule.first() + 1;
    }

    /**
     * Whether the tagger rejects {@code rule}, a person or an organization: by far, or at all when
     * the person starts with a given name that is also a common word (بيان صادر after قال, where
     * بيان is "statement"). A body the rules named with its gentilic (وزارة الدفاع الأمريكية) is a
     * name whatever the tagger says.
     */
    private static boolean rejected(Found rule, ModelTagging.Tagged tagged, Chart chart) {
        if (rule.type() == EntityType.LOCATION || chart.adjective(rule.last())) {
            return false;
        }
        double support = tagged.support(rule);
        Unit first = chart.units.get(rule.first());
        boolean commonGivenName = rule.type() == EntityType.PERSON
                && first.in(WordLists.GIVEN_COMMON) && !first.in(WordLists.GIVEN);
        return support < -MAX_REJECTION || commonGivenName && support < 0;
    }

    /**
     * {@code found} with the type of the listed name of several words it spans exactly (أم كلثوم
     * the singer, دينامو كييف the club), which the tagger, reading words one by one, may give
     * another type. Names also common words (marked ?) keep the tagger's type, and so does an
     * organization named like a listed place (the newspaper الشرق الأوسط).
     */
    private static Found listedType(Found found, Chart chart) {
        Gazetteer.Match match = chart.gaz[found.first()];
        boolean spansListedName = found.last() > found.first() && match != null
                && match.last() == found.last() && match.reading().start() == found.start()
                && !match.entry().ambiguous();
        if (!spansListedName) {
            return found;
        }
        EntityType listed = match.entry().type();
        boolean placeNamesOrganization = listed == EntityType.LOCATION
                && found.type() == EntityType.ORGANIZATION;
        if (listed == found.type() || placeNamesOrganization) {
            return found;
        }
        return new Found(listed, found.first(), found.last(), found.start(), found.firstForm(),
                found.method());
    }

    /**
     * {@code found} as an organization, the head before it included, when the tagger read a
     * place right after an organization's head (جامعة كاتانيا, where it found the city): after a
     * head ANERcorp tags a place 6 times and the head with what follows as one organization 250
     * times (first 90% of train.conll). After a head that a name stands alone after (فريق
     * برشلونة, صحيفة القدس) the place alone is the organization. A name the tagger read as an
     * organization keeps its span, as after شركة, which newswire leaves outside, and so does a
     * person (شركة ديمورا, where ANERcorp tags the person); other weak heads are no such heads.
     */
    private static Found underHead(Found found, Chart chart) {
        int head = found.first() - 1;
        if (found.type() != EntityType.LOCATION || head < 0) {
            return found;
        }
        Unit unit = chart.units.get(head);
        if (!unit.word() || unit.definite() || !unit.in(WordLists.ORG_HEADS)) {
            return found;
        }
        if (chart.model.appositionHead(unit.key())) {
            return new Found(EntityType.ORGANIZATION, found.first(), found.last(), found.start(),
                    found.firstForm(), found.method());
        }
        if (!unit.in(WordLists.ORG_HEAD)) {
            return found;
        }
        return new Found(EntityType.ORGANIZATION, head, found.last(), unit.start(), unit.form(),
                found.method());
    }

    /**
     * Whether {@code rule} is an organization the head rules read as a definite head and a
     * state's gentilic (الحكومة العراقية، الجيش الأميركي), or as a definite head and an adjective
     * of a state's own institutions alone (الحكومة المركزية، المجلس العسكري): a description of an
     * institution rather than a name, which newswire annotation leaves out unless the tagger
     * learned otherwise.
     */
    private static boolean stateInstitution(Found rule, Chart chart) {
        Unit head = chart.units.get(rule.first());
        if (!rule.method().equals(Found.RULE) || rule.type() != EntityType.ORGANIZATION
                || !head.definite() || rule.last() == rule.first()) {
            return false;
        }
        String adjective = chart.units.get(rule.first() + 1).key();
        return chart.model.stateAdjective(adjective)
                || rule.last() == rule.first() + 1 && chart.model.domesticAdjective(adjective);
    }

    /**
     * Whether {@code rule} is a person the tagger found without the regnal number the rules read
     * after it (عبد الله الثاني where the tagger stopped at عبد الله; ANERcorp, too, keeps the
     * ordinal in the name, 33 times of 39 after a person), or stopped at a particle that cannot
     * end a name (أبو of أبو العلاء).
     */
    private static boolean completesPerson(Found rule, Found[] taggedAt, Chart chart) {
        Found found = taggedAt[rule.first()];
        if (rule.type() != EntityType.PERSON || found == null
                || found.type() != EntityType.PERSON || found.first() != rule.first()
                || found.last() >= rule.last()) {
            return false;
        }
        if (chart.units.get(found.last()).in(WordLists.PARTICLE)) {
            return true;
        }
        for (int k = found.last() + 1; k <= rule.last(); k++) {
            if (!chart.units.get(k).in(WordLists.ORDINAL)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code found} with the edges every entity gets, from the tagger or the rules alike; null
     * if nothing of it is left or it names a people.
     */
    private static Found tidied(Found found, Chart chart) {
        if (peopleForm(found, chart)) {
            return null;
        }
        Found named = beforeEnclitic(found, chart);
        if (named != null) {
            named = withoutTrailingParticles(named, chart);
        }
        if (named == null) {
            return null;
        }
        return withOrdinalTeen(withoutLeadingTitle(withoutTitleHead(named, chart), chart), chart);
    }

    /**
     * {@code found}, an organization, without the head that introduces a title (نادي الهلال →
     * الهلال, قناة الجزيرة → الجزيرة), which the rules already leave out and ANERcorp leaves
     * outside (صحيفة 13 times of 13, نادي 14 of 20), while the tagger sometimes takes it in.
     */
    private static Found withoutTitleHead(Found found, Chart chart) {
        Unit head = chart.units.get(found.first());
        if (found.type() != EntityType.ORGANIZATION || found.first() == found.last()
                || !chart.model.titleHead(head.key())) {
            return found;
        }
        Unit unit = chart.units.get(found.first() + 1);
        return new Found(found.type(), found.first() + 1, found.last(), unit.start(),
                unit.form(), found.method());
    }

    /**
     * Whether {@code found} is a place that ends in the plural of a gentilic, a people rather
     * than a place (للعثمانيين, البيزنطيين), unless a list names it (سيراليون): ANERcorp tags
     * words ending so 665 times O and 3 times as places.
     */
    private static boolean peopleForm(Found found, Chart chart) {
        Unit last = chart.units.get(found.last());
        return found.type() == EntityType.LOCATION && !last.in(WordLists.NAME_WORD)
                && PEOPLE_ENDINGS.stream().anyMatch(last.key()::endsWith);
    }

    /**
     * {@code found} up to the word before its first word with an enclitic pronoun, which names
     * never take (فريقه الإسباني, ابن أخيه); null if that is its first word.
     */
    private static Found beforeEnclitic(Found found, Chart chart) {
        for (int k = found.first(); k <= found.last(); k++) {
            if (chart.units.get(k).suffixed()) {
                return k == found.first() ? null : new Found(found.type(), found.first(), k - 1,
                        found.start(), found.firstForm(), found.method());
            }
        }
        return found;
    }

    /**
     * {@code found}, a person, without the particles its last units may be, which begin a name
     * and never end one (أبو, بن, عبد): ANERcorp ends no complete person with one. Null if the
     * person is particles only.
     */
    private static Found withoutTrailingParticles(Found found, Chart chart) {
        int last = found.last();
        while (found.type() == EntityType.PERSON && last >= found.first()
                && chart.units.get(last).in(WordLists.PARTICLE)) {
            last--;
        }
        if (last == found.last()) {
            return found;
        }
        return last < found.first() ? null : new Found(found.type(), found.first(), last,
                found.start(), found.firstForm(), found.method());
    }

    /**
     * {@code found}, a person, without the title and the gentilic its first units may be: الرئيس
     * الأمريكي جورج بوش gives جورج بوش, as neither ANERcorp (253 titles outside a person, 5
     * inside) nor our gold sets put them inside the name. A title that is also a given name
     * (أمين) stays.
     */
    private static Found withoutLeadingTitle(Found found, Chart chart) {
        int first = found.first();
        while (found.type() == EntityType.PERSON && first < found.last()
                && (chart.adjective(first) || definiteTitle(chart.units.get(first)))) {
            first++;
        }
        if (first == found.first()) {
            return found;
        }
        Unit unit = chart.units.get(first);
        return new Found(found.type(), first, found.last(), unit.start(), unit.form(),
                found.method());
    }

    private static boolean definiteTitle(Unit unit) {
        return unit.word() && !unit.prefixed() && unit.definite() && unit.in(WordLists.TITLE)
                && !unit.in(WordLists.GIVEN_NAME);
    }

    /**
     * {@code found} with the عشر after its last unit when that unit is an ordinal: لويس الرابع
     * عشر, where the tagger, which saw one such number in training, and the rules stop at
     * الرابع.
     */
    private static Found withOrdinalTeen(Found found, Chart chart) {
        int next = found.last() + 1;
        if (found.type() != EntityType.PERSON || next >= chart.n
                || !chart.units.get(found.last()).in(WordLists.ORDINAL)
                || !chart.lexical.ordinalTeen(chart.units.get(next))) {
            return found;
        }
        return new Found(found.type(), found.first(), next, found.start(), found.firstForm(),
                found.method());
    }

    /**
     * Whether {@code rule} is a listed place of several words where the tagger found only its
     * last words as a place: a cue kept inside the name (هضبة الجولان, نهر النيل, by the
     * toolkit's span rule) or a word of the name itself (جنوب أفريقيا, أم درمان, سلطنة عمان).
     * A listed place that begins with a cue left outside (محافظة) is no such name.
     */
    private static boolean keepsListedWords(Found rule, Found[] taggedAt, Chart chart) {
        Found found = taggedAt[rule.last()];
        return rule.type() == EntityType.LOCATION && rule.method().equals(Found.GAZETTEER)
                && rule.last() > rule.first()
                && !chart.units.get(rule.first()).in(WordLists.CUE_OUTSIDE)
                && found != null && found.first() > rule.first() && found.last() == rule.last()
                && found.type() == EntityType.LOCATION;
    }

    private static void add(Found candidate, List<Found> merged, boolean[] taken, Chart chart) {
        Found found = tidied(candidate, chart);
        if (found == null) {
            return;
        }
        for (int k = found.first(); k <= found.last(); k++) {
            if (taken[k]) {
                return;
            }
        }
        Arrays.fill(taken, found.first(), found.last() + 1, true);
        merged.add(found);
    }
}
