package org.qalam.extractors.dates;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qalam.arabic.normalize.Normalizer;
import org.qalam.arabic.orthography.ArabicLetters;
import org.qalam.arabic.orthography.CharClasses;
import org.qalam.arabic.orthography.Clitics;
import org.qalam.arabic.orthography.LetterIndex;
import org.qalam.core.model.CliticGroup;
import org.qalam.core.model.Span;
import org.qalam.core.model.Token;
import org.qalam.core.model.TokenKind;
import org.qalam.core.model.Word;
import org.qalam.core.model.WordRole;
import org.qalam.language.lists.WordList;
import org.qalam.language.numbers.ArabicNumberParser;

/**
 * Makes the {@link Atom}s the grammar reads and gives each its matching key: the toolkit's search
 * normalization (diacritics and tatweel dropped, أ إ آ ٱ → ا, ى → ي, ة → ه), so that غداً, غدا and
 * غدًا, or الأحد and الاحد, are one word to the grammar; digits of every script read as ASCII.
 *
 * <p>An Arabic word token gives one atom per {@link CliticGroup} of the {@code words} layer, so
 * that the parts of a fused token reach the grammar like separate words, and the atom's span is the
 * group's {@link CliticGroup#coreSpan() core span}: a date of للعام 2025 starts after the
 * preposition. A token that fused-word repair cut but that is a word of the grammar's
 * {@link Vocabulary} (جانفي, not جان + في) or a number word (اربعتاشر, not اربعت + اشر) stays
 * one atom, a dialect fusion (عالسبعة, not عال + سبعة) is read as one, and so is a word whose
 * clitic reading leaves no word of the grammar (فيفري, not ف + يفري). Dialect spellings reach the
 * grammar as the word it knows ({@code dialect-variants.txt}: مبارح is أمس, الجاي is القادم),
 * and three dialect fusions are cut: هالسنة is هذه + السنة, عالأربعة (على الأربعة) is الأربعة
 * after a preposition left out of the span, and the ل of للتسعة before a number word is an atom
 * of its own, so that من الثمانية للتسعة reads as a range. Other tokens (digits, separators,
 * Latin) are cut into runs of digits, runs of letters and single marks, so that {@code 2023/05/10}
 * and {@code 10:30} read the same whatever the tokenizer kept together.
 */
final class Atoms {

    /** Letters a date word keeps after its proclitics are set apart: لعام, not ل + عا. */
    private static final int MIN_STEM = 3;

    /** The toolkit's search normalization, shared with the tokenizer's {@code norm}. */
    private static final Normalizer SEARCH = Normalizer.search();
    /** Dialect spelling → the word the grammar knows, both as search keys. */
    private static final Map<String, String> VARIANTS = variants("dialect-variants.txt");
    /** The number-word parser, to tell which words after ل and على are numbers. */
    private static final ArabicNumberParser NUMBERS = ArabicNumberParser.instance();
    /** The article as a key prefix. */
    private static final String ARTICLE = ArabicLetters.ARTICLE;
    /** The shortest word after a fused ه or ع (السنة): shorter ones are function words. */
    private static final int MIN_FUSED_WORD = 5;
    /** The largest number after a fused ع: an hour (عالأربعة), not عالمية read as ع + المية. */
    private static final int MAX_FUSED_HOUR = 12;
    /** هـ fused before the article: هالسنة, the demonstrative of the dialects. */
    private static final String HA = "ه";
    /** The key the demonstrative of هالسنة is read as. */
    private static final String THIS = "هذا";
    /** ع fused before the article: عالأربعة, على in the dialects. */
    private static final String AIN = "ع";
    /** The hour word the fused ع of عالسبعة stands for. */
    private static final String HOUR = key("الساعة");
    /** The fewest letters of a word read as ل + a word by spelling: لبكرة, not لو. */
    private static final int MIN_LAM_WORD = 3;
    /** The preposition ل as a key of its own. */
    private static final String LAM = "" + ArabicLetters.LAM;

    private Atoms() {
    }

    /** The atoms of the tokens, whose words are {@code words} (in text order), in text order. */
    static List<Atom> of(String text, List<Token> tokens, List<Word> words) {
        List<Atom> atoms = new ArrayList<>(tokens.size());
        int previousEnd = -1;
        int w = 0;
        for (Token token : tokens) {
            while (w < words.size() && words.get(w).start() < token.start()) {
                w++;
            }
            int first = w;
            while (w < words.size() && words.get(w).end() <= token.end()) {
                w++;
            }
            if (token.kind() == TokenKind.WORD && w == first + 1) {
                String key = key(text, token.start(), token.end(), Atom.Kind.WORD);
                boolean joined = token.start() == previousEnd;
                Span span = Span.of(token.start(), token.end());
                if (!dialectFusion(atoms, key, span, joined)
                        && !lamBySpelling(atoms, key, span, joined)) {
                    atoms.add(new Atom(start(text, token, key), token.end(), key, Atom.Kind.WORD,
                            joined));
                }
                previousEnd = token.end();
                continue;
            }
            if (token.kind() == TokenKind.WORD && w > first) {
                List<CliticGroup> groups = CliticGroup.of(words.subList(first, w));
                if (groups.size() > 1 && groups.get(0).isRepaired()) {
                    int start = groups.get(0).coreSpan().start();
                    String whole = key(text, token.start(), token.end(), Atom.Kind.WORD);
                    if (Vocabulary.WORDS.contains(whole) || NUMBERS.isNumberWord(whole)
                            || Vocabulary.WORDS.contains(
                                    key(text, start, token.end(), Atom.Kind.WORD))) {
                        atoms.add(new Atom(start, token.end(), whole, Atom.Kind.WORD,
                                token.start() == previousEnd));
                        previousEnd = token.end();
                        continue;
                    }
                    if (dialectFusion(atoms, whole, token.span(), token.start() == previousEnd)) {
                        previousEnd = token.end(); // عالسبعة, not عال + سبعة
                        continue;
                    }
                }
                if (groups.size() == 1 && misread(text, token, groups.get(0), atoms,
                        token.start() == previousEnd)) {
                    previousEnd = token.end();
                    continue;
                }
                for (CliticGroup group : groups) {
                    Span core = group.coreSpan();
                    Span whole = group.span();
                    String key = key(text, whole.start(), whole.end(), Atom.Kind.WORD);
                    boolean joined = whole.start() == previousEnd;
                    previousEnd = whole.end();
                    if (!dialectFusion(atoms, key, core, joined)
                            && !lamBeforeNumber(atoms, group, core, joined)) {
                        atoms.add(new Atom(core.start(), core.end(), key, Atom.Kind.WORD, joined));
                    }
                }
                continue;
            }
            int i = token.start();
            int end = token.end();
            while (i < end) {
                int start = i;
                char c = text.charAt(i);
                Atom.Kind kind;
                if (Character.isDigit(c)) {
                    kind = Atom.Kind.DIGITS;
                    while (i < end && Character.isDigit(text.charAt(i))) {
                        i++;
                    }
                } else if (isLetter(c)) {
                    kind = Atom.Kind.WORD;
                    while (i < end && (isLetter(text.charAt(i)) || isMark(text.charAt(i)))) {
                        i++;
                    }
                } else if (Character.isWhitespace(c) || isMark(c)) {
                    i++;
                    continue;
                } else {
                    kind = Atom.Kind.MARK;
                    i += Character.charCount(text.codePointAt(i));
                }
                String key = key(text, start, i, kind);
                atoms.add(new Atom(start, i, key, kind, start == previousEnd));
                previousEnd = i;
            }
        }
        return atoms;
    }

    /**
     * A word the segmenter cut where the grammar knows it whole: سنتان is not س + نتان, and
     * لبكره is ل + بكره, not ل + بكر + ه. Adds its atoms and returns true, or adds nothing.
     */
    private static boolean misread(String text, Token token, CliticGroup group, List<Atom> atoms,
                                   boolean joined) {
        Span core = group.coreSpan();
        if (core.start() == token.start() && core.end() == token.end()) {
            return false;
        }
        String whole = key(text, token.start(), token.end(), Atom.Kind.WORD);
        if (Vocabulary.WORDS.contains(key(text, core.start(), core.end(), Atom.Kind.WORD))) {
            return false;
        }
        if (Vocabulary.WORDS.contains(whole)
                && (group.has(WordRole.PRONOUN) || !group.has(WordRole.ARTICLE))) {
            atoms.add(new Atom(token.start(), token.end(), whole, Atom.Kind.WORD, joined));
            return true;
        }
        String rest = whole.length() > MIN_LAM_WORD && whole.startsWith(LAM)
                ? variant(whole.substring(1)) : null;
        if (rest != null && group.has(WordRole.PRONOUN) && Vocabulary.DAYS.at(List.of(new Atom(
                token.start() + 1, token.end(), rest, Atom.Kind.WORD, true)), 0)) {
            atoms.add(new Atom(token.start(), token.start() + 1, LAM, Atom.Kind.WORD, joined));
            atoms.add(new Atom(token.start() + 1, token.end(), rest, Atom.Kind.WORD, true));
            return true;
        }
        return false;
    }

    /**
     * هالسنة as هذه + السنة and عالأربعة as الأربعة (an hour: الساعة of no width, then الأربعة),
     * when the word after the fused letter is one the grammar or the number parser knows; false,
     * adding nothing, otherwise.
     */
    private static boolean dialectFusion(List<Atom> atoms, String key, Span core, boolean joined) {
        if (key.length() <= MIN_FUSED_WORD || !key.startsWith(ARTICLE, 1)
                || core.start() + 1 >= core.end()) {
            return false;
        }
        String rest = variant(key.substring(1));
        boolean word = Vocabulary.FUSABLE.contains(rest);
        if (key.startsWith(HA) && word) {
            atoms.add(new Atom(core.start(), core.start() + 1, THIS, Atom.Kind.WORD, joined));
            atoms.add(new Atom(core.start() + 1, core.end(), rest, Atom.Kind.WORD, true));
            return true;
        }
        if (key.startsWith(AIN) && (word || isHour(rest))) {
            boolean hour = !word;
            if (hour) {
                // عالسبعة is على الساعة السابعة: the ع stands for a الساعة of no width
                atoms.add(new Atom(core.start() + 1, core.start() + 1, HOUR, Atom.Kind.WORD,
                        false));
            }
            atoms.add(new Atom(core.start() + 1, core.end(), rest, Atom.Kind.WORD, hour));
            return true;
        }
        return false;
    }

    /**
     * The ل of للتسعة, للثلاثاء, للساعة as an atom of its own before a number word, a weekday, a
     * day or the hour, so that من الثمانية للتسعة and من السبت للثلاثاء read as ranges.
     */
    private static boolean lamBeforeNumber(List<Atom> atoms, CliticGroup group, Span core,
                                           boolean joined) {
        Word first = group.words().get(0);
        if (group.words().size() < 2 || first.role() != WordRole.PREPOSITION
                || !LAM.equals(key(first.form())) || first.end() > core.start()) {
            return false;
        }
        String stem = group.stem().folded();
        String rest = key(group.isDefinite() ? ARTICLE + stem : stem);
        if (!isRangeEnd(rest, core)) {
            return false;
        }
        atoms.add(new Atom(first.start(), first.end(), LAM, Atom.Kind.WORD, joined));
        atoms.add(new Atom(core.start(), core.end(), rest, Atom.Kind.WORD, true));
        return true;
    }

    /** The same for a word the segmenter left whole: للتسعة, لبكرة, with ل read by spelling. */
    private static boolean lamBySpelling(List<Atom> atoms, String key, Span span, boolean joined) {
        if (key.length() <= MIN_LAM_WORD || !key.startsWith(LAM)) {
            return false;
        }
        String rest = variant(key.startsWith(LAM, 1) ? ARTICLE + key.substring(2) : key.substring(1));
        Span core = Span.of(span.start() + 1, span.end());
        if (!isRangeEnd(rest, core)) {
            return false;
        }
        atoms.add(new Atom(span.start(), core.start(), LAM, Atom.Kind.WORD, joined));
        atoms.add(new Atom(core.start(), core.end(), rest, Atom.Kind.WORD, true));
        return true;
    }

    /** Whether a word after ل can end a range: a number word, a weekday, a day, يوم or the hour. */
    private static boolean isRangeEnd(String key, Span span) {
        List<Atom> alone = List.of(new Atom(span.start(), span.end(), key, Atom.Kind.WORD, true));
        return isNumberWord(key) || Vocabulary.WEEKDAYS.at(alone, 0) || Vocabulary.DAYS.at(alone, 0)
                || Vocabulary.HOUR_WORD.at(alone, 0) || Vocabulary.DAY_WORD.at(alone, 0);
    }

    private static boolean isNumberWord(String key) {
        return NUMBERS.parse(List.of(key), 0).isPresent();
    }

    private static boolean isHour(String key) {
        return NUMBERS.parse(List.of(key), 0).filter(m -> m.value().signum() > 0
                && m.value().compareTo(BigDecimal.valueOf(MAX_FUSED_HOUR)) <= 0).isPresent();
    }

    /** The word the grammar knows for a dialect spelling, or the key itself. */
    static String variant(String key) {
        return VARIANTS.getOrDefault(key, key);
    }

    private static Map<String, String> variants(String name) {
        Map<String, String> variants = new HashMap<>();
        for (String entry : WordList.read(Atoms.class, name)) {
            int equals = entry.indexOf('=');
            if (equals < 0) {
                throw new IllegalStateException(name + ": expected 'variant = word', not '" + entry + "'");
            }
            variants.put(SEARCH.normalize(entry.substring(0, equals).strip()),
                    SEARCH.normalize(entry.substring(equals + 1).strip()));
        }
        return Map.copyOf(variants);
    }

    /**
     * Where a word the segmenter left whole starts as a date word: after one or two proclitic
     * letters when the rest is a word of the grammar's {@link Vocabulary} (والثلاثاء, لعام,
     * وبعد), so that the span follows the same rule as a cut word; else at the token.
     */
    private static int start(String text, Token token, String key) {
        for (int letters = 1; letters <= 2 && key.length() - letters >= MIN_STEM; letters++) {
            String rest = key.substring(letters);
            char last = key.charAt(letters - 1);
            boolean clitics = letters == 1 ? Clitics.isConjunction(last) || Clitics.isPreposition(last)
                    : Clitics.isConjunction(key.charAt(0)) && Clitics.isPreposition(last);
            boolean sharedLam = rest.charAt(0) == ArabicLetters.LAM && last == ArabicLetters.LAM;
            if (clitics && (Vocabulary.WORDS.contains(variant(rest))
                    || sharedLam && Vocabulary.WORDS.contains(ArabicLetters.ARTICLE
                            + rest.substring(1)))) {
                return LetterIndex.of(text, token.start(), token.end()).charStart(letters);
            }
        }
        return token.start();
    }

    /** The matching key of a word as the grammar's word lists spell it. */
    static String key(String word) {
        return key(word, 0, word.length(), Atom.Kind.WORD);
    }

    private static String key(String text, int start, int end, Atom.Kind kind) {
        StringBuilder key = new StringBuilder(end - start);
        if (kind == Atom.Kind.DIGITS) {
            for (int i = start; i < end; i++) {
                key.append((char) ('0' + Character.digit(text.charAt(i), 10)));
            }
            return key.toString();
        }
        SEARCH.appendNormalized(text, start, end, key);
        return variant(key.toString());
    }

    /** A letter of any script, or tatweel, which stretches one. */
    private static boolean isLetter(char c) {
        return ArabicLetters.isArabicLetter(c) || ArabicLetters.isForeignLetter(c)
                || c == ArabicLetters.TATWEEL;
    }

    /** A char inside a word that is none of its letters: a combining mark or an invisible control. */
    private static boolean isMark(char c) {
        return CharClasses.isCombiningMark(c) || CharClasses.isZeroWidth(c)
                || CharClasses.isBidiControl(c);
    }
}
