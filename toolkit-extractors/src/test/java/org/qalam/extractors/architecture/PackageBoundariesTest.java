package org.qalam.extractors.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bundled extractors know each other only through the pipeline: no package of one imports
 * another's; what they share lives in the {@code toolkit-language} library, or, for what their
 * providers declare and how they read config keys, in {@code org.qalam.extractors.provider}.
 */
class PackageBoundariesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/qalam/extractors");
    private static final Pattern REFERENCE = Pattern.compile("org\\.qalam\\.extractors\\.(\\w+)");
    /** The package every extractor package may use. */
    private static final String SHARED = "provider";

    @Test
    void noExtractorPackageReferencesAnother() throws IOException {
        List<String> crossings = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String own = SOURCES.relativize(file).getName(0).toString();
                Matcher reference = REFERENCE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (reference.find()) {
                    String used = reference.group(1);
                    if (!used.equals(own) && !used.equals(SHARED)) {
                        crossings.add(SOURCES.relativize(file) + " -> " + reference.group());
                    }
                }
            }
        }
        assertThat(crossings).isEmpty();
    }
}
