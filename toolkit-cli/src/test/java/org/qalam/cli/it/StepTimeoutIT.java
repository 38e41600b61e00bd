package org.qalam.cli.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qalam.cli.it.plugin.LoopProvider;

/** A plugin that loops forever on one document: the run finishes and names that document. */
class StepTimeoutIT {

    private static final int DOCUMENTS = 30;
    private static final int LOOPING = 7;

    @Test
    void theStepIsAbandonedOnThatDocumentAndEveryOtherIsComplete(@TempDir Path plugins)
            throws Exception {
        PluginJars.ofTestClass(plugins.resolve("loop.jar"), LoopProvider.class);
        String input = QalamProcess.lines(DOCUMENTS,
                i -> (i == LOOPING ? "loop " : "") + "وصل " + i + " زائرا");

        long start = System.nanoTime();
        QalamProcess.Result result = QalamProcess.run(input, "analyze", "--lines",
                "--format", "jsonl", "--step-timeout", "500ms", "--plugins", plugins.toString());
        double seconds = (System.nanoTime() - start) / 1e9;

        assertThat(seconds).as("run time").isLessThan(60);
        assertThat(result.stderr()).contains("<stdin>:" + LOOPING + ": extractor loop: timed-out")
                .contains("document '<stdin>:" + LOOPING + "'");
        assertThat(result.exitCode()).isEqualTo(1);
        List<JsonNode> documents = result.jsonLines();
        assertThat(documents).hasSize(DOCUMENTS);
        for (int i = 1; i <= DOCUMENTS; i++) {
            JsonNode document = documents.get(i - 1);
            assertThat(document.has("errors")).as("errors of document %d", i)
                    .isEqualTo(i == LOOPING);
            assertThat(document.get("mentions").toString()).as("mentions of document %d", i)
                    .contains("\"value\":\"" + i + "\"");
        }
    }

    @Test
    void aBadDurationIsAUsageError() throws Exception {
        QalamProcess.run("", "analyze", "--step-timeout", "soon").assertUsageError("soon");
    }
}
