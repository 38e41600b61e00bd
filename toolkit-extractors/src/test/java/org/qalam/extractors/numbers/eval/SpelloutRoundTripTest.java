package org.qalam.extractors.numbers.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.qalam.language.numbers.ArabicNumberParser;
import org.qalam.language.numbers.NumberKind;
import org.qalam.language.numbers.NumberMatch;

/**
 * Property test against an independent generator: ICU4J's Arabic spellout rules write a random
 * sample of 0..999,999,999 in words, and the parser must read each spelling back to its number.
 *
 * <p>ICU's spellings have known quirks that are not standard Arabic: a hundred is written apart from
 * its unit with the unit's feminine ending (ثلاثة مائة for ثلاثمائة), two million is إثنان مليون for
 * مليونان, and ألفي stands alone for ألفان. The test reads the raw spellings and the spellings with
 * these quirks normalized to standard forms; the floor applies to both. ICU's ordinal rules are
 * wrong above a hundred (إثنان الألف for the two-millionth), so ordinals are checked on 1..99 only.
 */
class SpelloutRoundTripTest {

    private static final int SAMPLE = 20_000;
    private static final double FLOOR = 0.99;
    private static final Pattern UNIT_HUNDRED = Pattern.compile(
            "(ثلاث|أربع|خمس|ست|سبع|ثماني|تسع)ة مائة");

    private final ArabicNumberParser parser = ArabicNumberParser.instance();
    private final RuleBasedNumberFormat spellout =
            new RuleBasedNumberFormat(new ULocale("ar"), RuleBasedNumberFormat.SPELLOUT);

    @Test
    void cardinalSpellingsParseBack() {
        SplittableRandom random = new SplittableRandom(20261124L);
        Tally raw = new Tally("ICU spellout, raw");
        Tally normalized = new Tally("ICU spellout, quirks normalized");
        Tally feminine = new Tally("ICU feminine spellout, normalized");
        for (int i = 0; i < SAMPLE; i++) {
            long n = i % 2 == 0 ? random.nextLong(1_000_000_000L)
                    : (long) Math.pow(10, random.nextDouble(9.0));
            String masculine = spellout.format(n, "%spellout-cardinal-masculine");
            raw.check(n, masculine, NumberKind.CARDINAL);
            normalized.check(n, normalize(masculine), NumberKind.CARDINAL);
            feminine.check(n, normalize(spellout.format(n, "%spellout-cardinal-feminine")),
                    NumberKind.CARDINAL);
        }
        print(List.of(raw, normalized, feminine));
        assertThat(raw.rate()).isGreaterThanOrEqualTo(FLOOR);
        assertThat(normalized.rate()).isGreaterThanOrEqualTo(FLOOR);
        assertThat(feminine.rate()).isGreaterThanOrEqualTo(FLOOR);
    }

    @Test
    void ordinalSpellingsParseBack() {
        Tally masculine = new Tally("ICU ordinal masculine 1..99");
        Tally feminine = new Tally("ICU ordinal feminine 1..99");
        for (long n = 1; n < 100; n++) {
            masculine.check(n, spellout.format(n, "%spellout-ordinal-masculine"),
                    NumberKind.ORDINAL);
            feminine.check(n, spellout.format(n, "%spellout-ordinal-feminine"),
                    NumberKind.ORDINAL);
        }
        print(List.of(masculine, feminine));
        assertThat(masculine.rate()).isGreaterThanOrEqualTo(FLOOR);
        assertThat(feminine.rate()).isGreaterThanOrEqualTo(FLOOR);
    }

    @Test
    void normalizationRewritesTheQuirks() {
        assertThat(normalize("ثلاثة مائة وثمانية آلاف وثمانية مائة"))
                .isEqualTo("ثلاثمائة وثمانية آلاف وثمانمائة");
        assertThat(normalize("إثنان مليون وألفين")).isEqualTo("مليونان وألفين");
        assertThat(normalize("ألفي")).isEqualTo("ألفان");
    }

    /** ICU's spellings rewritten in the standard forms a writer of Arabic would use. */
    static String normalize(String spelling) {
        Matcher hundreds = UNIT_HUNDRED.matcher(spelling);
        String merged = hundreds.replaceAll(match -> {
            String stem = match.group(1);
            return (stem.equals("ثماني") ? "ثمان" : stem) + "مائة";
        });
        return merged
                .replaceAll("^إثنان (مليون|مليار)", "$1ان")
                .replaceAll("^ألفي$", "ألفان")
                .replace("  ", " ");
    }

    private void print(List<Tally> tallies) {
        System.out.println();
        System.out.printf("%-40s %8s %8s %8s%n", "Round trip (independent generator)", "total",
                "passed", "rate");
        for (Tally tally : tallies) {
            System.out.printf("%-40s %8d %8d %7.2f%%%n", tally.name, tally.total, tally.passed,
                    100 * tally.rate());
            tally.failures.stream().limit(5).forEach(f -> System.out.println("    " + f));
        }
    }

    private final class Tally {
        private final String name;
        private int total;
        private int passed;
        private final List<String> failures = new ArrayList<>();

        Tally(String name) {
            this.name = name;
        }

        void check(long n, String spelling, NumberKind kind) {
            total++;
            Optional<NumberMatch> match = parser.parsePhrase(spelling);
            if (match.isPresent() && match.get().plainValue().equals(Long.toString(n))
                    && match.get().kind() == kind) {
                passed++;
            } else {
                failures.add(n + " '" + spelling + "' -> "
                        + match.map(m -> m.plainValue() + " " + m.kind()).orElse("nothing"));
            }
        }

        double rate() {
            return total == 0 ? 0 : (double) passed / total;
        }
    }
}
