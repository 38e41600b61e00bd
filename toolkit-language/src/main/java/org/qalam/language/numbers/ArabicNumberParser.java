package org.qalam.language.numbers;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.qalam.core.model.CliticGroup;

/**
 * Reads Arabic number expressions from a sequence of words: digits in any script, number words of
 * Modern Standard Arabic in every case and gender (ثلاثة, ثلاث, اثنا عشر, اثني عشر, عشرون,
 * عشرين), hundreds and scales (ثلاثمائة, ثلاث مئة, ألفان, آلاف, ملايين, مليار), compounds joined by
 * و (مليونين وخمسمائة ألف), mixed forms (12 ألف, 3.5 مليار, نصف مليون), fractions (نصف, ثلاثة
 * أرباع, خمسة وربع), ordinals (الأولى, الحادي عشر, الخامس والعشرون), decimals read aloud (واحد
 * فاصلة خمسة), signs (سالب) and percentages (70%, عشرين في المئة, بالمئة), plus common Egyptian
 * forms (حداشر, تلتمية, متين).
 *
 * <p>It is the shared number grammar of the toolkit: the numbers extractor uses it, and so can any
 * extractor that reads amounts, durations or times (قبل ثلاثة أيام, الساعة الثالثة). Words may be
 * raw or already normalized ({@code Token.norm()}); the first word may carry the clitics و, ف, ب,
 * ل, ك and the article (وخمسة, بثلاثة, والثلاثة), later words و and the article. The parser is
 * stateless and thread-safe; parsing is linear in the number of words used.
 */
public final class ArabicNumberParser {

    private static final ArabicNumberParser INSTANCE = new ArabicNumberParser();

    private static final String RATE = "نسبه";
    private static final Set<String> RATE_PREFIXES = Set.of("", "و", "ب", "وب", "ل", "ول");

    private ArabicNumberParser() {
    }

    /** The parser. */
    public static ArabicNumberParser instance() {
        return INSTANCE;
    }

    /**
     * The longest number expression that starts at {@code words.get(start)}, if one does.
     *
     * @param words the words of a text in order, raw or normalized; {@code "و"} may be a word of
     *     its own, and so may a percent sign
     * @param start index of the first word to read
     * @throws IndexOutOfBoundsException if {@code start} is not an index of {@code words}
     */
    public Optional<NumberMatch> parse(List<String> words, int start) {
        return parse(ParserInput.of(requireNonNull(words, "words")), start);
    }

    /**
     * The longest number expression that starts at {@code groups.get(start)}: words read from the
     * {@code words} layer, one {@link CliticGroup} per written word (a fused token gives several),
     * so that the segmenter's cut of وبثلاثة into و + ب + ثلاثة is used as it is. The match's
     * indices count groups; its {@link NumberMatch#prefix() prefix} is the first group's
     * proclitics, which a mention leaves outside its span ({@link CliticGroup#coreSpan()}).
     *
     * @throws IndexOutOfBoundsException if {@code start} is not an index of {@code groups}
     */
    public Optional<NumberMatch> parseGroups(List<CliticGroup> groups, int start) {
        return parse(ParserInput.ofGroups(requireNonNull(groups, "groups")), start);
    }

    private Optional<NumberMatch> parse(ParserInput words, int start) {
        if (start < 0 || start >= words.size()) {
            throw new IndexOutOfBoundsException(
                    "start " + start + " outside the " + words.size() + " words");
        }
        Optional<NumberMatch> match = new NumberScan(words, start).run();
        if (match.isPresent() || start + 1 >= words.size()) {
            return match;
        }
        String ratePrefix = ratePrefix(words.folded(start));
        if (ratePrefix == null) {
            return match;
        }
        return new NumberScan(words, start + 1).run()
                .filter(rate -> rate.prefix().isEmpty() && (rate.kind() == NumberKind.CARDINAL
                        || rate.kind() == NumberKind.DECIMAL))
                .map(rate -> new NumberMatch(rate.value(), NumberKind.PERCENT, start,
                        rate.wordCount() + 1, ratePrefix, false, rate.digits()));
    }

    /**
     * The clitics before نسبة ("rate") if {@code word} is that word: نسبة ١٠ is ten percent when
     * no percent sign follows the number.
     */
    private static String ratePrefix(String folded) {
        int at = folded.indexOf(RATE);
        if (at < 0 || at + RATE.length() != folded.length() || at > 2) {
            return null;
        }
        String prefix = folded.substring(0, at);
        return RATE_PREFIXES.contains(prefix) ? prefix : null;
    }

    /**
     * Whether the whole of {@code word}, folded, is a number written in digits ({@code 1,250},
     * {@code ١٢٫٥}, {@code 3/4}, {@code 70%}), as this parser would read it.
     */
    public boolean isDigitNumber(String word) {
        return DigitNumber.parse(Folding.fold(requireNonNull(word, "word"))).isPresent();
    }

    /**
     * Whether {@code word} alone, raw or folded, is a number word or digits, possibly with the
     * clitics a first word may carry (وخمسة, تلتمية, ١٢): a fused-word repair that would cut it is
     * better undone.
     */
    public boolean isNumberWord(String word) {
        return WordPiece.read(requireNonNull(word, "word"), true) != null;
    }

    /**
     * The number that {@code phrase} is, if the whole phrase is one number expression; words are
     * separated by white space: {@code parsePhrase("مليونين وخمسمائة ألف")} is 2500000.
     */
    public Optional<NumberMatch> parsePhrase(String phrase) {
        String trimmed = requireNonNull(phrase, "phrase").strip();
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        List<String> words = Arrays.asList(trimmed.split("\\s+"));
        return parse(words, 0).filter(match -> match.wordCount() == words.size());
    }
}
