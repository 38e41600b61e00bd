package org.qalam.cli.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code qalam tokenize} and {@code qalam normalize} as processes, on stdin and on files. */
class TextCommandsIT {

    @Test
    void tokenizesLineByLineAsText() throws Exception {
        QalamProcess.Result result = QalamProcess.run("قال الوزير: ارتفع ١٢٫٥٪.\n\nمرحبا\n",
                "tokenize");
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).isEqualTo("قال الوزير : ارتفع ١٢٫٥٪ .\n\nمرحبا\n");
    }

    @Test
    void tokenizesToConlluWithMultiWordTokens() throws Exception {
        QalamProcess.Result result = QalamProcess.run("وقال للصحفيين.\n", "tokenize",
                "--format", "conllu");
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout().lines()).contains("# text = وقال للصحفيين.")
                .anyMatch(line -> line.startsWith("1-2\tوقال\t"))
                .anyMatch(line -> line.startsWith("3-5\tللصحفيين\t"))
                .anyMatch(line -> line.startsWith("4\tال\t"));
    }

    @Test
    void tokenizesToJsonLines() throws Exception {
        QalamProcess.Result result = QalamProcess.run("سطر أول\n\nسطر ثان\n", "tokenize",
                "--format", "jsonl");
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout().lines()).hasSize(2);
        assertThat(result.stdout()).contains("\"id\":\"<stdin>:3\"").contains("\"kind\":\"word\"");
    }

    @Test
    void normalizesWithProfilesAndStripsDiacritics(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("in.txt");
        Files.writeString(file, "أَحْمَـــد ١٢\n");
        QalamProcess.Result stripped = QalamProcess.run("", "normalize", "--strip-diacritics",
                file.toString());
        assertThat(stripped.exitCode()).as(stripped.stderr()).isZero();
        assertThat(stripped.stdout()).isEqualTo("أحمد ١٢\n");
        QalamProcess.Result search = QalamProcess.run("أَحْمَـــد ١٢\n", "normalize",
                "--profile", "search");
        assertThat(search.stdout()).isEqualTo("احمد 12\n");
    }

    @Test
    void reportsAMissingFileAndGoesOn(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "نص\n");
        QalamProcess.Result result = QalamProcess.run("", "normalize",
                dir.resolve("missing.txt").toString(), good.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).contains("missing.txt");
        assertThat(result.stdout()).isEqualTo("نص\n");
    }

    @Test
    void rejectsAnUnknownKeepMark() throws Exception {
        QalamProcess.run("نص\n", "normalize", "--keep", "sukun").assertUsageError("sukun");
    }
}
