package org.qalam.cli.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example plugin configured from the command line ({@code --config}, {@code --config-file}),
 * the usage errors of a wrong name or key, {@code --overlap}, and {@code qalam extractors}
 * listing config keys.
 */
class PluginConfigIT {

    private static final String INPUT = "حصد المقطع 2 مليون مشاهدة، وللحساب 12 ألف متابع.\n";

    @TempDir
    Path plugins;

    @BeforeEach
    void installTheExamplePlugin() throws IOException {
        Files.copy(PluginJars.example(), plugins.resolve("web-entities.jar"));
    }

    private QalamProcess.Result analyze(String... options) throws Exception {
        String[] args = new String[options.length + 5];
        System.arraycopy(new String[] {"analyze", "--format", "jsonl", "--plugins",
            plugins.toString()}, 0, args, 0, 5);
        System.arraycopy(options, 0, args, 5, options.length);
        return QalamProcess.run(INPUT, args);
    }

    @Test
    void withoutConfigEveryEngagementIsFound() throws Exception {
        QalamProcess.Result result = analyze();

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).contains("\"type\":\"engagement\"")
                .contains("\"value\":\"2000000\"").contains("\"value\":\"12000\"")
                .contains("\"metric\":\"followers\"");
    }

    @Test
    void configOnTheCommandLineReachesThePlugin() throws Exception {
        QalamProcess.Result result = analyze("--config", "web-entities.min-engagement=100000");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).contains("\"metric\":\"views\"")
                .doesNotContain("\"metric\":\"followers\"");
    }

    @Test
    void aConfigFileIsReadAndTheCommandLineOverridesIt(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("qalam.properties"),
                "# settings\nweb-entities.min-engagement = 100000000\n");

        QalamProcess.Result fromFile = analyze("--config-file", file.toString());
        QalamProcess.Result overridden = analyze("--config-file", file.toString(),
                "--config", "web-entities.min-engagement=100000");

        assertThat(fromFile.exitCode()).as(fromFile.stderr()).isZero();
        assertThat(fromFile.stdout()).doesNotContain("\"type\":\"engagement\"");
        assertThat(overridden.stdout()).contains("\"metric\":\"views\"");
    }

    @Test
    void overlapDecidesWhetherTheNumberInsideAnEngagementIsKept() throws Exception {
        QalamProcess.Result dropped = analyze();
        QalamProcess.Result kept = analyze("--overlap", "keep");
        QalamProcess.Result bad = analyze("--overlap", "sometimes");

        assertThat(dropped.stdout()).contains("\"type\":\"engagement\"")
                .doesNotContain("\"type\":\"number\"");
        assertThat(kept.exitCode()).as(kept.stderr()).isZero();
        assertThat(kept.stdout()).contains("\"type\":\"engagement\"")
                .contains("\"type\":\"number\"");
        bad.assertUsageError("sometimes");
    }

    @Test
    void anUnknownKeyIsAUsageErrorNamingTheAcceptedKeys() throws Exception {
        QalamProcess.Result result = analyze("--config", "web-entities.minimum=3")
                .assertUsageError("'minimum'", "web-entities.min-engagement (smallest count");

        assertThat(result.stdout()).isEmpty();
    }

    @Test
    void anUnknownExtractorOrABadValueIsAUsageError() throws Exception {
        analyze("--config", "nope.key=3").assertUsageError("no extractor 'nope'", "web-entities");
        analyze("--config", "web-entities.min-engagement=many")
                .assertUsageError("min-engagement", "many");
        analyze("--config", "dates.colour=blue")
                .assertUsageError("extractor 'dates' has no config key 'colour'");
    }

    @Test
    void extractorsShowsRequiresWritesEmitsAndConfigKeys() throws Exception {
        QalamProcess.Result result = QalamProcess.run("", "extractors", "--plugins",
                plugins.toString());

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout())
                .contains("requires  number, tokens, words")
                .contains("emits     engagement, hashtag, url, user")
                .contains("config    web-entities.min-engagement  smallest count")
                .contains("writes    words")
                .doesNotContain("PRODUCES");
    }
}
