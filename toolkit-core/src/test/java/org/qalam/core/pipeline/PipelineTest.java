package org.qalam.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qalam.core.model.Document;
import org.qalam.core.model.Layers;
import org.qalam.core.model.Mention;
import org.qalam.core.model.Sentence;
import org.qalam.core.registry.ExtractorRegistry;
import org.qalam.core.spi.ExtractorConfig;
import org.qalam.core.spi.ReferenceTime;

class PipelineTest {

    private static final TestProvider SENTENCES = TestProvider.named("sentences", "sentences")
            .annotating(d -> d.withLayer(Layers.SENTENCES, List.of(Sentence.of(0, d.text().length()))));

    private static final TestProvider COUNTER = TestProvider.named("counter", "count")
            .requiring("sentences")
            .finding((d, c) -> List.of(Mention.builder(d, "count", 0, d.text().length())
                    .value(String.valueOf(d.select(Layers.SENTENCES).size())).build()));

    @Test
    void addsTheProducerOfARequiredLayerAndRunsItFirst() {
        Pipeline pipeline = Pipeline.builder(ExtractorRegistry.of(COUNTER, SENTENCES))
                .use("counter").build();

        assertThat(pipeline.stepNames()).containsExactly("sentences", "counter");
        assertThat(pipeline.analyze("نص").mentions()).singleElement()
                .satisfies(m -> assertThat(m.value()).isEqualTo("1"))
                .satisfies(m -> assertThat(m.source()).isEqualTo("counter"));
    }

    @Test
    void aMissingLayerIsNamedWhenThePipelineIsBuilt() {
        ExtractorRegistry registry = ExtractorRegistry.of(COUNTER);

        assertThatThrownBy(() -> Pipeline.builder(registry).use("counter").build())
                .isInstanceOf(PipelineException.class)
                .hasMessageContaining("'counter' requires layer 'sentences'")
                .hasMessageContaining("no available extractor produces");
    }

    @Test
    void anAmbiguousProducerNamesTheCandidates() {
        TestProvider other = TestProvider.named("splitter", "sentences");
        ExtractorRegistry registry = ExtractorRegistry.of(COUNTER, SENTENCES, other);

        assertThatThrownBy(() -> Pipeline.builder(registry).use("counter").build())
                .hasMessageContaining("[sentences, splitter]");
        assertThat(Pipeline.builder(registry).use("splitter", "counter").build().stepNames())
                .containsExactly("splitter", "counter");
    }

    @Test
    void aCycleIsReported() {
        TestProvider a = TestProvider.named("a", "x").requiring("y");
        TestProvider b = TestProvider.named("b", "y").requiring("x");

        assertThatThrownBy(() -> Pipeline.builder(ExtractorRegistry.of(a, b)).use("a", "b").build())
                .hasMessageContaining("cycle");
    }

    @Test
    void aThrowingExtractorIsRecordedAndTheOthersKeepTheirMentions() {
        TestProvider boom = TestProvider.named("boom", "boom").finding((d, c) -> {
            throw new IllegalStateException("bad input");
        });
        Pipeline pipeline = Pipeline.builder(ExtractorRegistry.of(SENTENCES, boom, COUNTER))
                .useAll().build();

        Analysis analysis = pipeline.analyze("نص");

        assertThat(analysis.mentions()).extracting(Mention::source).containsExactly("counter");
        assertThat(analysis.failures()).singleElement().satisfies(f -> {
            assertThat(f.extractor()).isEqualTo("boom");
            assertThat(f.message()).isEqualTo("bad input");
        });
        assertThat(analysis.isComplete()).isFalse();
    }

    @Test
    void aMentionOutsideTheTextFailsOnlyItsExtractor() {
        TestProvider liar = TestProvider.named("liar", "lie")
                .finding((d, c) -> List.of(Mention.builder(Document.of("a much longer text"),
                        "lie", 0, 10).build()));
        Analysis analysis = Pipeline.builder(ExtractorRegistry.of(liar, SENTENCES, COUNTER))
                .useAll().build().analyze("نص");

        assertThat(analysis.failures()).extracting(StepFailure::extractor).containsExactly("liar");
        assertThat(analysis.mentions()).extracting(Mention::source).containsExactly("counter");
    }

    @Test
    void anAnnotatorMayNotChangeTheText() {
        TestProvider rewriter = TestProvider.named("rewriter", "rewritten")
                .annotating(d -> Document.of(d.text().toUpperCase()));

        Analysis analysis = Pipeline.builder(ExtractorRegistry.of(rewriter)).useAll().build()
                .analyze("abc");

        assertThat(analysis.failures()).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("only add layers"));
        assertThat(analysis.document().text()).isEqualTo("abc");
    }

    @Test
    void unknownConfigKeysAreRejected() {
        TestProvider configurable = TestProvider.named("conf", "c").accepting("threshold");
        ExtractorRegistry registry = ExtractorRegistry.of(configurable);

        assertThatThrownBy(() -> Pipeline.builder(registry).use("conf")
                .config("conf", ExtractorConfig.of(Map.of("treshold", "2"))).build())
                .hasMessageContaining("does not accept config key(s) [treshold]");
        assertThat(Pipeline.builder(registry).use("conf")
                .config("conf", ExtractorConfig.of(Map.of("threshold", "2"))).build().stepNames())
                .containsExactly("conf");
    }

    @Test
    void aDiscoveredStepThatCannotBeCreatedIsSkippedWithItsDependants() {
        ExtractorRegistry registry = ExtractorRegistry.of(SENTENCES.failingOnCreate(), COUNTER,
                TestProvider.named("plain", "plain"));

        Pipeline pipeline = Pipeline.builder(registry).useAll().build();

        assertThat(pipeline.stepNames()).containsExactly("plain");
        assertThat(pipeline.skipped()).extracting(StepFailure::extractor)
                .containsExactly("sentences", "counter");
    }

    @Test
    void anExplicitStepThatCannotBeCreatedFailsTheBuild() {
        ExtractorRegistry registry = ExtractorRegistry.of(SENTENCES.failingOnCreate(), COUNTER);

        assertThatThrownBy(() -> Pipeline.builder(registry).use("counter").build())
                .isInstanceOf(PipelineException.class)
                .hasMessageContaining("cannot open model");
    }

    @Test
    void extractorsSeeTheReferenceTime() {
        TestProvider clock = TestProvider.named("clock", "date")
                .finding((d, c) -> List.of(Mention.builder(d, "date", 0, 3)
                        .value(c.referenceTime().date().minusDays(1).toString()).build()));

        Analysis analysis = Pipeline.builder(ExtractorRegistry.of(clock)).useAll()
                .referenceTime(ReferenceTime.of(LocalDate.of(2026, 11, 24))).build()
                .analyze("أمس");

        assertThat(analysis.mentions()).extracting(Mention::value).containsExactly("2026-11-23");
    }
}
