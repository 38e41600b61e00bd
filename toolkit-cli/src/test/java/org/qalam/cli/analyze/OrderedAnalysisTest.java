package org.qalam.cli.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.qalam.cli.format.OutputFormat;
import org.qalam.cli.testing.FindingProvider;
import org.qalam.core.model.Document;
import org.qalam.core.model.Mention;
import org.qalam.core.pipeline.Pipeline;
import org.qalam.core.registry.ExtractorRegistry;

class OrderedAnalysisTest {

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    /** Finds digit runs; a stand-in for a well-behaved extractor. */
    private static final class Digits extends FindingProvider {
        Digits() {
            super("digits", "number");
        }

        @Override
        protected List<Mention> find(Document document) {
            List<Mention> found = new ArrayList<>();
            Matcher matcher = DIGITS.matcher(document.text());
            while (matcher.find()) {
                found.add(Mention.builder(document, "number", matcher.start(), matcher.end())
                        .build());
            }
            return found;
        }
    }

    /** A plugin that throws on some documents and is slow on others. */
    private static final class Flaky extends FindingProvider {
        Flaky() {
            super("flaky", "flake");
        }

        @Override
        protected List<Mention> find(Document document) {
            if (document.text().contains("boom")) {
                throw new IllegalStateException("boom in " + document.id());
            }
            if (document.text().hashCode() % 7 == 0) {
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return List.of();
        }
    }

    @Test
    void resultsComeBackInInputOrderAndAThrowingPluginLosesNothingElse() {
        Pipeline pipeline = Pipeline.builder(ExtractorRegistry.of(new Digits(), new Flaky()))
                .useAll().build();
        List<DocumentWork.Outcome> outcomes = new ArrayList<>();
        try (OrderedRunner runner = new OrderedRunner(4)) {
            for (int i = 0; i < 500; i++) {
                String text = "line " + i + (i % 50 == 0 ? " boom" : "");
                runner.submit(new DocumentWork(pipeline, OutputFormat.JSONL.formatter(false),
                        Document.of("d" + i, text), text.length()), outcomes::add);
            }
            runner.drain();
        }

        assertThat(outcomes).hasSize(500);
        for (int i = 0; i < 500; i++) {
            DocumentWork.Outcome outcome = outcomes.get(i);
            assertThat(outcome.id()).isEqualTo("d" + i);
            assertThat(outcome.mentionTypes()).containsExactly("number");
            assertThat(outcome.rendered()).contains("\"value\":\"" + i + "\"");
            if (i % 50 == 0) {
                assertThat(outcome.failures()).singleElement()
                        .satisfies(f -> assertThat(f.extractor()).isEqualTo("flaky"));
                assertThat(outcome.rendered()).contains("\"errors\":[{\"extractor\":\"flaky\"");
            } else {
                assertThat(outcome.failures()).isEmpty();
            }
        }
    }

    @Test
    void eventsKeepTheirPlaceAmongResults() {
        List<String> seen = new ArrayList<>();
        try (OrderedRunner runner = new OrderedRunner(3)) {
            for (int i = 0; i < 100; i++) {
                int n = i;
                if (i % 10 == 0) {
                    runner.event(() -> seen.add("event " + n));
                }
                runner.submit(() -> "doc " + n, seen::add);
            }
            runner.drain();
        }

        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            if (i % 10 == 0) {
                expected.add("event " + i);
            }
            expected.add("doc " + i);
        }
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    void largeDocumentsAreNotHeldInFlightTogether() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Integer> order = new ArrayList<>();
        try (OrderedRunner runner = new OrderedRunner(4)) {
            for (int i = 0; i < 12; i++) {
                int n = i;
                runner.submit(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    Thread.sleep(5);
                    running.decrementAndGet();
                    return n;
                }, OrderedRunner.MAX_BYTES_IN_FLIGHT / 2, order::add);
            }
            runner.drain();
        }

        assertThat(order).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(most.get()).isLessThanOrEqualTo(2);
    }

    @Test
    void oneThreadRunsOnTheCaller() {
        List<String> threads = new ArrayList<>();
        try (OrderedRunner runner = new OrderedRunner(1)) {
            runner.submit(() -> Thread.currentThread().getName(), threads::add);
        }

        assertThat(threads).containsExactly(Thread.currentThread().getName());
    }
}
