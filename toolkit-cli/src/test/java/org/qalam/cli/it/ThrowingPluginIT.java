package org.qalam.cli.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qalam.cli.it.plugin.BoomProvider;

/** A plugin that throws on some documents, run by the CLI over many: nothing else is lost. */
class ThrowingPluginIT {

    @Test
    void everyOtherResultIsKeptAndTheFailureIsReported(@TempDir Path plugins) throws Exception {
        PluginJars.ofTestClass(plugins.resolve("boom.jar"), BoomProvider.class);
        String input = QalamProcess.lines(200, i -> (i % 40 == 0 ? "boom " : "") + "السطر " + i);

        QalamProcess.Result result = QalamProcess.run(input, "analyze", "--lines",
                "--format", "jsonl", "--threads", "2", "--plugins", plugins.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        List<JsonNode> documents = result.jsonLines();
        assertThat(documents).hasSize(200);
        for (int i = 1; i <= 200; i++) {
            JsonNode document = documents.get(i - 1);
            assertThat(document.get("id").asText()).isEqualTo("<stdin>:" + i);
            assertThat(document.has("errors")).isEqualTo(i % 40 == 0);
            if (i % 40 == 0) {
                assertThat(document.get("errors").get(0).get("extractor").asText())
                        .isEqualTo("boom");
            }
        }
        assertThat(result.stderr()).contains("<stdin>:40: extractor boom: "
                + "java.lang.IllegalStateException: cannot stand <stdin>:40")
                .contains("200 documents").contains("5 errors");
    }
}
