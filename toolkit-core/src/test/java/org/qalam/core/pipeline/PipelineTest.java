package org.qalam.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qalam.core.model.Document;
import org.qalam.core.model.Layers;
import org.qalam.core.model.Mention;
import org.qalam.core.model.Sentence;
import org.qalam.core.registry.ExtractorRegistry;
import org.qalam.core.spi.Extractor;
import org.qalam.core.spi.ExtractorConfig;
import org.qalam.core.spi.ExtractorProvider;
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
                .hasMessageContaining("'counter' requires 'sentences'")
                .hasMessageContaining("no available extractor writes or emits");
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

    @Test
    void theDependantsOfAFailedStepAreSkippedAndReported() {
        TestProvider brokenSentences = SENTENCES.annotating(d -> {
            throw new IllegalStateException("splitter broke");
        });
        Analysis analysis = Pipeline.builder(ExtractorRegistry.of(brokenSentences, COUNTER))
                .use("counter").build().analyze("نص");

        assertThat(analysis.failures()).extracting(StepFailure::extractor, StepFailure::error)
                .containsExactly(tuple("sentences", IllegalStateException.class.getName()),
                        tuple("counter", StepFailure.SKIPPED));
        assertThat(analysis.failures().get(1).message()).contains("[sentences]");
        assertThat(analysis.mentions()).isEmpty();
    }

    @Test
    void aStepMayRequireAnotherStepsMentionType() {
        TestProvider doubler = TestProvider.named("doubler", "double").requiring("count")
                .finding((d, c) -> d.select(Layers.MENTIONS).stream()
                        .map(m -> Mention.builder(d, "double", m.start(), m.end())
                                .value(String.valueOf(2 * Integer.parseInt(m.value()))).build())
                        .toList());

        Pipeline pipeline = Pipeline.builder(ExtractorRegistry.of(doubler, COUNTER, SENTENCES))
                .use("doubler").build();

        assertThat(pipeline.stepNames()).containsExactly("sentences", "counter", "doubler");
        assertThat(pipeline.analyze("نص").mentions()).extracting(Mention::value)
                .containsExactlyInAnyOrder("1", "2");
    }

    @Test
    void aStepMayNotWriteALayerItDoesNotDeclare() {
        TestProvider sneaky = TestProvider.named("sneaky", "other")
                .annotating(d -> d.withLayer(Layers.SENTENCES, List.of(Sentence.of(0, 1))));

        Analysis analysis = Pipeline.builder(ExtractorRegistry.of(sneaky)).useAll().build()
                .analyze("نص");

        assertThat(analysis.failures()).singleElement().satisfies(f -> assertThat(f.message())
                .contains("wrote layer 'sentences'"));
        assertThat(analysis.document().hasLayer("sentences")).isFalse();
    }

    @Test
    void aStepMayNotEmitAMentionTypeItDoesNotDeclare() {
        TestProvider sneaky = TestProvider.named("sneaky", "number")
                .finding((d, c) -> List.of(Mention.builder(d, "person", 0, 1).build()));

        Analysis analysis = Pipeline.builder(ExtractorRegistry.of(sneaky)).useAll().build()
                .analyze("نص");

        assertThat(analysis.failures()).singleElement().satisfies(f -> assertThat(f.message())
                .contains("type 'person'"));
        assertThat(analysis.mentions()).isEmpty();
    }

    @Test
    void aMentionInsideALongerMentionOfAnotherExtractorIsDroppedByDefault() {
        String text = "عبد الله الثاني";
        TestProvider persons = TestProvider.named("persons", "person")
                .finding((d, c) -> List.of(Mention.builder(d, "person", 0, text.length()).build()));
        TestProvider numbers = TestProvider.named("numbers", "number")
                .finding((d, c) -> List.of(Mention.builder(d, "number", 9, text.length())
                        .value("2").build(), Mention.builder(d, "number", 0, text.length())
                        .value("0").build()));
        ExtractorRegistry registry = ExtractorRegistry.of(persons, numbers);

        assertThat(Pipeline.builder(registry).useAll().build().analyze(text).mentions())
                .extracting(Mention::type, Mention::text)
                .containsExactlyInAnyOrder(tuple("person", text), tuple("number", text));
        assertThat(Pipeline.builder(registry).useAll().overlapPolicy(OverlapPolicy.KEEP_ALL)
                .build().analyze(text).mentions()).hasSize(3);
    }

    @Test
    void mentionsOfOneExtractorNeverDropEachOther() {
        TestProvider nested = TestProvider.named("nested", "n")
                .finding((d, c) -> List.of(Mention.builder(d, "n", 0, 4).build(),
                        Mention.builder(d, "n", 1, 2).build()));

        assertThat(Pipeline.builder(ExtractorRegistry.of(nested)).useAll().build()
                .analyze("abcd").mentions()).hasSize(2);
    }

    @Test
    void aStepPastTheTimeLimitIsReportedWithTheDocumentAndTheRunGoesOn() {
        TestProvider looping = TestProvider.named("looping", "loop").finding((d, c) -> {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.onSpinWait();
            }
            return List.of();
        });
        Pipeline pipeline = Pipeline.builder(ExtractorRegistry.of(looping, SENTENCES, COUNTER))
                .useAll().stepTimeout(Duration.ofMillis(200)).build();

        Analysis analysis = pipeline.analyze(Document.of("news-7", "نص"));

        assertThat(analysis.failures()).singleElement().satisfies(f -> {
            assertThat(f.extractor()).isEqualTo("looping");
            assertThat(f.error()).isEqualTo(StepFailure.TIMED_OUT);
            assertThat(f.message()).contains("news-7");
        });
        assertThat(analysis.mentions()).extracting(Mention::source).containsExactly("counter");
    }

    @Test
    void aListOfDocumentsGivesWhatTheyGiveOneByOne() {
        Pipeline pipeline = Pipeline.builder(ExtractorRegistry.of(SENTENCES, COUNTER))
                .useAll().stepTimeout(Duration.ofSeconds(30)).build();
        List<Document> documents = List.of(Document.of("a", "نص"), Document.of("b", "نص آخر"),
                Document.of("c", "x"));

        List<Analysis> together = pipeline.analyzeAll(documents);

        assertThat(together).hasSize(3);
        for (int i = 0; i < documents.size(); i++) {
            Analysis alone = pipeline.analyze(documents.get(i));
            assertThat(together.get(i).document().id()).isEqualTo(documents.get(i).id());
            assertThat(together.get(i).mentions()).isEqualTo(alone.mentions());
            assertThat(together.get(i).failures()).isEmpty();
        }
        assertThat(pipeline.analyzeAll(List.of())).isEmpty();
    }

    @Test
    void aStepLateOnOneDocumentOfAListCostsOnlyThatStepOfThatDocument() {
        TestProvider loopingOnB = TestProvider.named("looping", "loop").finding((d, c) -> {
            while (d.id().equals("b") && !Thread.currentThread().isInterrupted()) {
                Thread.onSpinWait();
            }
            return List.of();
        });
        Pipeline pipeline = Pipeline.builder(ExtractorRegistry.of(loopingOnB, SENTENCES, COUNTER))
                .useAll().stepTimeout(Duration.ofMillis(200)).build();

        List<Analysis> analyses = pipeline.analyzeAll(List.of(Document.of("a", "نص"),
                Document.of("b", "نص"), Document.of("c", "نص")));

        assertThat(analyses.get(0).failures()).isEmpty();
        assertThat(analyses.get(1).failures()).singleElement().satisfies(f -> {
            assertThat(f.extractor()).isEqualTo("looping");
            assertThat(f.error()).isEqualTo(StepFailure.TIMED_OUT);
            assertThat(f.message()).contains("'b'");
        });
        assertThat(analyses.get(2).failures()).isEmpty();
        assertThat(analyses).allSatisfy(a -> assertThat(a.mentions())
                .extracting(Mention::source).containsExactly("counter"));
    }

    @Test
    void aRejectedConfigValueIsAPipelineException() {
        TestProvider strict = TestProvider.named("strict", "s").accepting("limit");
        ExtractorProvider rejecting = new ExtractorProvider() {
            @Override
            public String name() {
                return "strict";
            }

            @Override
            public int apiVersion() {
                return strict.apiVersion();
            }

            @Override
            public Map<String, String> configKeys() {
                return strict.configKeys();
            }

            @Override
            public Extractor create(ExtractorConfig config) {
                config.getLong("limit", 0);
                return strict.create(config);
            }
        };

        assertThatThrownBy(() -> Pipeline.builder(ExtractorRegistry.of(rejecting)).use("strict")
                .config("strict", ExtractorConfig.of(Map.of("limit", "many"))).build())
                .isInstanceOf(PipelineException.class)
                .hasMessageContaining("'limit' needs an integer");
    }

    @Test
    void aDiscoveredStepWhoseRequirementNobodySuppliesIsLeftOut() {
        TestProvider orphan = TestProvider.named("orphan", "o").requiring("nothing-supplies-this");
        Pipeline pipeline = Pipeline.builder(ExtractorRegistry.of(orphan, SENTENCES, COUNTER))
                .useAll().build();

        assertThat(pipeline.stepNames()).containsExactly("sentences", "counter");
        assertThat(pipeline.skipped()).singleElement().satisfies(f -> assertThat(f.message())
                .contains("nothing-supplies-this"));
    }
}
