package org.qalam.extractors.numbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.qalam.arabic.normalize.Normalizer;
import org.qalam.core.model.Document;
import org.qalam.core.model.Layers;
import org.qalam.core.model.Mention;
import org.qalam.core.model.TokenKind;
import org.qalam.core.spi.ExtractionContext;
import org.qalam.core.spi.Extractor;
import org.qalam.language.numbers.ArabicNumberParser;
import org.qalam.language.numbers.NumberKind;
import org.qalam.language.numbers.NumberMatch;

/**
 * Finds numbers in the {@code tokens} layer and reports each as a {@code number} mention whose
 * value is a plain decimal string, with attributes {@code kind} and, where a unit or counted noun
 * follows, {@code unit} (12 ألف شخص: value 12000, span 12 ألف, unit شخص).
 *
 * <p>Tokens become the words of {@link ArabicNumberParser}: a word token gives its {@code norm};
 * digits and separators that touch (١٬٢٥٠٬٠٠٠, ٣/٤, ١،٢٣٤،٥٦٧) are joined into one word read from
 * the original text, so that ٫ and ٬ keep their meaning. The longest expression wins, left to
 * right. Clitics before a number word (و, ب) stay outside the span; digits glued to a following
 * letter (20دولار) are no number. Stateless and thread-safe.
 */
final class NumbersExtractor implements Extractor {

    static final String TYPE = "number";
    static final String KIND = "kind";
    static final String UNIT = "unit";

    private static final Set<String> PRONOUN_QUANTIFIERS = Set.of("اي", "كل");
    /** ربع نهائي, ثمن النهائي: the quarter-final and the round of sixteen, no fractions. */
    private static final Set<String> ROUNDS = Set.of("نهائي", "النهائي");
    /** Words after الربع, النصف that name a period: الربع الأخير, النصف الماضي. */
    private static final Set<String> PERIOD_WORDS = Set.of("الاخير", "الماضي", "المقبل",
            "القادم", "الحالي", "الجاري");
    /** Month names whose second word is an ordinal: كانون الأول, تشرين الثاني, ربيع الأول. */
    private static final Set<String> MONTH_HEADS = Set.of("كانون", "تشرين", "ربيع", "جمادي");

    private static final Normalizer FOLDING = Normalizer.search();

    private final ArabicNumberParser parser = ArabicNumberParser.instance();
    /** The smallest value reported, or null for every value. */
    private final BigDecimal minValue;

    NumbersExtractor() {
        this(null);
    }

    NumbersExtractor(BigDecimal minValue) {
        this.minValue = minValue;
    }

    @Override
    public List<Mention> extract(Document document, ExtractionContext context) {
        List<Segment> segments = Segment.of(document.text(), document.select(Layers.TOKENS));
        List<String> words = new ArrayList<>(segments.size());
        for (Segment segment : segments) {
            words.add(segment.word());
        }
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < segments.size()) {
            Optional<NumberMatch> match = segments.get(i).blocked() ? Optional.empty()
                    : parser.parse(words, i)
                            .filter(m -> accepted(m, segments) && !periodOfYear(words, m));
            if (match.isEmpty()) {
                i++;
                continue;
            }
            NumberMatch number = wholeOrdinal(words, match.get());
            if (minValue == null || number.value().compareTo(minValue) >= 0) {
                mentions.add(mention(document, segments, number));
            }
            i = match.get().end();
        }
        return mentions;
    }

    /**
     * The ordinal without the fraction after it: in الساعة السادسة والنصف the number is the
     * ordinal السادسة, and والنصف, which is skipped, belongs to the time of day (the parser reads
     * 6.5 for the dates extractor's sake).
     */
    private NumberMatch wholeOrdinal(List<String> words, NumberMatch match) {
        if (match.kind() != NumberKind.ORDINAL || match.isInteger()) {
            return match;
        }
        for (int end = match.end() - 1; end > match.start(); end--) {
            Optional<NumberMatch> shorter = parser.parse(words.subList(0, end), match.start());
            if (shorter.isPresent() && shorter.get().isInteger()) {
                return shorter.get();
            }
        }
        return match;
    }

    /**
     * Rejects a match over a blocked segment; a lone متين after a word: Egyptian for two
     * hundred, but in Modern Standard Arabic the adjective "solid"; واحد as a pronoun after
     * أي or كل (أي واحد تفضل؟ "which one"); the ordinal of a month name (كانون الأول); في
     * المئة without its number; and the fraction that names a knock-out round (ربع النهائي).
     */
    private static boolean accepted(NumberMatch match, List<Segment> segments) {
        for (int i = match.start(); i < match.end(); i++) {
            if (segments.get(i).blocked()) {
                return false;
            }
        }
        if (match.kind() == NumberKind.FRACTION && match.end() < segments.size()
                && ROUNDS.contains(FOLDING.normalize(segments.get(match.end()).word()))) {
            return false;
        }
        if (match.wordCount() > 1 || match.start() == 0 || match.digits()) {
            return true;
        }
        String word = FOLDING.normalize(segments.get(match.start()).word());
        String before = FOLDING.normalize(segments.get(match.start() - 1).word());
        if (word.equals("متين")) {
            return !segments.get(match.start() - 1).isWord();
        }
        if (match.kind() == NumberKind.ORDINAL && MONTH_HEADS.contains(before)) {
            return false;
        }
        if (before.equals("في") && match.kind() == NumberKind.ORDINAL
                && match.plainValue().equals("100")) {
            return false;
        }
        return !(PRONOUN_QUANTIFIERS.contains(before) && match.plainValue().equals("1"));
    }

    /**
     * النصف الأول, الربع الثاني, الربع الأخير: a half or quarter of a year, named with an
     * ordinal or a word of time.
     */
    private boolean periodOfYear(List<String> words, NumberMatch match) {
        if (match.kind() != NumberKind.FRACTION || !match.definite() || match.wordCount() != 1
                || match.end() >= words.size()) {
            return false;
        }
        return PERIOD_WORDS.contains(FOLDING.normalize(words.get(match.end())))
                || parser.parse(words, match.end())
                        .filter(next -> next.kind() == NumberKind.ORDINAL).isPresent();
    }

    /**
     * The mention of {@code match}: its span leaves the clitics out, and digits after the article
     * (الدورة الـ15) are an ordinal.
     */
    private static Mention mention(Document document, List<Segment> segments, NumberMatch match) {
        Segment first = segments.get(match.start());
        int start = first.start() + prefixLength(document.text(), first.start(),
                match.prefix().length());
        int end = segments.get(match.end() - 1).end();
        NumberKind kind = match.kind();
        if (kind == NumberKind.CARDINAL && match.digits() && match.start() > 0) {
            Segment before = segments.get(match.start() - 1);
            if (before.end() == first.start() && FOLDING.normalize(before.word()).equals("ال")) {
                kind = NumberKind.ORDINAL;
            }
        }
        Mention.Builder builder = Mention.builder(document, TYPE, start, end)
                .value(match.plainValue())
                .attribute(KIND, kind.label());
        if (kind != NumberKind.PERCENT && kind != NumberKind.ORDINAL) {
            unit(segments, match).ifPresent(unit -> builder.attribute(UNIT, unit));
        }
        return builder.build();
    }

    private static Optional<String> unit(List<Segment> segments, NumberMatch match) {
        int after = match.end();
        if (after < segments.size()) {
            String next = after + 1 < segments.size() ? segments.get(after + 1).word() : null;
            Optional<String> unit = NumberUnits.of(segments.get(after).word(), next);
            if (unit.isPresent()) {
                return unit;
            }
        }
        int before = match.start() - 1;
        if (before >= 0 && segments.get(before).kind() == TokenKind.SYMBOL) {
            return NumberUnits.of(segments.get(before).word());
        }
        return Optional.empty();
    }

    /** Chars of the text at {@code from} that spell {@code letters} clitic letters and their marks. */
    private static int prefixLength(String text, int from, int letters) {
        int i = from;
        int seen = 0;
        while (seen < letters && i < text.length()) {
            if (!Segment.isIgnorable(text.charAt(i))) {
                seen++;
            }
            i++;
        }
        while (seen > 0 && i < text.length() && Segment.isIgnorable(text.charAt(i))) {
            i++;
        }
        return i - from;
    }
}
