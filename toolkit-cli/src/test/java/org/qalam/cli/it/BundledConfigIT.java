package org.qalam.cli.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled extractors configured from the command line, as plugins are. */
class BundledConfigIT {

    @Test
    void numbersMinValueDropsSmallerNumbers() throws Exception {
        String input = "نزح 12 ألف شخص ووصل 3 أطفال\n";

        QalamProcess.Result all = QalamProcess.run(input, "analyze", "--format", "jsonl",
                "--extractors", "numbers");
        QalamProcess.Result large = QalamProcess.run(input, "analyze", "--format", "jsonl",
                "--extractors", "numbers", "--config", "numbers.min-value=10");

        assertThat(all.exitCode()).as(all.stderr()).isZero();
        assertThat(all.stdout()).contains("\"value\":\"12000\"").contains("\"value\":\"3\"");
        assertThat(large.exitCode()).as(large.stderr()).isZero();
        assertThat(large.stdout()).contains("\"value\":\"12000\"").doesNotContain("\"value\":\"3\"");
    }

    @Test
    void anExtraGazetteerFileAddsNames(@TempDir Path dir) throws Exception {
        Path gazetteer = Files.writeString(dir.resolve("extra.tsv"),
                "# our own names\nقلمستان\tlocation\n");
        String input = "وصل الوفد إلى قلمستان أمس\n";

        QalamProcess.Result result = QalamProcess.run(input, "analyze", "--format", "jsonl",
                "--config", "entities.gazetteer=" + gazetteer);

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).contains("\"type\":\"location\"")
                .contains("\"text\":\"قلمستان\"");
    }

    @Test
    void extractorsListsTheBundledKeys() throws Exception {
        QalamProcess.Result result = QalamProcess.run("", "extractors");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).contains("config    numbers.min-value  ")
                .contains("config    entities.gazetteer  ").contains("config    dates.zone  ");
    }
}
