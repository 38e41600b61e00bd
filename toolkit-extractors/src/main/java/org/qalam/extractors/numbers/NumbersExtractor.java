package org.qalam.extractors.numbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.qalam.arabic.orthography.ArabicLetters;
import org.qalam.arabic.orthography.LetterIndex;
import org.qalam.core.model.CliticGroup;
import org.qalam.core.model.Document;
import org.qalam.core.model.Layers;
import org.qalam.core.model.Mention;
import org.qalam.core.model.Span;
import org.qalam.core.model.WordRole;
import org.qalam.core.model.TokenKind;
import org.qalam.core.spi.ExtractionContext;
import org.qalam.core.spi.Extractor;
import org.qalam.language.numbers.ArabicNumberParser;
import org.qalam.language.numbers.NumberKind;
import org.qalam.language.numbers.NumberContext;
import org.qalam.language.numbers.NumberMatch;

/**
 * Finds numbers in the {@code words} layer and reports each as a {@code number} mention whose
 * value is a plain decimal string, with attributes {@code kind} and, where a unit or counted noun
 * follows, {@code unit} (12 ألف شخص: value 12000, span 12 ألف, unit شخص).
 *
 * <p>The clitic groups of the words layer are the words of {@link ArabicNumberParser} (a fused
 * token gives several); digits and separators that touch (١٬٢٥٠٬٠٠٠, ٣/٤, ١،٢٣٤،٥٦٧) are joined
 * into one word read from the original text, so that ٫ and ٬ keep their meaning. The longest
 * expression wins, left to right. A mention's span follows {@link CliticGroup#coreSpan()}:
 * وبثلاثة covers ثلاثة, الثلاثة keeps its article; digits glued to a following letter (20دولار)
 * are no number. A telephone number (0501234567, +966 11 234 5678) is one {@code phone} mention
 * whose value is its digits, never cardinals. Stateless and thread-safe.
 */
final class NumbersExtractor implements Extractor {

    static final String TYPE = "number";
    /** The mention type of a telephone number: +966 11 234 5678. */
    static final String PHONE = "phone";
    static final String KIND = "kind";
    static final String UNIT = "unit";

    private static final Set<String> PRONOUN_QUANTIFIERS = Set.of("اي", "كل");
    /** ربع نهائي, ثمن النهائي: the quarter-final and the round of sixteen, no fractions. */
    private static final Set<String> ROUNDS = Set.of("نهائي", "النهائي");

    private final ArabicNumberParser parser = ArabicNumberParser.instance();
    /** The smallest value reported, or null for every value. */
    private final BigDecimal minValue;

    NumbersExtractor(BigDecimal minValue) {
        this.minValue = minValue;
    }

    @Override
    public List<Mention> extract(Document document, ExtractionContext context) {
        List<Segment> segments = Segment.of(document.text(), document.select(Layers.TOKENS),
                document.select(Layers.WORDS));
        List<CliticGroup> words = new ArrayList<>(segments.size());
        for (Segment segment : segments) {
            words.add(segment.group());
        }
        List<Mention> mentions = new ArrayList<>();
        List<PhoneNumbers.Phone> phones = PhoneNumbers.find(document.text());
        for (PhoneNumbers.Phone phone : phones) {
            mentions.add(Mention.builder(document, PHONE, phone.start(), phone.end())
                    .value(phone.value()).build());
        }
        int p = 0;
        int i = 0;
        while (i < segments.size()) {
            while (p < phones.size() && phones.get(p).end() <= segments.get(i).start()) {
                p++;
            }
            if (p < phones.size() && phones.get(p).start() < segments.get(i).end()) {
                i++; // a part of a phone number is no number of its own
                continue;
            }
            Optional<NumberMatch> match = segments.get(i).blocked() ? Optional.empty()
                    : parser.parseGroups(words, i)
                            .filter(m -> accepted(m, segments) && !periodOfYear(words, segments, m));
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
        mentions.sort(Comparator.comparingInt((Mention m) -> m.span().start()));
        return mentions;
    }

    /**
     * The ordinal without the fraction after it: in الساعة السادسة والنصف the number is the
     * ordinal السادسة, and والنصف, which is skipped, belongs to the time of day (the parser reads
     * 6.5 for the dates extractor's sake).
     */
    private NumberMatch wholeOrdinal(List<CliticGroup> words, NumberMatch match) {
        if (match.kind() != NumberKind.ORDINAL || match.isInteger()) {
            return match;
        }
        for (int end = match.end() - 1; end > match.start(); end--) {
            Optional<NumberMatch> shorter = parser.parseGroups(words.subList(0, end), match.start());
            if (shorter.isPresent() && shorter.get().isInteger()) {
                return shorter.get();
            }
        }
        return match;
    }

    /**
     * Rejects a match over a blocked segment; the dialects' نص alone (a text more often than a
     * half); a lone متين after a word: Egyptian for two hundred, but in Modern Standard Arabic
     * the adjective "solid"; واحد as a pronoun after
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
                && ROUNDS.contains(segments.get(match.end()).word())) {
            return false;
        }
        if (segments.get(match.start()).isDialectHalf() && match.wordCount() == 1) {
            // نص القرار: a text; ساعة ونص is the dates extractor's; نص كيلو a half
            return match.end() < segments.size()
                    && NumberUnits.isMeasure(segments.get(match.end()).word());
        }
        if (match.wordCount() > 1 || match.start() == 0 || match.digits()) {
            return true;
        }
        String word = segments.get(match.start()).word();
        String before = segments.get(match.start() - 1).word();
        if (word.equals("متين")) {
            return !segments.get(match.start() - 1).isWord();
        }
        if (match.kind() == NumberKind.ORDINAL && NumberContext.namesWithOrdinal(before)) {
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
    private boolean periodOfYear(List<CliticGroup> words, List<Segment> segments,
                                 NumberMatch match) {
        if (match.kind() != NumberKind.FRACTION || !match.definite() || match.wordCount() != 1
                || match.end() >= words.size()) {
            return false;
        }
        return NumberContext.isPeriodWord(segments.get(match.end()).word())
                || parser.parseGroups(words, match.end())
                        .filter(next -> next.kind() == NumberKind.ORDINAL).isPresent();
    }

    /**
     * The mention of {@code match}: its span is the core span of its first and last groups, and
     * digits after the article (الدورة الـ15) are an ordinal.
     */
    private static Mention mention(Document document, List<Segment> segments, NumberMatch match) {
        Segment first = segments.get(match.start());
        int start = start(document.text(), first.group(), match);
        int end = end(segments.get(match.end() - 1).group());
        NumberKind kind = match.kind();
        if (kind == NumberKind.CARDINAL && match.digits() && match.start() > 0) {
            Segment before = segments.get(match.start() - 1);
            if (before.end() == first.start() && before.word().equals(ArabicLetters.ARTICLE)) {
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

    /**
     * Where the number ends: the group's core span; but the parser reads a group with a pronoun
     * only by its spelling, so its ه was a letter of the number (اربعه, misspelled أربعة).
     */
    private static int end(CliticGroup group) {
        return group.has(WordRole.PRONOUN) ? group.span().end() : group.coreSpan().end();
    }

    /**
     * Where the number starts: the group's core span, or, when the parser read clitics the word
     * segmenter left on the word (a listed number word), after their letters.
     */
    private static int start(String text, CliticGroup group, NumberMatch match) {
        Span core = group.coreSpan();
        if (match.prefix().isEmpty() || core.start() > group.span().start()) {
            return core.start();
        }
        return LetterIndex.of(text, core.start(), core.end()).charStart(match.prefix().length());
    }
}
