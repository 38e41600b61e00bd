package org.qalam.cli.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qalam.core.spi.ExtractorProvider;
import org.qalam.language.names.ArabicKey;

/**
 * A plugin compiled here against toolkit-core and toolkit-language alone
 * ({@code src/test/plugins/quantities}) reads the words layer by role and the bundled numbers
 * extractor's mentions, and is configured with {@code --config}.
 */
class QuantitiesPluginIT {

    @Test
    void readsWordsAndNumberMentionsAndTakesItsConfigFromTheCli(@TempDir Path dir)
            throws Exception {
        String sources = System.getProperty("qalam.test.plugins");
        assumeThat(sources).as("qalam.test.plugins system property").isNotNull();
        Path plugins = Files.createDirectory(dir.resolve("plugins"));
        PluginJars.compiled(plugins.resolve("quantities.jar"), Path.of(sources, "quantities"),
                "org.qalam.testplugins.quantities.QuantitiesProvider",
                Files.createDirectory(dir.resolve("classes")), ExtractorProvider.class,
                ArabicKey.class);

        QalamProcess.Result result = QalamProcess.run("نزح 12 ألف لاجئ وبالقرب منهم 3 أطفال\n",
                "analyze", "--format", "jsonl", "--plugins", plugins.toString(),
                "--config", "quantities.min=10");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        JsonNode document = new ObjectMapper().readTree(result.stdout());
        List<JsonNode> quantities = new ArrayList<>();
        document.get("mentions").forEach(mention -> {
            if (mention.get("type").asText().equals("quantity")) {
                quantities.add(mention);
            }
        });
        assertThat(quantities).singleElement().satisfies(quantity -> {
            assertThat(quantity.get("text").asText()).isEqualTo("12 ألف لاجئ");
            assertThat(quantity.get("value").asText()).isEqualTo("12000");
            assertThat(quantity.get("source").asText()).isEqualTo("quantities");
            assertThat(quantity.get("attributes").get("noun").asText()).isEqualTo("لاجئ");
            assertThat(quantity.get("attributes").get("key").asText()).isEqualTo("لاجي");
            assertThat(quantity.get("attributes").get("roles").asText()).isEqualTo("stem");
        });
        assertThat(result.stdout()).contains("\"form\":\"و\",\"role\":\"conjunction\"")
                .contains("\"form\":\"ب\",\"role\":\"preposition\"")
                .contains("\"form\":\"ال\",\"role\":\"article\"");
    }
}
