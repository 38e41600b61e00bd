package org.qalam.arabic.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.qalam.arabic.diacritics.StripOptions;
import org.qalam.core.model.Span;

class NormalizerPropertiesTest {

    @Property(tries = 300)
    void everyProfileMapsEveryCharBackInOrder(@ForAll("mixedText") String text) {
        for (NormalizationProfile profile : NormalizationProfile.values()) {
            for (Normalizer normalizer : new Normalizer[] {Normalizer.of(profile),
                    Normalizer.of(profile).stripDiacritics(StripOptions.ALL.withKeepShadda(true)),
                    Normalizer.of(profile).keepDiacritics()}) {
                NormalizedText normalized = normalizer.normalizeWithOffsets(text);
                assertThat(normalized.text()).isEqualTo(normalizer.normalize(text));
                int previousEnd = 0;
                for (int i = 0; i < normalized.length(); i++) {
                    Span span = normalized.toOriginal(i, i + 1);
                    assertThat(span.start()).isGreaterThanOrEqualTo(0);
                    assertThat(span.end()).isLessThanOrEqualTo(text.length());
                    assertThat(span.length()).as("char %d of %s", i, normalizer).isPositive();
                    assertThat(span.end()).isGreaterThanOrEqualTo(previousEnd);
                    previousEnd = span.end();
                }
                Span whole = normalized.toOriginal(0, normalized.length());
                assertThat(whole.end()).isLessThanOrEqualTo(text.length());
            }
        }
    }

    @Property(tries = 300)
    void isNormalizedNeverLies(@ForAll("mixedText") String text) {
        for (NormalizationProfile profile : NormalizationProfile.values()) {
            for (Normalizer normalizer : new Normalizer[] {Normalizer.of(profile),
                    Normalizer.of(profile).keepDiacritics()}) {
                if (normalizer.isNormalized(text, 0, text.length())) {
                    assertThat(normalizer.normalize(text)).as("%s", normalizer).isEqualTo(text);
                }
            }
        }
    }

    @Property(tries = 300)
    void searchIsIdempotent(@ForAll("mixedText") String text) {
        Normalizer search = Normalizer.search();
        String once = search.normalize(text);
        assertThat(search.normalize(once)).isEqualTo(once);
    }

    @Provide
    Arbitrary<String> mixedText() {
        return Arbitraries.oneOf(
                        Arbitraries.strings().withCharRange('\u0621', '\u065F'),
                        Arbitraries.strings().withCharRange('\u0660', '\u06FF'),
                        Arbitraries.strings().withCharRange('\uFB50', '\uFEFF'),
                        Arbitraries.strings().withChars(" .,؟،«»ABCxyz019"),
                        Arbitraries.strings().withChars("\u200B\u200C\u200D\u200E\u200F\u202B"
                                + "\u202C\u2066\u2069\u0640\uFE0F\u0654\u0653\u0301"),
                        Arbitraries.of("\uD83D\uDE00", "\uD83D\uDC68\u200D\uD83D\uDC69",
                                "\uD83C\uDDF8\uD83C\uDDE6", "\u1100\u1161\u11A8", "e\u0301"))
                .list().ofMaxSize(15)
                .map(parts -> String.join("", parts));
    }
}
