package org.qalam.cli.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.qalam.cli.format.OutputFormat;
import org.qalam.core.Qalam;
import org.qalam.core.model.Layers;
import org.qalam.core.model.Mention;
import org.qalam.core.model.Sentence;
import org.qalam.core.model.Token;
import org.qalam.core.model.Word;
import org.qalam.core.pipeline.Analysis;
import org.qalam.core.pipeline.Pipeline;

/**
 * The whole default pipeline (every annotator and extractor on the CLI's class path) and every
 * output format over random Unicode: Arabic words with diacritics and tatweel, numbers in both
 * digit scripts, number and date words, Latin, emoji sequences, controls, bidi and zero-width
 * marks, lone surrogates. Nothing may throw, no step may fail, and every span must cover exactly
 * the original chars. {@code jqwik.tries.default} (300 here) is raised for a long run.
 */
class PipelineFuzzTest {

    private static final Pipeline PIPELINE = Qalam.defaultPipeline();
    /** CPU time one 100,000-char token may take. */
    private static final Duration MONSTER_CPU = Duration.ofSeconds(20);
    /** Wall time after which a run counts as hung. */
    private static final Duration HANG = Duration.ofSeconds(120);

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> arabicWord = Arbitraries.strings()
                .withCharRange('\u0621', '\u064A').withChars('\u0640', '\u0671', '\u06CC', '\u06A9')
                .ofMinLength(1).ofMaxLength(9);
        Arbitrary<String> diacritic = Arbitraries.strings().withCharRange('\u064B', '\u0652')
                .ofMinLength(1).ofMaxLength(2);
        Arbitrary<String> number = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 10_000_000).map(String::valueOf),
                Arbitraries.strings().withCharRange('\u0660', '\u0669').ofMinLength(1).ofMaxLength(6),
                Arbitraries.of("12.5", "3,500", "٪", "%", "-7", "1/2", "٣٫٥"));
        Arbitrary<String> words = Arbitraries.of("ألف", "مليون", "عشرين", "ثلاثة", "أمس", "غدا",
                "يناير", "كانون", "الثاني", "عام", "2020", "الساعة", "دمشق", "الأمم المتحدة",
                "والرئيس", "بالمدينة", "للأمم", "مصر", "السيد", "في", "من");
        Arbitrary<String> latin = Arbitraries.strings().alpha().numeric().ofMinLength(1)
                .ofMaxLength(8);
        Arbitrary<String> punctuation = Arbitraries.of(".", "،", "؟", "!", "؛", "«", "»", "(",
                ")", "\"", "-", "...", "#", "@", "http://x.org/a?b=1", "a@b.com");
        Arbitrary<String> space = Arbitraries.of(" ", " ", " ", "\n", "\t", "\r\n", "\u00A0",
                "  ", "\u3000");
        Arbitrary<String> emoji = Arbitraries.of("😀", "👍🏽", "👨\u200D👩\u200D👧", "🇸🇦", "❤️", "🤲");
        Arbitrary<String> control = Arbitraries.of("\u0000", "\u0001", "\u001B", "\u007F",
                "\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u202A", "\u202B", "\u202C",
                "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\uFEFF", "\u061C",
                "\uFFFD", "\uD800", "\uDC00", "\uDBFF", "\u0301");
        Arbitrary<String> anyChar = Arbitraries.chars().all().map(String::valueOf);
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(30, arabicWord),
                Tuple.of(8, arabicWord.flatMap(w -> diacritic.map(d -> w + d))),
                Tuple.of(8, number),
                Tuple.of(10, words),
                Tuple.of(5, latin),
                Tuple.of(8, punctuation),
                Tuple.of(30, space),
                Tuple.of(3, emoji),
                Tuple.of(4, control),
                Tuple.of(2, anyChar));
        return piece.list().ofMaxSize(120).map(pieces -> String.join("", pieces));
    }

    @Property
    void spansCoverTheOriginalAndNothingFails(@ForAll("texts") String text) {
        Analysis analysis = PIPELINE.analyze(text);

        assertThat(analysis.failures()).as("step failures on %s", escaped(text)).isEmpty();
        assertThat(analysis.document().text()).isEqualTo(text);
        for (Token token : analysis.document().select(Layers.TOKENS)) {
            assertThat(token.text()).isEqualTo(text.substring(token.start(), token.end()));
        }
        for (Word word : analysis.document().select(Layers.WORDS)) {
            assertThat(analysis.document().selectCovering(Layers.TOKENS, word))
                    .as("the token of word %s on %s", word, escaped(text)).isNotEmpty();
        }
        for (Sentence sentence : analysis.document().select(Layers.SENTENCES)) {
            assertThat(sentence.start()).isBetween(0, text.length());
            assertThat(sentence.end()).isBetween(sentence.start(), text.length());
        }
        for (Mention mention : analysis.mentions()) {
            assertThat(mention.text()).isEqualTo(text.substring(mention.start(), mention.end()));
        }
        for (OutputFormat format : OutputFormat.values()) {
            assertThatCode(() -> format.formatter(true).format(analysis))
                    .as("%s on %s", format, escaped(text)).doesNotThrowAnyException();
        }
    }

    @Example
    void hundredThousandCharTokensWithoutSpacesFinishQuickly() {
        List<String> monsters = List.of("ب".repeat(100_000), "7".repeat(100_000),
                "بَ".repeat(50_000), "ال".repeat(50_000), "a1ب".repeat(33_334),
                "ـ".repeat(100_000), ".".repeat(100_000), "\u200B".repeat(100_000));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (String text : monsters) {
            String what = "100,000 chars of " + escaped(text.substring(0, 3));
            long[] cpuNanos = new long[1];
            // The limit is on CPU time: wall time on a machine shared with other builds says
            // little. The preemptive wall-clock limit only stops a run that never ends.
            Analysis analysis = assertTimeoutPreemptively(HANG, () -> {
                long start = threads.getCurrentThreadCpuTime();
                Analysis result = PIPELINE.analyze(text);
                cpuNanos[0] = threads.getCurrentThreadCpuTime() - start;
                return result;
            }, () -> what);
            assertThat(analysis.failures()).isEmpty();
            assertThat(Duration.ofNanos(cpuNanos[0])).as("CPU time on %s", what)
                    .isLessThan(MONSTER_CPU);
        }
    }

    @Example
    void aLongLetterTokenTakesLinearTime() {
        String unit = "ب";
        double small = bestOfThree(unit.repeat(25_000));
        double large = bestOfThree(unit.repeat(200_000));

        // 8 times the text: about 8 times the time when linear, 64 when quadratic.
        assertThat(large / Math.max(small, 0.002)).as("time ratio for 8x the length (%.3f s vs %.3f s)",
                large, small).isLessThan(24);
    }

    private static double bestOfThree(String text) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            PIPELINE.analyze(text);
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        return best;
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", (int) c) : c);
        }
        return out.toString();
    }
}
