package org.qalam.cli.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code qalam split} as a process: fused words get their spaces back, nothing else changes. */
class SplitCommandIT {

    @Test
    void restoresSpacesOnStandardInput() throws Exception {
        QalamProcess.Result result = QalamProcess.run("الولاياتالمتحدةوروسيا\n", "split");
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).isEqualTo("الولايات المتحدة وروسيا\n");
    }

    @Test
    void keepsEverythingElseAndReadsFiles(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("in.txt");
        Files.writeString(file, "لدى الأممالمتحدة،  في 2006كانت\n\nمرحبا بكم!\n");
        QalamProcess.Result result = QalamProcess.run("", "split", file.toString(), "-");
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).isEqualTo("لدى الأمم المتحدة،  في 2006 كانت\n\nمرحبا بكم!\n");
    }

    @Test
    void reportsInvalidUtf8WithTheFileName() throws Exception {
        QalamProcess.Result result = QalamProcess.run(new byte[] {(byte) 0xD8, 'a', '\n'}, "split");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).contains("<stdin>");
    }
}
