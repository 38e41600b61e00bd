package org.qalam.cli.pipeline;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.qalam.core.registry.ExtractorRegistry;
import org.qalam.core.registry.RegisteredProvider;
import org.qalam.core.spi.ExtractorConfig;
import org.qalam.core.spi.ExtractorProvider;

/**
 * Extractor settings given on the command line as {@code NAME.KEY=VALUE} entries, checked against
 * the providers of a registry: {@code numbers.min-value=10} sets key {@code min-value} of the
 * extractor {@code numbers}.
 *
 * <p>Why the CLI checks what the pipeline checks again: here the message can speak in the
 * options' terms and list every accepted {@code NAME.KEY} with its description. The server
 * checks a request's {@code config} object the same way.
 */
public final class ExtractorSettings {

    private ExtractorSettings() {
    }

    /**
     * The settings of a properties file ({@code NAME.KEY=VALUE} lines, UTF-8), overridden by
     * {@code entries}; {@code file} may be null.
     *
     * @throws IOException when the file cannot be read
     */
    static Map<String, String> merge(Path file, Map<String, String> entries) throws IOException {
        Map<String, String> merged = new LinkedHashMap<>();
        if (file != null) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            new TreeMap<>(properties).forEach((k, v) -> merged.put((String) k, (String) v));
        }
        merged.putAll(entries);
        return merged;
    }

    /**
     * Groups {@code NAME.KEY=VALUE} settings by extractor.
     *
     * @throws IllegalArgumentException naming the entry, and the extractors or keys accepted,
     *     for an entry without a key, an unknown extractor or a key its provider does not accept
     */
    public static Map<String, ExtractorConfig> byExtractor(Map<String, String> settings,
                                                    ExtractorRegistry registry) {
        Map<String, Map<String, String>> grouped = new LinkedHashMap<>();
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            String qualified = setting.getKey().strip();
            int dot = qualified.indexOf('.');
            if (dot <= 0 || dot == qualified.length() - 1) {
                throw new IllegalArgumentException("config '" + qualified + "' needs the form "
                        + "NAME.KEY=VALUE, such as numbers.min-value=10");
            }
            String name = qualified.substring(0, dot);
            String key = qualified.substring(dot + 1);
            ExtractorProvider provider = registry.find(name).map(RegisteredProvider::provider)
                    .orElseThrow(() -> new IllegalArgumentException("config '" + qualified
                            + "' names no extractor '" + name + "'; available: "
                            + registry.providers().stream().map(RegisteredProvider::name)
                            .toList()));
            if (!provider.configKeys().containsKey(key)) {
                throw new IllegalArgumentException("extractor '" + name
                        + "' has no config key '" + key + "'; " + accepted(provider));
            }
            grouped.computeIfAbsent(name, n -> new LinkedHashMap<>()).put(key, setting.getValue());
        }
        Map<String, ExtractorConfig> configs = new LinkedHashMap<>();
        grouped.forEach((name, values) -> configs.put(name, ExtractorConfig.of(values)));
        return configs;
    }

    private static String accepted(ExtractorProvider provider) {
        if (provider.configKeys().isEmpty()) {
            return "it accepts none";
        }
        return "accepted: " + new TreeMap<>(provider.configKeys()).entrySet().stream()
                .map(e -> provider.name() + "." + e.getKey()
                        + (e.getValue().isEmpty() ? "" : " (" + e.getValue() + ")"))
                .collect(Collectors.joining(", "));
    }
}
