package org.qalam.cli.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example plugin, built by the reactor, dropped into a plugins folder beside a broken jar. */
class PluginFolderIT {

    @TempDir
    Path plugins;

    @BeforeEach
    void installPlugins() throws IOException {
        Files.copy(PluginJars.example(), plugins.resolve("web-entities.jar"));
        try (JarOutputStream jar = new JarOutputStream(
                Files.newOutputStream(plugins.resolve("broken.jar")))) {
            jar.putNextEntry(new JarEntry("META-INF/services/org.qalam.core.spi.ExtractorProvider"));
            jar.write("com.example.MissingProvider\n".getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
    }

    @Test
    void extractorsListsBundledProvidersThePluginAndTheBrokenJar() throws Exception {
        QalamProcess.Result result = QalamProcess.run("", "extractors", "--plugins",
                plugins.toString());

        assertThat(result.stdout()).contains("web-entities").contains("web-entities.jar");
        assertThat(result.stderr()).contains("plugin not loaded: ")
                .contains("com.example.MissingProvider").contains("broken.jar");
        assertThat(result.exitCode()).as(result.stderr()).isZero();
    }

    @Test
    void analyzeReturnsThePluginsMentionsDespiteTheBrokenJar() throws Exception {
        QalamProcess.Result result = QalamProcess.run("تابعوا #سوريا على https://example.org\n",
                "analyze", "--format", "jsonl", "--plugins", plugins.toString());

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stderr()).contains("broken.jar").contains("com.example.MissingProvider");
        assertThat(result.stdout()).contains("\"type\":\"hashtag\"").contains("\"value\":\"سوريا\"")
                .contains("\"type\":\"url\"").contains("\"source\":\"web-entities\"");
        new JsonFactory().createParser(result.stdout()).close();
    }

    @Test
    void withoutThePluginsFolderThePluginIsNotThere() throws Exception {
        QalamProcess.Result result = QalamProcess.run("", "extractors");

        assertThat(result.stdout()).doesNotContain("web-entities");
        assertThat(result.exitCode()).as(result.stderr()).isZero();
    }
}
