package org.qalam.arabic.fused;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.qalam.arabic.lexicon.ArabicLexicon;
import org.qalam.arabic.orthography.ArabicLetters;
import org.qalam.arabic.orthography.Clitics;
import org.qalam.arabic.orthography.Inflections;

/**
 * Decides whether and where a run of Arabic letters is several fused words: a dynamic program over
 * cut points whose cost model rewards function words and long dictionary words and forbids pieces
 * that carry no evidence (single letters, unknown two-letter strings, words the lexicon rejects).
 */
final class SplitModel {

    /** Longest piece considered; keeps the program linear in the run length. */
    static final int MAX_PIECE = 24;

    private static final int[] NO_CUTS = new int[0];
    private static final double FORBIDDEN = Double.POSITIVE_INFINITY;

    /** ما and لا: they open a clause (ما حدث, لا حل), while يا and لو also open names (لوران). */
    private static final Set<String> CLAUSE_OPENERS = Set.of("ما", "لا");

    /**
     * The divine name ending a compound, with its article first so that رحمهالله keeps its
     * alef.
     */
    private static final List<String> DIVINE_NAMES = List.of("الله", "لله");

    /** شاء, the verb of the formulas إن شاء الله and ما شاء الله. */
    private static final String WILLED = "شاء";

    private static final Set<String> HA_PRONOUNS = Set.of("هو", "هي", "هم", "هنا");

    /** Letters a stem keeps at least once an ending or a pronoun is taken off. */
    private static final int MIN_BASE = 3;

    /** The alefs a bare alef may stand for when its hamza or madda was not written. */
    private static final char[] HAMZA_ALEFS = {
        ArabicLetters.ALEF_HAMZA_ABOVE, ArabicLetters.ALEF_HAMZA_BELOW, ArabicLetters.ALEF_MADDA
    };

    /** Cohesion (log10) below which the letters on both sides of a cut rarely meet in a word. */
    private static final float GAP = -1.5f;
    /** Weight of the cohesion at a cut in its cost: letters that belong together resist a cut. */
    private static final double COHESION_WEIGHT = 0.5;

    /** Cost of leaving a rejected run whole (an unknown word): a cut must explain it better. */
    private static final double WHOLE = 3.5;
    /** Extra cost of a piece that starts with a bare alef after a cut (see {@link #assess}). */
    private static final double BARE_ALEF = 0.6;
    /** Base cost of every cut: each boundary must be earned. */
    private static final double CUT = 0.6;

    /** Above this cohesion, particle + word reads as one word (لاحظت, ياسمين, مانويل). */
    private static final float PARTICLE_COHESION = 1.0f;

    /** Below this cohesion, لا + word beats ل + a word that lost its hamza (لاذنب, not لاسباب). */
    private static final float LOST_HAMZA_COHESION = 0f;

    /** A run written whole fewer times than this is never kept whole for its count alone. */
    static final long MIN_WHOLE_COUNT = 3;
    /**
     * A run written whole at least this share of the times its rarest content piece is written
     * alone is a word of the corpus (a name, a spelling), not an accident: it stays whole.
     */
    static final double KEEP_WHOLE_RATIO = 0.5;
    /** A piece the lexicon rejects may still be a word if the corpus writes it alone this often. */
    static final long MIN_PIECE_COUNT = 3;
    /** Shortest corpus word accepted as a piece: shorter strings are too often fragments. */
    static final int MIN_CORPUS_PIECE = 4;
    /** Extra cost of such a corpus word over a dictionary word of the same length. */
    static final double CORPUS_PIECE = 0.3;
    /**
     * Extra cost of a piece after the first that the lexicon rejects but that starts with the
     * article: a name (سليمانالعيسى, ناصرالتويم), which the dictionary cannot know.
     */
    static final double UNKNOWN_NAME = 1.0;
    /** Letters of the shortest such name, the article included: ال + three letters. */
    private static final int MIN_DEFINITE_NAME = 5;

    private final ArabicLexicon lexicon;
    private final CharModel chars;
    /** Counts of the corpus at hand, or null for the lexicon and letter model alone. */
    private final CorpusVocabulary vocabulary;
    /** This model without the vocabulary: judges whether a corpus word is itself fused. */
    private final SplitModel standard;

    SplitModel(ArabicLexicon lexicon, CharModel chars) {
        this.lexicon = lexicon;
        this.chars = chars;
        this.vocabulary = null;
        this.standard = this;
    }

    private SplitModel(SplitModel standard, CorpusVocabulary vocabulary) {
        this.lexicon = standard.lexicon;
        this.chars = standard.chars;
        this.vocabulary = vocabulary;
        this.standard = standard;
    }

    /** This model with the counts of a corpus as extra evidence; shares lexicon and letter model. */
    SplitModel adaptedTo(CorpusVocabulary counts) {
        return new SplitModel(standard, counts);
    }

    /** Cut points (indexes into {@code w}, ascending, exclusive of 0 and the length); empty = whole. */
    int[] cuts(String w) {
        int[] cuts = proposedCuts(w);
        if (vocabulary != null && cuts.length > 0 && writtenWhole(w, cuts)) {
            return NO_CUTS;
        }
        return cuts;
    }

    /**
     * Cut points of {@code w} when the next word is the divine name: there a word ending with
     * شاء is the formula's verb after its particle (إنشاء الله, وانشاء الله), not a noun.
     */
    int[] cutsBeforeDivineName(String w) {
        int[] cuts = w.length() > WILLED.length() + 1 && w.endsWith(WILLED) ? willedCut(w)
                : NO_CUTS;
        return cuts.length > 0 ? cuts : cuts(w);
    }

    /**
     * Whether the corpus writes {@code w} whole about as often as its rarest content piece alone:
     * then it is one of the corpus's words (أنتونيس, whose piece ونيس is never written alone),
     * while an accidental fusion (فيالعام) is far rarer than its pieces.
     */
    private boolean writtenWhole(String w, int[] cuts) {
        long whole = vocabulary.count(w);
        if (whole < MIN_WHOLE_COUNT) {
            return false;
        }
        long rarest = Long.MAX_VALUE;
        long rarestAny = Long.MAX_VALUE;
        int from = 0;
        for (int k = 0; k <= cuts.length; k++) {
            String piece = w.substring(from, k < cuts.length ? cuts[k] : w.length());
            if (isHabitualPiece(piece)) {
                // يارب, مايحصل, فيالبيت: a writer's habit repeats in the corpus, so frequency
                // says nothing here; the lexicon and particle rules decide.
                return false;
            }
            long count = vocabulary.count(piece);
            rarestAny = Math.min(rarestAny, count);
            if (!FunctionWords.WORDS.contains(piece)) {
                rarest = Math.min(rarest, count);
            }
            from = k < cuts.length ? cuts[k] : from;
        }
        long reference = rarest == Long.MAX_VALUE ? rarestAny : rarest;
        return whole >= KEEP_WHOLE_RATIO * reference;
    }

    private int[] proposedCuts(String w) {
        int n = w.length();
        if (n < 4) {
            return NO_CUTS;
        }
        if (FunctionWords.LEXICALIZED.contains(w) || isFunctionWord(w)) {
            return NO_CUTS;
        }
        int[] particle = particleCut(w);
        if (particle.length > 0 || isWord(w)) {
            return particle;
        }
        int[] divine = divineNameCuts(w);
        if (divine != null) {
            return divine;
        }
        int[] best = bestCuts(w);
        // Content words only (مخطاطا|تهم): a word with one letter too many tiles like this.
        boolean misspelled = best.length > 0
                && !hasFunctionPiece(w, best)
                && ExtraLetter.isMisspelledWord(w, best, lexicon);
        return misspelled ? NO_CUTS : best;
    }

    /**
     * A rejected run ending with the divine name after a word (عبدالله, الحمدلله, ماشاءالله): the
     * name is cut off and the rest repaired as a run of its own; null when the rest is no word.
     * The letter model cannot judge this cut, having learned such compounds written whole.
     */
    private int[] divineNameCuts(String w) {
        int at = -1;
        for (String name : DIVINE_NAMES) {
            if (w.endsWith(name)) {
                at = w.length() - name.length();
                break;
            }
        }
        if (at < 2) {
            return null;
        }
        String rest = w.substring(0, at);
        if (Clitics.isProcliticChain(rest)) {
            return null;
        }
        int[] cuts = rest.endsWith(WILLED) ? willedCut(rest) : proposedCuts(rest);
        boolean known = cuts.length > 0 || FunctionWords.WORDS.contains(rest)
                || (at >= 3 && isWord(rest));
        if (!known) {
            return null;
        }
        int[] withName = Arrays.copyOf(cuts, cuts.length + 1);
        withName[cuts.length] = at;
        return withName;
    }

    /**
     * Cheapest cut of a rejected run where every piece is a word and every junction has evidence:
     * the left piece can only end a word (a function word, ...ة, ...وا) or the right piece can only
     * start one (a function word, ال...). State: position and whether the last piece closes a word.
     */
    private int[] bestCuts(String w) {
        int n = w.length();
        double[][] cost = new double[2][n + 1];
        int[][] back = new int[2][n + 1];
        int[][] backState = new int[2][n + 1];
        float[] cohesion = new float[n];
        for (int i = 1; i < n; i++) {
            cohesion[i] = chars.cohesion(w, 0, i, n);
        }
        Arrays.fill(cost[0], FORBIDDEN);
        Arrays.fill(cost[1], FORBIDDEN);
        cost[1][0] = 0;
        for (int i = 0; i < n; i++) {
            if (cost[0][i] == FORBIDDEN && cost[1][i] == FORBIDDEN) {
                continue;
            }
            for (int j = i + 2; j <= Math.min(n, i + MAX_PIECE); j++) {
                if (i == 0 && j == n) {
                    continue;
                }
                Assessment a = assess(w, i, j);
                if (a == null) {
                    continue;
                }
                int to = a.closes() || closesParticle(w, i, j, cohesion) ? 1 : 0;
                boolean gap = i > 0 && cohesion[i] < GAP;
                double junction =
                        i == 0 ? 0 : CUT + COHESION_WEIGHT * Math.max(-4, Math.min(4, cohesion[i]));
                for (int from = 0; from < 2; from++) {
                    boolean licensed = i == 0 || from == 1 || a.opens() || gap;
                    double c = cost[from][i] + a.cost() + junction;
                    if (licensed && c < cost[to][j]) {
                        cost[to][j] = c;
                        back[to][j] = i;
                        backState[to][j] = from;
                    }
                }
            }
        }
        int state = cost[0][n] <= cost[1][n] ? 0 : 1;
        if (cost[state][n] >= WHOLE) {
            return NO_CUTS;
        }
        int[] stack = new int[n];
        int count = 0;
        for (int j = n, s = state; j > 0; ) {
            int i = back[s][j];
            s = backState[s][j];
            if (i > 0) {
                stack[count++] = i;
            }
            j = i;
        }
        int[] cuts = new int[count];
        for (int k = 0; k < count; k++) {
            cuts[k] = stack[count - 1 - k];
        }
        return cuts;
    }

    /**
     * ما or لا opening a rejected run (ما|سبب, لا|كرامة) closes its word when the letters
     * after it do not continue it, at the particle rule's threshold rather than the stricter gap:
     * the run as a whole is already no word.
     */
    private static boolean closesParticle(String w, int i, int j, float[] cohesion) {
        return i == 0
                && j < w.length()
                && cohesion[j] < PARTICLE_COHESION
                && CLAUSE_OPENERS.contains(w.substring(i, j));
    }

    /**
     * شاء before the divine name is the verb of إن شاء الله and ما شاء الله: its particle is cut
     * off even where the lexicon reads the whole as one word (إنشاء, construction).
     */
    private int[] willedCut(String rest) {
        int at = rest.length() - WILLED.length();
        String particle = rest.substring(at > 2 && hasConjunction(rest) ? 1 : 0, at);
        return FunctionWords.WORDS.contains(particle) ? new int[] {at} : proposedCuts(rest);
    }

    /** Whether one of the pieces that {@code cuts} makes of {@code w} is a function word. */
    private static boolean hasFunctionPiece(String w, int[] cuts) {
        int from = 0;
        for (int k = 0; k <= cuts.length; k++) {
            int to = k < cuts.length ? cuts[k] : w.length();
            if (isFunctionWord(w.substring(from, to))) {
                return true;
            }
            from = to;
        }
        return false;
    }

    /** A dictionary word that is really particle + word: لوكان, ماهو, يارب, ولايوجد. */
    private int[] particleCut(String w) {
        int p = hasConjunction(w) && !w.startsWith("في") ? 1 : 0;
        if (w.length() - p < 4 || FunctionWords.LEXICALIZED.contains(w.substring(p))) {
            return NO_CUTS;
        }
        String particle = w.substring(p, p + 2);
        String rest = w.substring(p + 2);
        boolean split =
                switch (particle) {
                    case "لا", "ما" -> HA_PRONOUNS.contains(rest)
                            || (rest.length() >= 3 && FunctionWords.WORDS.contains(rest))
                            || (rest.length() >= 3 && startsLikeImperfect(rest) && isWord(rest))
                            || (rest.length() >= 4 && rest.startsWith("ال") && isWord(rest))
                            || negatesAfterLostHamza(w, p, rest);
                    case "يا" -> (FunctionWords.WORDS.contains(rest)
                                    && !FunctionWords.SUFFIX_PRONOUNS.contains(rest))
                            || (rest.length() >= 3 && isWord(rest));
                    case "لو" -> FunctionWords.WORDS.contains(rest)
                            && !FunctionWords.SUFFIX_PRONOUNS.contains(rest);
                    case "ها" -> HA_PRONOUNS.contains(rest);
                    case "أو", "او" -> orFused(w, p, rest);
                    default -> false;
                };
        return split && chars.cohesion(w, 0, p + 2, w.length()) < PARTICLE_COHESION
                ? new int[] {p + 2}
                : NO_CUTS;
    }

    /**
     * Whether the run {@code w} (its particle at {@code p}) is أو fused to the entry {@code rest}
     * (أوشتم, أوضربهم): the lexicon accepts such runs as inflected forms, but they are no entry,
     * even with the hamza written (أوطان, أوكارا are), and the letters part clearly there, at the
     * stricter gap of a cut inside a word, since أو also opens names (أوهارا, أوربت). Never
     * before ل, where أول is the likelier word (أول|تراجع).
     */
    private boolean orFused(String w, int p, String rest) {
        // the letter model first: a few look-ups against some forty of the lexicon
        return rest.length() >= 3 && rest.charAt(0) != ArabicLetters.LAM
                && chars.cohesion(w, 0, p + 2, w.length()) < GAP
                && isEntryForm(rest) && !isEntryForm(w.substring(p))
                && !isEntryForm(ArabicLetters.ALEF_HAMZA_ABOVE + w.substring(p + 1));
    }

    /**
     * Whether {@code w} is a dictionary entry, or one with a pronoun or an inflectional ending
     * (أوضاعهم, أوكارا; a final ه is tried as the pronoun, on an entry or its feminine): the
     * lexicon also accepts fusions like أوضربهم, أوجمعيات as inflected forms, but those are no
     * entries.
     */
    private boolean isEntryForm(String w) {
        if (lexicon.isEntry(w)) {
            return true;
        }
        for (Clitics.Clitic pronoun : Clitics.PRONOUNS) {
            if (isEntryWithEnding(w, pronoun.letters())) {
                return true;
            }
        }
        for (String ending : Inflections.ENDINGS) {
            if (isEntryWithEnding(w, ending)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code w} is an entry (or its feminine in ة) followed by {@code ending}. */
    private boolean isEntryWithEnding(String w, String ending) {
        if (w.length() < ending.length() + MIN_BASE || !w.endsWith(ending)) {
            return false;
        }
        String base = w.substring(0, w.length() - ending.length());
        return lexicon.isEntry(base) || lexicon.isEntry(base + ArabicLetters.TEH_MARBUTA);
    }

    /**
     * A run that is a word only once the hamza after ل is restored (لاذنب as لأذنب, لاسباب as
     * لأسباب) is still لا + word when the letters clearly part there (لا ذنب): at a cohesion below
     * {@link #LOST_HAMZA_COHESION}, stricter than a particle's.
     */
    private boolean negatesAfterLostHamza(String w, int p, String rest) {
        return w.charAt(p) == ArabicLetters.LAM
                && rest.length() >= 3
                && !isWordKeepingHamza(w)
                && isWord(rest)
                && chars.cohesion(w, 0, p + 2, w.length()) < LOST_HAMZA_COHESION
                && !(endsWithPossessive(rest) && isWord(w));
    }

    /**
     * Whether {@code rest} ends with a pronoun of the second or third person (هله, مثالك): a noun
     * it makes definite, which the negation لا does not take (لاهله is لأهله, not لا هله). A
     * final ه that stands for ة is no pronoun (لاحاجه, لا حاجة).
     */
    private boolean endsWithPossessive(String rest) {
        int last = rest.length() - 1;
        if (rest.charAt(last) == ArabicLetters.HEH
                && lexicon.isWord(replace(rest, last, ArabicLetters.TEH_MARBUTA))) {
            return false;
        }
        for (Clitics.Clitic pronoun : Clitics.PRONOUNS) {
            if (pronoun.person() > 1 && rest.length() > pronoun.letters().length() + 1
                    && rest.endsWith(pronoun.letters())) {
                return true;
            }
        }
        return false;
    }

    /** Yeh, teh, noon, alef with hamza: the prefixes of an imperfect verb (لا يوجد, ما تريد). */
    private static boolean startsLikeImperfect(String rest) {
        char c = rest.charAt(0);
        return c == ArabicLetters.YEH || c == ArabicLetters.TEH || c == ArabicLetters.NOON || c == ArabicLetters.ALEF_HAMZA_ABOVE;
    }

    /** Cost and junction evidence of one piece. */
    private record Assessment(double cost, boolean opens, boolean closes) {}

    /** How piece {@code w[i, j)} fares as a word of its own, or null when it cannot be one. */
    private Assessment assess(String w, int i, int j) {
        int len = j - i;
        String piece = w.substring(i, j);
        if (!canEndWord(piece)
                || !canStartWord(piece)
                || Clitics.isProcliticChain(piece)
                || FunctionWords.SUFFIX_PRONOUNS.contains(piece)) {
            return null;
        }
        boolean bareAlef = i > 0 && piece.charAt(0) == ArabicLetters.ALEF && !piece.startsWith("ال");
        if (FunctionWords.WORDS.contains(piece) && !bareAlef) {
            if (len > 2) {
                return new Assessment(1.0, true, true);
            }
            if (j == w.length() && !FunctionWords.FINAL_SHORT.contains(piece)) {
                return null;
            }
            // A two-letter word opening a rejected run (ما|يكل, في|لم) needs the letters to agree.
            return new Assessment(1.0, true, i > 0);
        }
        if (len >= 3 && hasConjunction(piece)) {
            String bare = piece.substring(1);
            if (FunctionWords.WORDS.contains(bare) && !FunctionWords.SUFFIX_PRONOUNS.contains(bare)) {
                return new Assessment(1.2, true, true);
            }
        }
        double corpusCost = 0;
        if (len == 2) {
            return null;
        }
        if (!(i == 0 ? isWord(piece) : isWordKeepingHamza(piece))) {
            if (isCorpusWord(piece, w)) {
                corpusCost = CORPUS_PIECE;
            } else if (i > 0 && readsAsDefiniteName(piece)) {
                corpusCost = UNKNOWN_NAME;
            } else {
                return null;
            }
        }
        boolean article = hasArticle(piece);
        boolean head = FunctionWords.NAME_HEADS.contains(piece);
        char last = piece.charAt(len - 1);
        boolean closes =
                head
                        || last == ArabicLetters.TEH_MARBUTA
                        || last == ArabicLetters.ALEF_MAKSURA
                        || (len >= 4 && last == ArabicLetters.ALEF);
        double cost =
                switch (len) {
                    case 3 -> 1.5;
                    case 4 -> 1.3;
                    default -> 1.0;
                };
        cost += corpusCost;
        if (article) {
            cost -= 0.5;
        } else if (bareAlef) {
            // After a cut, a bare alef is more often the tanween of the previous word (كثيرا ما).
            cost += BARE_ALEF;
        }
        return new Assessment(cost, article || head, closes);
    }

    /**
     * A function word, alone or after و/ف (ومنشان, فعلشان): one word even when the lexicon
     * rejects it.
     */
    private static boolean isFunctionWord(String w) {
        return FunctionWords.WORDS.contains(w)
                || (hasConjunction(w) && FunctionWords.WORDS.contains(w.substring(1)));
    }

    /**
     * A short function word (يا, ما, لا, في, من, ها, with or without و/ف), or the divine name: the
     * words writers habitually fuse to their neighbour (يارب, عبدالله).
     */
    private static boolean isHabitualPiece(String piece) {
        String bare = piece.length() == 3 && hasConjunction(piece) ? piece.substring(1) : piece;
        return (bare.length() <= 2 && FunctionWords.WORDS.contains(bare))
                || DIVINE_NAMES.contains(piece);
    }

    /**
     * A piece the lexicon rejects that the corpus writes alone often enough (a name such as
     * داعش), and that is not itself a fusion the standard model would cut.
     */
    private boolean isCorpusWord(String piece, String run) {
        return vocabulary != null
                && piece.length() >= MIN_CORPUS_PIECE
                && piece.length() < run.length()
                && vocabulary.count(piece) >= MIN_PIECE_COUNT
                && standard.cuts(piece).length == 0;
    }

    /** Whether {@code piece} reads as the article and a name of three letters or more. */
    private static boolean readsAsDefiniteName(String piece) {
        return piece.length() >= MIN_DEFINITE_NAME && piece.startsWith(ArabicLetters.ARTICLE);
    }

    /** Whether the piece starts with the article, after at most one proclitic (ال, وال, بال, لل). */
    private static boolean hasArticle(String piece) {
        if (piece.length() < 4) {
            return false;
        }
        if (piece.startsWith("ال") || piece.startsWith("لل")) {
            return true;
        }
        char c = piece.charAt(0);
        return piece.length() >= 5
                && piece.startsWith("ال", 1)
                && (Clitics.isConjunction(c) || c == ArabicLetters.BEH || c == ArabicLetters.KAF);
    }

    private static boolean hasConjunction(String piece) {
        return Clitics.isConjunction(piece.charAt(0));
    }

    /** Teh marbuta and alef maksura only end words: a piece with one inside is not a word. */
    private static boolean canEndWord(String piece) {
        for (int k = 0; k < piece.length() - 1; k++) {
            char c = piece.charAt(k);
            if (c == ArabicLetters.TEH_MARBUTA || c == ArabicLetters.ALEF_MAKSURA) {
                return false;
            }
        }
        return true;
    }

    private static boolean canStartWord(String piece) {
        return piece.charAt(0) != ArabicLetters.HAMZA || piece.length() == 1;
    }

    /** Dictionary look-up tolerant of the commonest informal spellings (hamza, ه/ة, ي/ى). */
    boolean isWord(String w) {
        if (isWordKeepingHamza(w)) {
            return true;
        }
        int a = alefIndex(w);
        if (a < 0) {
            return false;
        }
        for (char hamza : HAMZA_ALEFS) {
            if (isWordKeepingHamza(replace(w, a, hamza))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Look-up tolerant of ه/ة, ي/ى, a needless hamza on a first alef (إعتقال) and an object
     * pronoun on a plural verb (يساعدونكم), but not of a lost hamza: inside a run, a bare alef
     * after a cut is more often the tanween of the previous word (كثيرا ما, not كثير اما).
     */
    private boolean isWordKeepingHamza(String w) {
        if (lexicon.isWord(w)) {
            return true;
        }
        char first = w.charAt(0);
        if ((first == ArabicLetters.ALEF_HAMZA_BELOW || first == ArabicLetters.ALEF_HAMZA_ABOVE)
                && lexicon.isWord(replace(w, 0, ArabicLetters.ALEF))) {
            return true;
        }
        int last = w.length() - 1;
        char end = w.charAt(last);
        if (end == ArabicLetters.HEH && lexicon.isWord(replace(w, last, ArabicLetters.TEH_MARBUTA))) {
            return true;
        }
        if (end == ArabicLetters.YEH && lexicon.isWord(replace(w, last, ArabicLetters.ALEF_MAKSURA))) {
            return true;
        }
        return (end == ArabicLetters.ALEF_MAKSURA
                        && lexicon.isWord(replace(w, last, ArabicLetters.YEH)))
                || ObjectPronouns.isVerbWithObject(w, lexicon::isWord);
    }

    /**
     * Index of a bare alef that may have lost its hamza: word-initial, or after proclitics (و, ف,
     * then ب, ك or ل: باعلان, وانكار), after the article and the proclitics before it (الاراء,
     * والامن, بالالاف, للاسف).
     */
    private static int alefIndex(String w) {
        if (w.charAt(0) == ArabicLetters.ALEF && w.length() > 1 && w.charAt(1) != ArabicLetters.LAM) {
            return 0;
        }
        int p = hasConjunction(w) ? 1 : 0;
        if (w.length() > p + 3 && w.startsWith("لل", p) && w.charAt(p + 2) == ArabicLetters.ALEF) {
            return p + 2;
        }
        int q = w.length() > p + 1 && Clitics.isPreposition(w.charAt(p)) ? p + 1 : p;
        if (w.length() > q + 3 && w.startsWith("ال", q) && w.charAt(q + 2) == ArabicLetters.ALEF) {
            return q + 2;
        }
        if (q > 0 && w.length() > q + 2 && w.charAt(q) == ArabicLetters.ALEF
                && w.charAt(q + 1) != ArabicLetters.LAM) {
            // The preposition or conjunction before a hamza (لاسباب for لأسباب, باعلان for
            // بإعلان, وانكار for وإنكار), which is no لا + word.
            return q;
        }
        return -1;
    }

    private static String replace(String w, int index, char c) {
        char[] chars = w.toCharArray();
        chars[index] = c;
        return new String(chars);
    }
}
