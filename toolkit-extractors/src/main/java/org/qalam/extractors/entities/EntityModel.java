package org.qalam.extractors.entities;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.qalam.arabic.lexicon.ArabicLexicon;
import org.qalam.arabic.orthography.ArabicLetters;
import org.qalam.arabic.orthography.Clitics;
import org.qalam.core.memo.BoundedMemo;
import org.qalam.language.lists.WordList;
import org.qalam.language.names.ArabicKey;

/**
 * Everything the entity rules know, loaded once from the word lists: the gazetteer of names and
 * the cue words (titles, organization heads, place cues, given names, nationality adjectives,
 * stop words), as one table from a matching key to the {@link WordLists} bits of the lists it is
 * in, so that a word's memberships cost one hash look-up together.
 *
 * <p>Thread-safe; immutable once loaded but for a bounded memo of word forms' {@link Lexeme}s.
 * The Arabic lexicon says whether a word is known (words it does not know after a title are
 * strong evidence of a foreign name) and how it inflects ({@link WordClasses}).
 */
final class EntityModel {

    static final String CLDR_PLACES = "cldr-places.tsv";
    /** Marks a head in org-heads.txt that introduces a title (صحيفة). */
    private static final String TITLE_HEAD = ">";
    /** Marks a head in org-heads.txt that a listed name stands alone after (حركة). */
    private static final String APPOSITION_HEAD = "^";

    private static final List<String> PARTICLES =
            List.of("بن", "ابن", "بنت", "أبو", "أبي", "أبا", "آل", "عبد", "أم", "فون",
                    "دي", "دو", "ديل");
    private static final List<String> PLACE_PARTICLES = List.of("دير", "عين", "تل", "رأس", "بيت",
            "خان", "كفر", "جسر", "أبو", "أم", "بني", "سيدي", "مرج", "بئر", "وادي", "جبل", "ذي",
            "سان", "سانت", "نيو", "بورت", "شرم", "قصر", "مزرعة");
    private static final List<String> ORDINALS = List.of("الأول", "الثاني", "الثالث", "الرابع",
            "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر");
    private static final List<String> GENERIC_CUES =
            List.of("منطقة", "حي", "ناحية", "ضاحية", "قطاع");
    /** Word forms whose lexemes are kept for later documents at most (a few MB). */
    private static final int MAX_LEXEMES = 32_768;

    final Gazetteer gazetteer;
    /** Per key, the {@link WordLists} bits of the lists it is in (all but {@code KNOWN}). */
    private final Map<String, Integer> keyLists;
    private final ArabicLexicon lexicon;
    /** The keys of the gentilics of states in all their forms (السوري، العراقية). */
    private final Set<String> stateAdjectives;
    /** The keys of the adjectives of a state's own institutions (المركزية، العسكري). */
    private final Set<String> domesticAdjectives;
    /** The keys of the heads that introduce a title, left outside it (صحيفة، قناة، نادي). */
    private final Set<String> titleHeads;
    /** The keys of the heads a listed name stands alone after (حركة، شركة), titles' included. */
    private final Set<String> appositionHeads;
    private final BoundedMemo<String, Lexeme> lexemes = new BoundedMemo<>(MAX_LEXEMES);
    /** The keys whose names, given names and lexicon classes the model sees. */
    private final Predicate<String> listed;

    private EntityModel(ArabicLexicon lexicon, List<ExtraName> extraNames,
                        Predicate<String> listed) {
        this.lexicon = lexicon;
        this.listed = listed;
        Gazetteer.Builder names = Gazetteer.builder().listing(listed);
        extraNames.forEach(extra -> names.addUser(extra.name(), extra.type()));
        names.addAll(WordList.read(EntityModel.class, "organizations.txt"), EntityType.ORGANIZATION)
                .addAll(WordList.read(EntityModel.class, "surnames.txt"), EntityType.PERSON)
                .addAll(WordList.read(EntityModel.class, "locations.txt"), EntityType.LOCATION);
        Map<String, Character> review = new HashMap<>();
        for (String line : WordList.read(EntityModel.class, "cldr-review.txt")) {
            review.put(ArabicKey.of(line.substring(1).strip()), line.charAt(0));
        }
        for (String line : WordList.read(EntityModel.class, CLDR_PLACES)) {
            String name = line.substring(line.indexOf('\t') + 1).strip();
            Character verdict = review.get(ArabicKey.of(name));
            if (verdict == null) {
                names.add(name, EntityType.LOCATION);
            } else if (verdict == '?') {
                names.add("?" + name, EntityType.LOCATION);
            }
        }
        this.gazetteer = names.build();
        Map<String, Integer> lists = new HashMap<>();
        givenNames(WordList.read(EntityModel.class, "given-names.txt"), listed, lists);
        add(WordList.read(EntityModel.class, "titles.txt"), WordLists.TITLE, lists);
        add(WordList.read(EntityModel.class, "title-modifiers.txt"), WordLists.TITLE_MODIFIER,
                lists);
        Map<String, Boolean> heads = new HashMap<>();
        Set<String> introducing = new HashSet<>();
        Set<String> apposed = new HashSet<>();
        for (String line : WordList.read(EntityModel.class, "org-heads.txt")) {
            boolean title = line.startsWith(TITLE_HEAD);
            boolean apposition = title || line.startsWith(APPOSITION_HEAD);
            String head = apposition ? line.substring(1) : line;
            boolean weak = head.startsWith("~");
            String key = ArabicKey.of(weak ? head.substring(1) : head);
            heads.put(key, weak);
            if (title) {
                introducing.add(key);
            }
            if (apposition) {
                apposed.add(key);
            }
        }
        this.titleHeads = Set.copyOf(introducing);
        this.appositionHeads = Set.copyOf(apposed);
        for (Map.Entry<String, Boolean> head : heads.entrySet()) {
            add(head.getKey(), head.getValue() ? WordLists.ORG_HEAD_WEAK : WordLists.ORG_HEAD,
                    lists);
        }
        add(WordList.read(EntityModel.class, "org-complements.txt"), WordLists.ORG_COMPLEMENT,
                lists);
        Map<String, Boolean> cues = new HashMap<>();
        for (String line : WordList.read(EntityModel.class, "location-cues.txt")) {
            cues.put(ArabicKey.of(line.substring(1)), line.charAt(0) == '+');
        }
        for (Map.Entry<String, Boolean> cue : cues.entrySet()) {
            add(cue.getKey(), cue.getValue() ? WordLists.CUE_INSIDE : WordLists.CUE_OUTSIDE,
                    lists);
        }
        add(GENERIC_CUES, WordLists.GENERIC_CUE, lists);
        this.stateAdjectives = nationalityForms(
                WordList.read(EntityModel.class, "state-nationalities.txt"));
        this.domesticAdjectives = nationalityForms(
                WordList.read(EntityModel.class, "domestic-adjectives.txt"));
        Set<String> nationalities = new HashSet<>(stateAdjectives);
        nationalities.addAll(nationalityForms(
                WordList.read(EntityModel.class, "nationalities.txt")));
        for (String form : nationalities) {
            add(form, WordLists.NATIONALITY, lists);
        }
        add(WordList.read(EntityModel.class, "stopwords.txt"), WordLists.STOP, lists);
        add(PARTICLES, WordLists.PARTICLE, lists);
        add(PLACE_PARTICLES, WordLists.PLACE_PARTICLE, lists);
        add(ORDINALS, WordLists.ORDINAL, lists);
        add(WordList.read(EntityModel.class, "speech-verbs.txt"), WordLists.SPEECH, lists);
        for (String word : gazetteer.words()) {
            add(word, WordLists.NAME_WORD, lists);
        }
        this.keyLists = Map.copyOf(lists);
    }

    /**
     * The model; {@code lexicon} tells common words from unknown names, and
     * {@code extraNames} (a user's gazetteer files) come before the bundled lists, so that a
     * user's type for a name wins.
     */
    static EntityModel load(ArabicLexicon lexicon, List<ExtraName> extraNames) {
        return new EntityModel(lexicon, List.copyOf(extraNames), key -> true);
    }

    /**
     * The model without half of the bundled names and given names: those whose matching key has
     * an even {@link String#hashCode}, a choice fixed across runs and machines; words of such
     * keys have no lexicon classes either. Training reads its sentences through this model as
     * well, so that the tagger learns to find a name from its context and letters, as it must
     * for the names no list or dictionary knows, and not from list membership alone.
     */
    static EntityModel hidingHalfOfTheNames(ArabicLexicon lexicon) {
        return listing(lexicon, key -> (key.hashCode() & 1) != 0);
    }

    /**
     * The model with only the bundled names and given names whose matching key {@code listed}
     * accepts (the cue lists whole), and the lexicon classes of the words whose key it accepts:
     * how the extractor reads text whose names the lists and the dictionary do not know.
     */
    static EntityModel listing(ArabicLexicon lexicon, Predicate<String> listed) {
        return new EntityModel(lexicon, List.of(), listed);
    }

    /**
     * What the lists say about a word form: its matching key and its {@link WordLists} mask,
     * computed once per form (the lexicon look-up is the dearest part) and shared by documents.
     *
     * @param key the matching key of the form
     * @param lists the mask
     * @param classes the {@link WordClasses} of the form
     */
    record Lexeme(String key, int lists, String classes) {
    }

    /** The {@link Lexeme} of {@code form}. */
    Lexeme lexeme(String form) {
        return lexemes.get(form, f -> {
            String key = ArabicKey.of(f);
            return new Lexeme(key, keyLists(key) | (known(f) ? WordLists.KNOWN : 0),
                    listed.test(key) ? WordClasses.of(lexicon, f) : WordClasses.NONE);
        });
    }

    /** The {@link WordLists} bits of the lists {@code key} is in, {@code KNOWN} aside. */
    int keyLists(String key) {
        Integer bits = keyLists.get(key);
        return bits == null ? 0 : bits;
    }

    /** Whether {@code key} is a word of a listed name, a given name or a title. */
    boolean nameWord(String key) {
        return (keyLists(key) & WordLists.NAME_WORDS) != 0;
    }

    /** Whether {@code key} is a form of a state's gentilic (العراقية، الأميركي). */
    boolean stateAdjective(String key) {
        return stateAdjectives.contains(key);
    }

    /**
     * Whether {@code key} is a form of an adjective of a state's own institutions (المركزية،
     * العسكري), which with a definite head alone describes rather than names.
     */
    boolean domesticAdjective(String key) {
        return domesticAdjectives.contains(key);
    }

    /**
     * Whether {@code key} is a head that introduces a title and stays outside it: صحيفة in
     * صحيفة الحياة, قناة in قناة الجزيرة.
     */
    boolean titleHead(String key) {
        return titleHeads.contains(key);
    }

    /**
     * Whether a listed name after the head {@code key} stands alone, without it: حركة حماس →
     * حماس, صحيفة القدس → القدس; after other heads it takes the head in (حزب الليكود).
     */
    boolean appositionHead(String key) {
        return appositionHeads.contains(key);
    }

    /** Whether {@code key} starts a listed name or is a given name. */
    boolean nameStart(String key) {
        return gazetteer.startsName(key) || (keyLists(key) & WordLists.GIVEN_NAME) != 0;
    }

    /**
     * Whether the lexicon knows {@code form}, also when the text
     * dropped a hamza or wrote ى as ي (الاقل for الأقل, اخري for أخرى), as informal news does.
     */
    boolean known(String form) {
        if (knownWithSpelling(form)) {
            return true;
        }
        // لاوراق، باسعار: a proclitic left on a word whose hamza was dropped
        return form.length() > 3 && (Clitics.isConjunction(form.charAt(0))
                || Clitics.isPreposition(form.charAt(0))) && form.charAt(1) == ArabicLetters.ALEF
                && knownWithSpelling(form.substring(1));
    }

    private boolean knownWithSpelling(String form) {
        if (lexicon.isWord(form)) {
            return true;
        }
        int alef = form.startsWith("ال") ? 2 : 0;
        boolean bareAlef = form.length() > alef + 1 && form.charAt(alef) == 'ا';
        boolean finalYeh = form.endsWith("ي");
        String maqsura = finalYeh ? form.substring(0, form.length() - 1) + "ى" : null;
        if (maqsura != null && lexicon.isWord(maqsura)) {
            return true;
        }
        if (!bareAlef) {
            return false;
        }
        for (char hamza : new char[] {'أ', 'إ', 'آ'}) {
            String withHamza = form.substring(0, alef) + hamza + form.substring(alef + 1);
            if (lexicon.isWord(withHamza) || maqsura != null
                    && lexicon.isWord(withHamza.substring(0, withHamza.length() - 1) + "ى")) {
                return true;
            }
        }
        return false;
    }

    /** Adds {@code bits} to the keys of {@code words}. */
    private static void add(List<String> words, int bits, Map<String, Integer> lists) {
        for (String word : words) {
            add(ArabicKey.of(word), bits, lists);
        }
    }

    /** Adds {@code bits} to {@code key}'s (loops, not lambdas: each spins a class up at load). */
    private static void add(String key, int bits, Map<String, Integer> lists) {
        Integer before = lists.get(key);
        lists.put(key, before == null ? bits : before | bits);
    }

    /**
     * Adds the bits of the given names {@code listed} keeps: {@link WordLists#GIVEN_COMMON} for a
     * name marked with a leading {@code ?} (also a common word) in any of its lines, else
     * {@link WordLists#GIVEN}.
     */
    private static void givenNames(List<String> words, Predicate<String> listed,
                                   Map<String, Integer> lists) {
        Map<String, Boolean> common = new HashMap<>();
        for (String word : words) {
            boolean marked = word.startsWith("?");
            String key = ArabicKey.of(marked ? word.substring(1) : word);
            if (listed.test(key)) {
                common.merge(key, marked, Boolean::logicalOr);
            }
        }
        for (Map.Entry<String, Boolean> name : common.entrySet()) {
            add(name.getKey(), name.getValue() ? WordLists.GIVEN_COMMON : WordLists.GIVEN, lists);
        }
    }

    /** سوري → سوري، سورية، سوريون، سوريين، سوريان and each with ال. */
    private static Set<String> nationalityForms(List<String> stems) {
        Set<String> forms = new HashSet<>();
        for (String stem : stems) {
            for (String ending : List.of("", "ة", "ون", "ين", "ان", "تان", "تين", "ات")) {
                String form = ArabicKey.of(stem + ending);
                forms.add(form);
                forms.add("ال" + form);
            }
        }
        return Set.copyOf(forms);
    }
}
