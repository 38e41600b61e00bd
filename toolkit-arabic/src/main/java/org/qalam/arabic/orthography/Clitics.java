package org.qalam.arabic.orthography;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.qalam.core.model.WordRole;

/**
 * The clitics Arabic writes attached to a word, with their roles: the conjunctions و ف, the
 * prepositions ب ك ل, the future particle س, the article ال, and the pronoun suffixes.
 *
 * <p>Why one inventory: the clitic segmenter, the fused-word splitter and the extractors all
 * reason about the same handful of letters; a list kept in each drifts. Immutable.
 */
public final class Clitics {

    /** A clitic: its letters, its role, and for a pronoun its grammatical person (else 0). */
    public record Clitic(String letters, WordRole role, int person) {
    }

    /** و and ف, in that order. */
    public static final List<Clitic> CONJUNCTIONS = List.of(
            new Clitic("\u0648", WordRole.CONJUNCTION, 0),
            new Clitic("\u0641", WordRole.CONJUNCTION, 0));

    /** ب, ك and ل. */
    public static final List<Clitic> PREPOSITIONS = List.of(
            new Clitic("\u0628", WordRole.PREPOSITION, 0),
            new Clitic("\u0643", WordRole.PREPOSITION, 0),
            new Clitic("\u0644", WordRole.PREPOSITION, 0));

    /** The future particle س, written before an imperfect verb. */
    public static final Clitic FUTURE = new Clitic("\u0633", WordRole.FUTURE, 0);

    /** The article ال; after the preposition ل its alef is not written (لل). */
    public static final Clitic ARTICLE = new Clitic(ArabicLetters.ARTICLE, WordRole.ARTICLE, 0);

    /** The pronoun suffixes, longest first so that هما is tried before هم and ه. */
    public static final List<Clitic> PRONOUNS = List.of(
            pronoun("\u0647\u0645\u0627", 3), pronoun("\u0643\u0645\u0627", 2),
            pronoun("\u0647\u0645", 3), pronoun("\u0647\u0646", 3),
            pronoun("\u0643\u0645", 2), pronoun("\u0643\u0646", 2),
            pronoun("\u0647\u0627", 3), pronoun("\u0646\u0627", 1),
            pronoun("\u0646\u064A", 1), pronoun("\u0647", 3),
            pronoun("\u064A", 1), pronoun("\u0643", 2));

    private static final Set<String> PROCLITIC_CHAINS = chains();
    private static final String PROCLITIC_FIRST_LETTERS = firstLetters();
    private static final String PRONOUN_LAST_LETTERS = lastLetters();

    private Clitics() {
    }

    /** Whether {@code c} can be a conjunction (و, ف). */
    public static boolean isConjunction(char c) {
        return c == ArabicLetters.WAW || c == ArabicLetters.FEH;
    }

    /** Whether {@code c} can be a preposition (ب, ك, ل). */
    public static boolean isPreposition(char c) {
        return c == ArabicLetters.BEH || c == ArabicLetters.KAF || c == ArabicLetters.LAM;
    }

    /**
     * Whether {@code letters} is nothing but proclitics in their order: a conjunction, then a
     * preposition, then the article (و, بال, لل, وبال, فلل …).
     */
    public static boolean isProcliticChain(String letters) {
        return PROCLITIC_CHAINS.contains(letters);
    }

    /**
     * Whether a word starting with {@code c} may begin with a proclitic: و ف ب ك ل س, or the
     * alef of ال. A cheap exact pre-test before a segmenter is asked.
     */
    public static boolean mayStartProclitic(char c) {
        return PROCLITIC_FIRST_LETTERS.indexOf(c) >= 0;
    }

    /** Whether a word ending in {@code c} may end with a pronoun suffix (ه ا م ن ي ك). */
    public static boolean mayEndPronoun(char c) {
        return PRONOUN_LAST_LETTERS.indexOf(c) >= 0;
    }

    private static String firstLetters() {
        StringBuilder letters = new StringBuilder();
        List<Clitic> proclitics = new ArrayList<>(CONJUNCTIONS);
        proclitics.addAll(PREPOSITIONS);
        proclitics.add(FUTURE);
        proclitics.add(ARTICLE);
        for (Clitic clitic : proclitics) {
            letters.append(clitic.letters().charAt(0));
        }
        return letters.toString();
    }

    private static String lastLetters() {
        StringBuilder letters = new StringBuilder();
        for (Clitic pronoun : PRONOUNS) {
            letters.append(pronoun.letters().charAt(pronoun.letters().length() - 1));
        }
        return letters.toString();
    }

    private static Clitic pronoun(String letters, int person) {
        return new Clitic(letters, WordRole.PRONOUN, person);
    }

    private static Set<String> chains() {
        List<String> conjunctions = new ArrayList<>(List.of(""));
        CONJUNCTIONS.forEach(c -> conjunctions.add(c.letters()));
        List<String> prepositions = new ArrayList<>(List.of(""));
        PREPOSITIONS.forEach(c -> prepositions.add(c.letters()));
        Set<String> chains = new HashSet<>();
        for (String conjunction : conjunctions) {
            for (String preposition : prepositions) {
                chains.add(conjunction + preposition);
                boolean lam = preposition.equals(String.valueOf(ArabicLetters.LAM));
                chains.add(conjunction + (lam ? preposition + ArabicLetters.LAM
                        : preposition + ARTICLE.letters()));
            }
        }
        chains.remove("");
        return Set.copyOf(chains);
    }
}
