package org.qalam.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.qalam.core.model.Annotation;
import org.qalam.core.model.Document;
import org.qalam.core.model.Layers;
import org.qalam.core.model.Mention;
import org.qalam.core.model.Sentence;
import org.qalam.core.model.Span;
import org.qalam.core.registry.ExtractorRegistry;

/**
 * Whatever spans extractors choose, every annotation a pipeline returns covers exactly the
 * original chars it claims, on random Arabic, Latin, emoji, control and lone-surrogate input.
 */
class SpanInvariantPropertyTest {

    private static final TestProvider SENTENCES = TestProvider.named("sentences", "sentences")
            .annotating(d -> d.withLayer(Layers.SENTENCES, randomSpans(d).stream()
                    .map(Sentence::new).toList()));

    private static final TestProvider RANDOM_MENTIONS = TestProvider.named("random", "random")
            .requiring("sentences")
            .finding((d, c) -> randomSpans(d).stream()
                    .map(s -> Mention.builder(d, "random", s.start(), s.end()).build()).toList());

    private static final Pipeline PIPELINE = Pipeline.builder(
            ExtractorRegistry.of(SENTENCES, RANDOM_MENTIONS)).use("random").build();

    private static List<Span> randomSpans(Document document) {
        Random random = new Random(document.text().hashCode());
        int length = document.text().length();
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < 8 && length > 0; i++) {
            int start = random.nextInt(length + 1);
            spans.add(Span.of(start, start + random.nextInt(length - start + 1)));
        }
        return spans;
    }

    @Provide
    Arbitrary<String> unicodeText() {
        Arbitrary<Character> chars = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.chars().range('\u0621', '\u064A')),
                net.jqwik.api.Tuple.of(2, Arbitraries.chars().range('\u064B', '\u0652')),
                net.jqwik.api.Tuple.of(2, Arbitraries.chars().range('a', 'z')),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(' ', '\n', '\t', '\u200F', '\u200C', '\u0000')),
                net.jqwik.api.Tuple.of(1, Arbitraries.chars().range('\uD800', '\uDFFF')),
                net.jqwik.api.Tuple.of(1, Arbitraries.chars().range('\u0660', '\u0669')));
        return chars.list().ofMaxSize(200).map(list -> {
            StringBuilder text = new StringBuilder(list.size());
            list.forEach(text::append);
            return text.toString();
        });
    }

    @Property(tries = 300)
    void everyAnnotationCoversTheOriginalChars(@ForAll("unicodeText") String text) {
        Analysis analysis = PIPELINE.analyze(text);

        assertThat(analysis.failures()).isEmpty();
        Document document = analysis.document();
        assertThat(document.text()).isSameAs(text);
        for (Annotation sentence : document.select(Layers.SENTENCES)) {
            assertThat(sentence.end()).isLessThanOrEqualTo(text.length());
        }
        for (Mention mention : analysis.mentions()) {
            assertThat(mention.text()).isEqualTo(text.substring(mention.start(), mention.end()));
            assertThat(mention.source()).isEqualTo("random");
        }
    }
}
