package org.qalam.extractors.entities;

import org.qalam.language.lists.WordList;
import org.qalam.language.names.ArabicKey;
import java.util.HashMap;
import org.qalam.arabic.orthography.ArabicLetters;
import org.qalam.arabic.orthography.Clitics;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Everything the entity rules know, loaded once from the word lists: the gazetteer of names and
 * the cue words (titles, organization heads, place cues, given names, nationality adjectives,
 * stop words), each as a set of matching keys so that every test is one hash look-up.
 *
 * <p>Immutable and thread-safe once loaded, apart from a bounded memo of word forms' lexemes. {@code knownWords} says whether a word is in the
 * Arabic lexicon: words it does not know after a title are strong evidence of a foreign name.
 */
final class EntityModel {

    static final String CLDR_PLACES = "cldr-places.tsv";

    private static final List<String> PARTICLES =
            List.of("بن", "ابن", "بنت", "أبو", "أبي", "أبا", "آل", "عبد", "أم", "فون",
                    "دي", "دو", "ديل");
    private static final List<String> PLACE_PARTICLES = List.of("دير", "عين", "تل", "رأس", "بيت",
            "خان", "كفر", "جسر", "أبو", "أم", "بني", "سيدي", "مرج", "بئر", "وادي", "جبل", "ذي",
            "سان", "سانت", "نيو", "بورت", "شرم", "قصر", "مزرعة");
    private static final List<String> ORDINALS = List.of("الأول", "الثاني", "الثالث", "الرابع",
            "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر");
    private static final List<String> GENERIC_CUES = List.of("منطقة", "حي", "ناحية", "ضاحية");
    /** Word forms whose lexemes are kept for later documents at most (a few MB). */
    private static final int MAX_LEXEMES = 32_768;

    final Gazetteer gazetteer;
    final Map<String, Boolean> givenNames;
    final Set<String> titles;
    final Set<String> titleModifiers;
    /** Organization heads, mapped to whether they are weak (need an adjective). */
    final Map<String, Boolean> orgHeads;
    final Set<String> orgComplements;
    final Map<String, Boolean> locationCues;
    final Set<String> genericCues;
    final Set<String> nationalities;
    final Set<String> stopwords;
    final Set<String> particles;
    final Set<String> placeParticles;
    final Set<String> ordinals;
    final Set<String> speechVerbs;
    private final Predicate<String> knownWords;
    private final SharedMemo<String, Lexeme> lexemes = new SharedMemo<>(MAX_LEXEMES);

    private EntityModel(Predicate<String> knownWords, List<ExtraName> extraNames) {
        this.knownWords = knownWords;
        Gazetteer.Builder names = Gazetteer.builder();
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
        this.givenNames = flagged(WordList.read(EntityModel.class, "given-names.txt"));
        this.titles = keys(WordList.read(EntityModel.class, "titles.txt"));
        this.titleModifiers = keys(WordList.read(EntityModel.class, "title-modifiers.txt"));
        Map<String, Boolean> heads = new HashMap<>();
        for (String line : WordList.read(EntityModel.class, "org-heads.txt")) {
            boolean weak = line.startsWith("~");
            heads.put(ArabicKey.of(weak ? line.substring(1) : line), weak);
        }
        this.orgHeads = Map.copyOf(heads);
        this.orgComplements = keys(WordList.read(EntityModel.class, "org-complements.txt"));
        Map<String, Boolean> cues = new HashMap<>();
        for (String line : WordList.read(EntityModel.class, "location-cues.txt")) {
            cues.put(ArabicKey.of(line.substring(1)), line.charAt(0) == '+');
        }
        this.locationCues = Map.copyOf(cues);
        this.genericCues = keys(GENERIC_CUES);
        this.nationalities = nationalityForms(WordList.read(EntityModel.class, "nationalities.txt"));
        this.stopwords = keys(WordList.read(EntityModel.class, "stopwords.txt"));
        this.particles = keys(PARTICLES);
        this.placeParticles = keys(PLACE_PARTICLES);
        this.ordinals = keys(ORDINALS);
        this.speechVerbs = keys(WordList.read(EntityModel.class, "speech-verbs.txt"));
    }

    /**
     * The model; {@code knownWords} (the lexicon) tells common words from unknown names, and
     * {@code extraNames} (a user's gazetteer files) come before the bundled lists, so that a
     * user's type for a name wins.
     */
    static EntityModel load(Predicate<String> knownWords, List<ExtraName> extraNames) {
        return new EntityModel(knownWords, List.copyOf(extraNames));
    }

    /**
     * What the lists say about a word form: its matching key and its {@link WordLists} mask,
     * computed once per form (the lexicon look-up is the dearest part) and shared by documents.
     *
     * @param key the matching key of the form
     * @param lists the mask
     */
    record Lexeme(String key, int lists) {
    }

    /** The {@link Lexeme} of {@code form}. */
    Lexeme lexeme(String form) {
        return lexemes.get(form, f -> {
            String key = ArabicKey.of(f);
            return new Lexeme(key, WordLists.of(this, key, f));
        });
    }

    /** Whether {@code key} is a word of a listed name, a given name or a title. */
    boolean nameWord(String key) {
        return gazetteer.hasWord(key) || givenNames.containsKey(key) || titles.contains(key)
                || orgHeads.containsKey(key) || locationCues.containsKey(key);
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
        if (knownWords.test(form)) {
            return true;
        }
        int alef = form.startsWith("ال") ? 2 : 0;
        boolean bareAlef = form.length() > alef + 1 && form.charAt(alef) == 'ا';
        boolean finalYeh = form.endsWith("ي");
        String maqsura = finalYeh ? form.substring(0, form.length() - 1) + "ى" : null;
        if (maqsura != null && knownWords.test(maqsura)) {
            return true;
        }
        if (!bareAlef) {
            return false;
        }
        for (char hamza : new char[] {'أ', 'إ', 'آ'}) {
            String withHamza = form.substring(0, alef) + hamza + form.substring(alef + 1);
            if (knownWords.test(withHamza) || maqsura != null
                    && knownWords.test(withHamza.substring(0, withHamza.length() - 1) + "ى")) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> keys(List<String> words) {
        Set<String> keys = new HashSet<>();
        for (String word : words) {
            keys.add(ArabicKey.of(word));
        }
        return Set.copyOf(keys);
    }

    /** Keys mapped to whether they were marked ambiguous with a leading {@code ?}. */
    private static Map<String, Boolean> flagged(List<String> words) {
        Map<String, Boolean> flagged = new HashMap<>();
        for (String word : words) {
            boolean ambiguous = word.startsWith("?");
            flagged.merge(ArabicKey.of(ambiguous ? word.substring(1) : word), ambiguous,
                    Boolean::logicalOr);
        }
        return Map.copyOf(flagged);
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
