package org.qalam.cli.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qalam.cli.testing.FindingProvider;
import org.qalam.core.registry.ExtractorRegistry;
import org.qalam.core.spi.ExtractorConfig;

class ExtractorSettingsTest {

    /** A provider with two config keys. */
    private static final class Configurable extends FindingProvider {
        Configurable() {
            super("tags");
        }

        @Override
        public Map<String, String> configKeys() {
            return Map.of("min", "smallest value", "gazetteer.file", "");
        }
    }

    private static final ExtractorRegistry REGISTRY = ExtractorRegistry.of(new Configurable());

    @Test
    void groupsSettingsByExtractorAndKeepsDotsInKeys() {
        Map<String, ExtractorConfig> configs = ExtractorSettings.byExtractor(
                Map.of("tags.min", "3", "tags.gazetteer.file", "/tmp/g.txt"), REGISTRY);

        assertThat(configs).containsOnlyKeys("tags");
        assertThat(configs.get("tags").asMap())
                .containsExactlyInAnyOrderEntriesOf(Map.of("min", "3", "gazetteer.file", "/tmp/g.txt"));
    }

    @Test
    void anUnknownKeyNamesEveryAcceptedKeyWithItsDescription() {
        assertThatThrownBy(() -> ExtractorSettings.byExtractor(Map.of("tags.max", "3"), REGISTRY))
                .hasMessage("extractor 'tags' has no config key 'max'; accepted: "
                        + "tags.gazetteer.file, tags.min (smallest value)");
    }

    @Test
    void anUnknownExtractorOrAMissingKeyIsRejected() {
        assertThatThrownBy(() -> ExtractorSettings.byExtractor(Map.of("nope.min", "3"), REGISTRY))
                .hasMessageContaining("no extractor 'nope'").hasMessageContaining("[tags]");
        assertThatThrownBy(() -> ExtractorSettings.byExtractor(Map.of("tags", "3"), REGISTRY))
                .hasMessageContaining("NAME.KEY=VALUE");
    }

    @Test
    void commandLineEntriesOverrideTheFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("q.properties"),
                "# comment\ntags.min = 5\ntags.gazetteer.file=/a\n");

        assertThat(ExtractorSettings.merge(file, Map.of("tags.min", "7")))
                .containsExactlyInAnyOrderEntriesOf(Map.of("tags.min", "7",
                        "tags.gazetteer.file", "/a"));
        assertThat(ExtractorSettings.merge(null, Map.of())).isEmpty();
    }
}
