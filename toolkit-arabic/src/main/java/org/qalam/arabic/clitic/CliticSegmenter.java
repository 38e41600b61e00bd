package org.qalam.arabic.clitic;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.qalam.arabic.lexicon.ArabicLexicon;
import org.qalam.arabic.normalize.Normalizer;
import org.qalam.arabic.orthography.ArabicLetters;
import org.qalam.arabic.orthography.Assimilations;
import org.qalam.arabic.orthography.Clitics;
import org.qalam.arabic.orthography.Inflections;
import org.qalam.arabic.orthography.LetterIndex;
import org.qalam.core.model.Span;
import org.qalam.core.model.Token;
import org.qalam.core.model.TokenKind;
import org.qalam.core.model.Word;
import org.qalam.core.model.WordRole;

/**
 * Cuts an Arabic word into its clitics and stem, like the syntactic words of a CoNLL-U
 * multi-word token: proclitics و ف (conjunctions), ب ك ل (prepositions), ال (article) and س
 * (future) in that order, and one enclitic pronoun (ه ها هم هما هن كم كن كما نا ني ي ك).
 *
 * <p>Why validated: most words that start with و or end with ه are not cliticized (وزير, بلد,
 * كتاب, فلسطين, وجه). A cut is kept only if its stem is a word of the {@link StemLexicon} or a
 * listed function word, and a token that is a word by itself is cut only when a cliticized
 * reading is clearly better (its stem is a dictionary entry while the whole is only an inflected
 * form, or the cut removes ال). Closed-class words are decided by lists we wrote (وفي → و + في,
 * فيه → في + ه, كما stays whole).
 *
 * <p>Every word has a span in the original token where its letters are contiguous (the
 * diacritics of a letter stay with it) and a form: the covered text, except for ل + ال written
 * لل, where ال is realized by the second ل and has the form {@code ال}. When the stem itself
 * starts with ل (للجنة = ل + ال + لجنة) ال is not written at all and gets an empty span. The
 * enclitic "ي" and "ك" are only cut after function words (لي, معك): after nouns they are far more
 * often a suffix (مصري, مسؤولي) or part of the stem (ملك). Immutable and thread-safe.
 */
public final class CliticSegmenter {

    private static final String AL = ArabicLetters.ARTICLE;
    private static final String LAM_LAM = "\u0644\u0644";

    /** Enclitic pronouns, longest first so that هما is tried before هم and ه. */
    private static final String[] ENCLITICS = Clitics.PRONOUNS.stream()
            .map(Clitics.Clitic::letters).toArray(String[]::new);
    /**
     * Enclitics cut after content words: third person, and second person plural or dual (كم كن
     * كما); ي, ك, ني and نا are far more often part of the word (مصري, ملك).
     */
    private static final Set<String> CONTENT_ENCLITICS = pronouns(
            p -> p.person() == 3 || p.person() == 2 && p.letters().length() > 1);
    /** Third-person pronouns: by far the most frequent enclitics in running text. */
    private static final Set<String> THIRD_PERSON = pronouns(p -> p.person() == 3);
    private static final String NA = "\u0646\u0627";
    private static final String YEH = String.valueOf(ArabicLetters.YEH);
    private static final String NI = "\u0646\u064A";
    /** Letters a stem needs before ك, ني or نا of the first or second person. */
    private static final int MIN_CLOSED_STEM = 3;
    /**
     * No Arabic word starts with two waws: a token that does is و + a word (ووصل, ووقع) even
     * where the spelling lexicon lists it whole.
     */
    private static final String DOUBLE_WAW = "\u0648\u0648";
    /** Pronouns tried after a word to see whether it can still take one (ه, ها). */
    private static final List<String> OPEN_PROBES = List.of("\u0647", "\u0647\u0627");

    /** Score of a stem (or of the whole token) that is a dictionary entry by itself. */
    private static final int ENTRY = 10;
    /** Score of a stem that is an acceptable inflected form. */
    private static final int WORD = 5;
    /**
     * Score of an unknown stem after ال in a token the lexicon does not know either (names and
     * loanwords: الفيسبوك); a known token (التزاماتهم) is never read as ال + unknown stem.
     */
    private static final int UNKNOWN_AFTER_AL = 3;
    /** Extra weight of a whole token that is an entry: وزير, بلد, كتاب, فلسطين stay whole. */
    private static final double WHOLE_ENTRY_BONUS = 2;
    /** ال is by far the most reliable clitic: cutting it before a stem of 3+ letters is rewarded. */
    private static final double AL_BONUS = 4;
    /** و ف and the pronouns ه ها هم هما هن win ties: they are rarely part of an inflection. */
    private static final double LIKELY_CLITIC_BONUS = 1.5;
    /** A token the lexicon does not know (a name) keeps its و ف ب ك ل unless ال is cut. */
    private static final double UNKNOWN_WHOLE_PENALTY = 10;
    /** ل + ال before a stem starting with ل (one lam for two) is the rarer reading of لل. */
    private static final double SHARED_LAM_PENALTY = 0.5;
    /** Spelling lexicons accept a third of all two-letter strings: short stems need more proof. */
    private static final double SHORT_STEM_PENALTY = 2;

    /** The folding of {@link Word#folded()}: the toolkit's search normalization. */
    private static final Normalizer FOLDING = Normalizer.search();

    private final StemLexicon lexicon;

    private CliticSegmenter(StemLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The standard segmenter: cuts validated against the bundled Ayaspell lexicon
     * ({@link ArabicLexicon} for word forms, its head words for entries). Loads the lexicon on
     * first use (a few tens of milliseconds) and shares it afterwards.
     */
    public static CliticSegmenter standard() {
        return Standard.INSTANCE;
    }

    /** A segmenter that validates cuts against {@code lexicon}. */
    public static CliticSegmenter withLexicon(StemLexicon lexicon) {
        return new CliticSegmenter(requireNonNull(lexicon, "lexicon"));
    }

    /**
     * A segmenter without a lexicon: only the function-word lists and ال decide, and content
     * words keep their other clitics. Useful where loading a lexicon is too costly.
     */
    public static CliticSegmenter withoutLexicon() {
        return new CliticSegmenter(StemLexicon.lengthHeuristic());
    }

    /** The words of an Arabic word token; any other token is one word. */
    public List<Word> segment(Token token) {
        if (token.kind() != TokenKind.WORD) {
            return List.of(Word.stem(token.span(), token.text(), token.norm()));
        }
        return segment(token.text(), 0, token.text().length(), token.start(), token.norm());
    }

    /**
     * The words of the Arabic word {@code text[start, end)}, with spans shifted by
     * {@code offset - start} so that they point into the caller's original text.
     */
    public List<Word> segment(CharSequence text, int start, int end, int offset) {
        return segment(text, start, end, offset, null);
    }

    /** As above; {@code wholeFolded}, if known, is the folded form of the whole word. */
    private List<Word> segment(CharSequence text, int start, int end, int offset,
                               String wholeFolded) {
        LetterIndex skeleton = LetterIndex.of(text, start, end);
        int shift = offset - start;
        List<Word> assimilated = assimilated(text, skeleton, shift);
        if (assimilated != null) {
            return assimilated;
        }
        if (skeleton.length() >= 2 && Clitics.isProcliticChain(skeleton.letters())
                && (text.charAt(end - 1) == ArabicLetters.TATWEEL
                        || !lexicon.isWord(skeleton.letters()))) {
            return proclitics(text, skeleton, shift);
        }
        Parse parse = skeleton.length() < 2 ? null : choose(skeleton.letters());
        if (parse == null) {
            String form = text.subSequence(start, end).toString();
            return List.of(new Word(Span.of(start + shift, end + shift), form, WordRole.STEM,
                    wholeFolded != null ? wholeFolded : FOLDING.normalize(form), false));
        }
        int[] cuts = parse.cuts();
        Word[] words = new Word[cuts.length];
        int at = 0;
        for (int k = 0; k < cuts.length; k++) {
            int cut = cuts[k];
            int from = skeleton.charStart(at);
            int to = skeleton.charEnd(cut);
            if (k == parse.alPiece() && parse.al() != Al.WRITTEN) {
                words[k] = word(from + shift, (parse.al() == Al.SHARED ? from : to) + shift, AL,
                        WordRole.ARTICLE);
            } else {
                words[k] = word(from + shift, to + shift, text.subSequence(from, to).toString(),
                        parse.roles()[k]);
            }
            at = cut;
        }
        return List.of(words);
    }

    /**
     * The words of مما, عما, ممن, عمن (after و or ف too): من or عن realized by its first letter,
     * then ما or من ({@link Assimilations}); null for any other word.
     */
    private static List<Word> assimilated(CharSequence text, LetterIndex skeleton, int shift) {
        String letters = skeleton.letters();
        int conj = letters.length() > 1 && Clitics.isConjunction(letters.charAt(0)) ? 1 : 0;
        List<String> forms = Assimilations.words(letters.substring(conj));
        if (forms.isEmpty()) {
            forms = Assimilations.words(letters);
            conj = 0;
        }
        if (forms.isEmpty()) {
            return null;
        }
        List<Word> words = new ArrayList<>(3);
        if (conj == 1) {
            int to = skeleton.charEnd(1);
            words.add(word(skeleton.charStart(0) + shift, to + shift,
                    text.subSequence(skeleton.charStart(0), to).toString(), WordRole.CONJUNCTION));
        }
        int second = skeleton.charEnd(conj + 1);
        words.add(word(skeleton.charStart(conj) + shift, second + shift, forms.get(0),
                WordRole.STEM));
        int end = skeleton.charEnd(letters.length());
        words.add(word(second + shift, end + shift, text.subSequence(second, end).toString(),
                WordRole.STEM));
        return List.copyOf(words);
    }

    /**
     * The words of a token that is nothing but proclitics, written before a number or a Latin
     * word (وبـ30, والـCNN, وللـ«حياة»): a conjunction, a preposition, the article. Only a token
     * that ends in a tatweel or is no word is read so: فك, بال and كل are words.
     */
    private static List<Word> proclitics(CharSequence text, LetterIndex skeleton, int shift) {
        String letters = skeleton.letters();
        List<Word> words = new ArrayList<>(3);
        int at = 0;
        if (Clitics.isConjunction(letters.charAt(0))) {
            at = addClitic(words, text, skeleton, shift, at, WordRole.CONJUNCTION);
        }
        if (at < letters.length() && Clitics.isPreposition(letters.charAt(at))) {
            boolean lamArticle = letters.startsWith(LAM_LAM, at);
            at = addClitic(words, text, skeleton, shift, at, WordRole.PREPOSITION);
            if (lamArticle) {
                int lam = skeleton.charStart(at);
                words.add(word(lam + shift, skeleton.charEnd(at + 1) + shift, AL,
                        WordRole.ARTICLE));
                at++;
            }
        }
        if (at < letters.length()) {
            words.add(word(skeleton.charStart(at) + shift,
                    skeleton.charEnd(letters.length()) + shift,
                    text.subSequence(skeleton.charStart(at), skeleton.charEnd(letters.length()))
                            .toString(), WordRole.ARTICLE));
        }
        return List.copyOf(words);
    }

    /** Adds the one-letter clitic at letter {@code at} and returns the next letter's index. */
    private static int addClitic(List<Word> words, CharSequence text, LetterIndex skeleton,
                                 int shift, int at, WordRole role) {
        int from = skeleton.charStart(at);
        int to = skeleton.charEnd(at + 1);
        words.add(word(from + shift, to + shift, text.subSequence(from, to).toString(), role));
        return at + 1;
    }

    private static Set<String> pronouns(Predicate<Clitics.Clitic> which) {
        return Clitics.PRONOUNS.stream().filter(which).map(Clitics.Clitic::letters)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static Word word(int start, int end, String form, WordRole role) {
        return new Word(Span.of(start, end), form, role, FOLDING.normalize(form), false);
    }

    /** The best parse of undiacritized {@code w}, or null to keep it whole. */
    private Parse choose(String w) {
        if (FunctionWords.UNSPLIT.contains(w)) {
            return null;
        }
        List<Parse> parses = Parse.enumerate(w);
        Parse function = null;
        for (Parse parse : parses) {
            if (parse.isFunctionReading(w) && (function == null
                    || parse.stemLength() > function.stemLength())) {
                function = parse;
            }
        }
        if (function != null) {
            return function;
        }
        Boolean wholeIsWord = null;
        double bestScore = 0;
        Parse best = null;
        for (Parse parse : parses) {
            boolean closingPronoun = parse.hasEnclitic()
                    && !CONTENT_ENCLITICS.contains(parse.enclitic());
            if (parse.stemLength() < 2
                    || closingPronoun && !parse.isContentReading(w) && !closesWord(parse, w)) {
                continue;
            }
            if (isFormEightVerb(parse, w) || endsAnEntry(parse, w)) {
                continue;
            }
            double score = stemScore(parse, w);
            if (score <= 0) {
                continue;
            }
            if (wholeIsWord == null) {
                wholeIsWord = lexicon.isWord(w);
                bestScore = !wholeIsWord || w.startsWith(DOUBLE_WAW) ? 0
                        : lexicon.isEntry(w) && !(Clitics.isConjunction(w.charAt(0))
                                && lexicon.isBareEntry(w)) ? ENTRY + WHOLE_ENTRY_BONUS
                        : isInflectedEntry(w) ? ENTRY : WORD;
            }
            if (score == UNKNOWN_AFTER_AL && wholeIsWord) {
                continue;
            }
            score -= parse.clitics() + (parse.stemLength() == 2 ? SHORT_STEM_PENALTY : 0);
            if (parse.al() != Al.NONE) {
                score += parse.stemLength() > 2 ? AL_BONUS : 0;
                score -= parse.al() == Al.SHARED ? SHARED_LAM_PENALTY : 0;
            } else if (!wholeIsWord) {
                score -= UNKNOWN_WHOLE_PENALTY;
            }
            score += parse.hasLikelyClitic() || closingPronoun ? LIKELY_CLITIC_BONUS : 0;
            if (score > bestScore) {
                bestScore = score;
                best = parse;
            }
        }
        return best;
    }

    /**
     * Whether {@code parse} cuts a pronoun off a word that is an entry once its proclitics are
     * off (سيتوجه: يتوجه, لتوجيه: توجيه), as a whole entry keeps its last letters.
     */
    private boolean endsAnEntry(Parse parse, String w) {
        if (!parse.hasEnclitic() || parse.stemStart() == 0) {
            return false;
        }
        String host = w.substring(parse.stemStart());
        return lexicon.isEntry(host) && !lexicon.isBareEntry(host);
    }

    /**
     * Whether the ال of {@code parse} is the start of a verb of the eighth form of a root in ل
     * (التقى, التزم, التحق: ا + ل + ت), or of its noun: the letters from ال on form a head word
     * and the stem starts with ت. Nouns after the article (التقرير, التعاون) are no head words.
     */
    private boolean isFormEightVerb(Parse parse, String w) {
        return parse.al() == Al.WRITTEN && w.charAt(parse.stemStart()) == ArabicLetters.TEH
                && lexicon.isEntry(w.substring(parse.stemStart() - AL.length()));
    }

    /**
     * Whether the pronoun ك, ني or نا of {@code parse} closes content word {@code w}. Never when
     * the word without its proclitics is an entry by itself (past verbs قررنا, imperfects
     * يتحرك, names ملك) or unknown; else when its stem takes ه or ها instead (أشكره, بلاده)
     * and the word itself takes neither, for a word carries one pronoun (أشكرك, أعطاني, بلادنا
     * close it; يشارك and كتبنا, which take ه, do not). Names pass that test as often as words do, so the stem must have three letters
     * (روني, سوني) and end in a consonant (سلتيك, باراك, سولانا, and أحيانا: accusative ا);
     * before ني it may end in ي or و when it is an entry, a verb (يعطيني, أخبروني), not ا
     * (nisba names: طالباني, برزاني).
     */
    private boolean closesWord(Parse parse, String w) {
        String host = w.substring(parse.stemStart());
        String stem = w.substring(parse.stemStart(), parse.stemEnd());
        char last = stem.charAt(stem.length() - 1);
        boolean vowelEnd = last == ArabicLetters.ALEF || last == ArabicLetters.YEH
                || last == ArabicLetters.WAW;
        if (parse.enclitic().equals(YEH) || stem.length() < MIN_CLOSED_STEM
                || vowelEnd && !(parse.enclitic().equals(NI) && last != ArabicLetters.ALEF
                        && stemVariants(stem, true).stream().anyMatch(lexicon::isEntry))
                || !lexicon.isWord(host) || lexicon.isEntry(host)) {
            return false;
        }
        return OPEN_PROBES.stream().anyMatch(pronoun -> lexicon.isWord(stem + pronoun))
                && OPEN_PROBES.stream().noneMatch(pronoun -> lexicon.isWord(host + pronoun));
    }

    /**
     * Whether {@code w} is a dictionary entry of four letters or more plus a common inflectional
     * ending: feminine ة, plurals and duals ات ون ين ان تان تين, accusative alef, nisba ي
     * (كبيرا, فعاليات, كبيرة). Such a token is as good as an entry, so و ف ب ك ل at its start
     * are not cut; shorter bases are too often a clitic plus a word (لسنة is not لسن + ة).
     */
    private boolean isInflectedEntry(String w) {
        for (String ending : Inflections.ENDINGS) {
            int base = w.length() - ending.length();
            if (base >= 4 && w.endsWith(ending)) {
                String stem = w.substring(0, base);
                if (lexicon.isEntry(stem) || ending.length() > 1 && ending.charAt(0) != ArabicLetters.WAW
                        && ending.charAt(0) != ArabicLetters.YEH
                        && lexicon.isEntry(stem + ArabicLetters.TEH_MARBUTA)) {
                    return true;
                }
            }
        }
        return false;
    }

    private double stemScore(Parse parse, String w) {
        String stem = w.substring(parse.stemStart(), parse.stemEnd());
        if (parse.al() == Al.SHARED) {
            stem = ArabicLetters.LAM + stem.substring(1);
        }
        List<String> variants = stemVariants(stem, parse.hasEnclitic());
        for (String candidate : variants) {
            if (lexicon.isEntry(candidate)) {
                return ENTRY;
            }
        }
        for (String candidate : variants) {
            if (lexicon.isWord(candidate)) {
                return WORD;
            }
        }
        return parse.al() != Al.NONE && stem.length() >= 2 ? UNKNOWN_AFTER_AL : 0;
    }

    /**
     * The stem and, before an enclitic, its spelling at the end of a word: ت → ة (مدرسته),
     * ي → ى (مستواه is مستوى + ه, written مستوا), ا → ى, و → وا (كتبوه), ئ → ء.
     */
    private static List<String> stemVariants(String stem, boolean beforeEnclitic) {
        if (!beforeEnclitic || stem.length() < 2) {
            return List.of(stem);
        }
        String head = stem.substring(0, stem.length() - 1);
        switch (stem.charAt(stem.length() - 1)) {
            case '\u062A':
                return List.of(stem, head + '\u0629');
            case '\u064A', '\u0627':
                return List.of(stem, head + '\u0649');
            case '\u0648':
                return List.of(stem, stem + ArabicLetters.ALEF);
            case '\u0626', '\u0624':
                return List.of(stem, head + '\u0621');
            default:
                return List.of(stem);
        }
    }

    @Override
    public String toString() {
        return "CliticSegmenter[" + lexicon + "]";
    }

    /** Lazy, thread-safe creation of the standard segmenter. */
    private static final class Standard {
        static final CliticSegmenter INSTANCE = withLexicon(ayaspell());

        private static StemLexicon ayaspell() {
            ArabicLexicon lexicon = ArabicLexicon.load();
            return new StemLexicon() {
                @Override
                public boolean isWord(String form) {
                    return lexicon.isWord(form);
                }

                @Override
                public boolean isEntry(String form) {
                    return lexicon.isEntry(form);
                }

                @Override
                public boolean isBareEntry(String form) {
                    return lexicon.isBareEntry(form);
                }

                @Override
                public String toString() {
                    return "Ayaspell";
                }
            };
        }
    }

    /** How ال appears in a parse. */
    private enum Al {
        /** No article. */
        NONE,
        /** Written ال. */
        WRITTEN,
        /** Written as the second ل of لل (للأمم). */
        LAM,
        /** Not written: ل + ال + a stem starting with ل (للجنة). */
        SHARED
    }

    /**
     * One reading of a word: proclitics, stem and enclitic as cut points over its letters.
     * {@code cuts} are the end indices of the pieces in order; {@code alPiece} is the index of
     * the ال piece or -1.
     */
    private record Parse(int[] cuts, WordRole[] roles, int stemStart, int stemEnd, int alPiece,
                         Al al, char conjunction, char preposition, String enclitic) {

        boolean hasEnclitic() {
            return !enclitic.isEmpty();
        }

        /** Whether the parse cuts و ف or a ه-family pronoun, which win ties against a whole form. */
        boolean hasLikelyClitic() {
            return conjunction != 0 || THIRD_PERSON.contains(enclitic);
        }

        /**
         * Whether the enclitic may follow a content word: ه ها هم هما هن كم كن كما, and نا
         * after a stem ending in ن (يمكننا). ي, ك, ني and other نا are far more often part of
         * the word (مصري, ملك, ممكنا).
         */
        boolean isContentReading(String w) {
            return !hasEnclitic() || CONTENT_ENCLITICS.contains(enclitic)
                    || enclitic.equals(NA) && w.charAt(stemEnd - 1) == '\u0646';
        }

        int stemLength() {
            return stemEnd - stemStart;
        }

        int clitics() {
            return cuts.length - (stemEnd > stemStart ? 1 : 0);
        }

        /** Whether the stem is a function word (or empty after ب or ل with a pronoun). */
        boolean isFunctionReading(String w) {
            if (al != Al.NONE || clitics() == 0) {
                return false;
            }
            if (stemLength() == 0) {
                return hasEnclitic() && (preposition == ArabicLetters.BEH || preposition == ArabicLetters.LAM);
            }
            String stem = w.substring(stemStart, stemEnd);
            if (!hasEnclitic()) {
                return FunctionWords.STEMS.contains(stem)
                        || preposition == 0 && FunctionWords.UNSPLIT.contains(stem);
            }
            return FunctionWords.PRONOUN_TAKING.contains(stem)
                    || preposition == 0 && FunctionWords.PRONOUN_HOSTS.contains(stem);
        }

        /** Every reading of {@code w} that its letters allow, the whole word excluded. */
        static List<Parse> enumerate(String w) {
            List<Parse> parses = new ArrayList<>();
            int length = w.length();
            for (int conj = 0; conj <= (isConjunction(w.charAt(0)) ? 1 : 0); conj++) {
                if (conj >= length) {
                    break;
                }
                char next = w.charAt(conj);
                boolean preposition = next == ArabicLetters.BEH || next == ArabicLetters.KAF || next == ArabicLetters.LAM;
                boolean future = next == ArabicLetters.SEEN && conj + 1 < length
                        && "\u064A\u062A\u0646\u0623".indexOf(w.charAt(conj + 1)) >= 0;
                for (int prep = 0; prep <= (preposition || future ? 1 : 0); prep++) {
                    int p = conj + prep;
                    char prepChar = prep == 1 && preposition ? next : 0;
                    addWithArticle(parses, w, conj, p, prepChar, future && prep == 1);
                }
            }
            return parses;
        }

        private static void addWithArticle(List<Parse> parses, String w, int conj, int p,
                                           char prep, boolean future) {
            addWithEnclitics(parses, w, conj, p, prep, p, Al.NONE);
            if (future || p >= w.length()) {
                return;
            }
            if (prep == ArabicLetters.LAM) {
                if (w.charAt(p) == ArabicLetters.LAM) {
                    addWithEnclitics(parses, w, conj, p, prep, p + 1, Al.LAM);
                    addWithEnclitics(parses, w, conj, p, prep, p, Al.SHARED);
                }
            } else if (w.startsWith(AL, p)) {
                addWithEnclitics(parses, w, conj, p, prep, p + 2, Al.WRITTEN);
            }
        }

        private static void addWithEnclitics(List<Parse> parses, String w, int conj, int p,
                                             char prep, int stemStart, Al al) {
            if (stemStart == 0) {
                addEnclitics(parses, w, conj, p, prep, stemStart, al);
                return;
            }
            add(parses, w, conj, p, prep, stemStart, w.length(), al, "");
            if (al == Al.NONE) {
                addEnclitics(parses, w, conj, p, prep, stemStart, al);
            }
        }

        private static void addEnclitics(List<Parse> parses, String w, int conj, int p,
                                         char prep, int stemStart, Al al) {
            for (String enclitic : ENCLITICS) {
                int stemEnd = w.length() - enclitic.length();
                if (stemEnd >= stemStart && w.endsWith(enclitic)) {
                    add(parses, w, conj, p, prep, stemStart, stemEnd, al, enclitic);
                }
            }
        }

        private static void add(List<Parse> parses, String w, int conj, int p, char prep,
                                int stemStart, int stemEnd, Al al, String enclitic) {
            int length = w.length();
            int[] cuts = new int[5];
            WordRole[] roles = new WordRole[5];
            int count = 0;
            if (conj > 0) {
                roles[count] = WordRole.CONJUNCTION;
                cuts[count++] = conj;
            }
            if (p > conj) {
                roles[count] = prep == 0 ? WordRole.FUTURE : WordRole.PREPOSITION;
                cuts[count++] = p;
            }
            int alPiece = -1;
            if (al != Al.NONE) {
                alPiece = count;
                roles[count] = WordRole.ARTICLE;
                cuts[count++] = stemStart;
            }
            if (stemEnd > stemStart) {
                roles[count] = WordRole.STEM;
                cuts[count++] = stemEnd;
            }
            if (!enclitic.isEmpty()) {
                roles[count] = WordRole.PRONOUN;
                cuts[count++] = length;
            }
            if (count == 0 || count == 1 && cuts[0] == length) {
                return;
            }
            int[] array = Arrays.copyOf(cuts, count);
            parses.add(new Parse(array, Arrays.copyOf(roles, count), stemStart, stemEnd, alPiece, al,
                    conj > 0 ? w.charAt(0) : 0, prep, enclitic));
        }

        private static boolean isConjunction(char c) {
            return Clitics.isConjunction(c);
        }
    }
}
