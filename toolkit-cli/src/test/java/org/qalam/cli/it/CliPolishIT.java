package org.qalam.cli.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rough edges a new user met in the first hour, each smoothed and kept so. */
class CliPolishIT {

    private static final String TWO_LINES = "نزح 12 ألف شخص\nوصل 3 زوار أمس\n";

    @TempDir
    Path dir;

    @Test
    void onATerminalTheDefaultFormatIsText() throws Exception {
        QalamProcess.Result tty = QalamProcess.runWithJvmOptions(
                List.of("-Dqalam.stdout.tty=true", "-Dqalam.stderr.tty=false"), "نزح 12 ألف شخص",
                "analyze", "--color", "never");
        assertThat(tty.exitCode()).isZero();
        assertThat(tty.stdout()).startsWith("═══").doesNotContain("\"tokens\"");

        QalamProcess.Result pipe = QalamProcess.run("نزح 12 ألف شخص", "analyze");
        assertThat(pipe.stdout()).startsWith("{").contains("\"tokens\"");
    }

    @Test
    void jsonWithSeveralDocumentsIsOneArray() throws Exception {
        QalamProcess.Result result = QalamProcess.run(TWO_LINES, "analyze", "--lines",
                "--format", "json");
        assertThat(result.exitCode()).isZero();
        JsonNode array = new ObjectMapper().readTree(result.stdout());
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(2);

        QalamProcess.Result none = QalamProcess.run("\n", "analyze", "--lines", "--format",
                "json");
        assertThat(new ObjectMapper().readTree(none.stdout())).isEmpty();
    }

    @Test
    void outputFilesGetTheUsualPermissions() throws Exception {
        Path plain = Files.createFile(dir.resolve("plain"));
        Assumptions.assumeTrue(Files.getFileStore(plain).supportsFileAttributeView("posix"));
        Path out = dir.resolve("out.json");
        QalamProcess.Result result = QalamProcess.run("نص", "analyze", "-o", out.toString());
        assertThat(result.exitCode()).isZero();
        // The test JVM and qalam share the umask, so a file made here shows what it allows.
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
                .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)))
                .isNotEqualTo("rw-------");
    }

    @Test
    void usageErrorsPointToHelpInsteadOfPrintingIt() throws Exception {
        QalamProcess.Result result = QalamProcess.run("", "analyze", "--frmat", "json")
                .assertUsageError("qalam: Unknown option: '--frmat'",
                        "Try 'qalam analyze --help' for more information.");
        assertThat(result.stderr()).doesNotContain("Usage:");
        assertThat(result.stderr().lines().count()).isLessThanOrEqualTo(4);
    }

    @Test
    void aBadReferenceDateSaysTheFormat() throws Exception {
        QalamProcess.run("x", "analyze", "--reference-date", "15/03/2024")
                .assertUsageError("'15/03/2024' is not a date as YYYY-MM-DD");
    }

    @Test
    void aGlobMatchingNothingIsReported() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "نص", StandardCharsets.UTF_8);
        QalamProcess.Result result = QalamProcess.run("", "analyze", "--glob", "*.md",
                dir.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).contains("--glob '*.md' matches no file");
    }

    @Test
    void helpEndsWithExamplesExitCodesAndJavaOptions() throws Exception {
        QalamProcess.Result result = QalamProcess.run("", "--help");
        assertThat(result.exitCode()).isZero();
        String help = result.stdout();
        assertThat(help).contains("Exit codes:", "Examples:", "QALAM_JAVA_OPTS");
        assertThat(help.indexOf("Examples:")).isGreaterThan(help.indexOf("Commands:"));
        assertThat(help).contains("serve");
    }

    @Test
    void theLaunchersBuildStepPrintsNoEscapeCodes() throws Exception {
        Path launcher = Path.of(System.getProperty("user.dir")).getParent().resolve("bin/qalam");
        Assumptions.assumeTrue(Files.isExecutable(launcher), "bin/qalam beside the module");
        Path root = Files.createDirectories(dir.resolve("root/bin"));
        Files.copy(launcher, root.resolve("qalam"));
        root.resolve("qalam").toFile().setExecutable(true);
        Path fakeBin = Files.createDirectories(dir.resolve("fake"));
        Path mvn = fakeBin.resolve("mvn");
        // Stands in for Maven 3.8, which prints colour resets even with -B.
        Files.writeString(mvn, "#!/bin/sh\nprintf '\\033[0m\\033[0mbuilt\\n'\n"
                + "printf '\\033[1;31mwarning\\033[m\\n' >&2\n");
        mvn.toFile().setExecutable(true);
        ProcessBuilder builder = new ProcessBuilder("bash", root.resolve("qalam").toString(),
                "--version");
        builder.environment().put("PATH", fakeBin + ":" + System.getenv("PATH"));
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] stderr = process.getErrorStream().readAllBytes();
        process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = new String(stderr, StandardCharsets.UTF_8);
        assertThat(err).contains("building", "built", "warning").doesNotContain("\u001b");
    }
}
