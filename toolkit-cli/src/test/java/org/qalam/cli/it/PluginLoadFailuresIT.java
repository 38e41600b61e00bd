package org.qalam.cli.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qalam.cli.it.plugin.NumbersAgainProvider;

/**
 * A plugins folder with the example plugin, a corrupt jar, the example plugin's jar a second
 * time and a plugin taking a bundled extractor's name: every command that loads plugins names
 * each failure with its jar and goes on, and {@code --strict} makes them fatal.
 */
class PluginLoadFailuresIT {

    private static final String INPUT = "تابعوا #سوريا، نزح 12 ألف شخص\n";

    @TempDir
    Path plugins;

    private Path corrupt;
    private Path copy;
    private Path numbersAgain;

    @BeforeEach
    void fillThePluginsFolder() throws IOException {
        Files.copy(PluginJars.example(), plugins.resolve("web-entities.jar"));
        // Named to sort after web-entities.jar, so that this copy is the one refused.
        copy = Files.copy(PluginJars.example(), plugins.resolve("x-web-entities-again.jar"));
        corrupt = PluginJars.corrupt(plugins.resolve("corrupt.jar"));
        numbersAgain = PluginJars.ofTestClass(plugins.resolve("numbers-again.jar"),
                NumbersAgainProvider.class);
    }

    private void assertEveryFailureIsNamed(String stderr) {
        assertThat(stderr)
                .contains("plugin not loaded: " + corrupt + ": not a readable jar")
                .contains("plugin not loaded: " + copy + ": ")
                .contains("duplicate provider")
                .contains("plugin not loaded: " + numbersAgain + ": ")
                .contains("duplicate extractor name 'numbers'");
    }

    @Test
    void analyzeReportsEveryFailureWithItsJarAndStillAnalyzes() throws Exception {
        QalamProcess.Result result = QalamProcess.run(INPUT, "analyze", "--format", "jsonl",
                "--plugins", plugins.toString());

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertEveryFailureIsNamed(result.stderr());
        assertThat(result.stdout()).contains("\"type\":\"hashtag\"")
                .contains("\"source\":\"web-entities\"")
                .contains("\"value\":\"12000\"").contains("\"source\":\"numbers\"");
    }

    @Test
    void analyzeWithStrictFailsAfterNamingEveryFailure() throws Exception {
        QalamProcess.Result result = QalamProcess.run(INPUT, "analyze", "--format", "jsonl",
                "--strict", "--plugins", plugins.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertEveryFailureIsNamed(result.stderr());
        assertThat(result.stderr()).contains("--strict");
        assertThat(result.stdout()).isEmpty();
    }

    @Test
    void extractorsListsWhatLoadedAndReportsTheRestOnStderr() throws Exception {
        QalamProcess.Result lenient = QalamProcess.run("", "extractors", "--plugins",
                plugins.toString());
        QalamProcess.Result strict = QalamProcess.run("", "extractors", "--strict", "--plugins",
                plugins.toString());

        assertThat(lenient.exitCode()).as(lenient.stderr()).isZero();
        assertEveryFailureIsNamed(lenient.stderr());
        assertThat(lenient.stdout()).contains("web-entities").contains("numbers");
        assertThat(strict.exitCode()).isEqualTo(1);
        assertEveryFailureIsNamed(strict.stderr());
    }
}
