package org.qalam.cli.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Version, help and shell completion. */
class CommandsIT {

    @Test
    void versionNamesTheReleaseAndTheCommit() throws Exception {
        QalamProcess.Result result = QalamProcess.run("", "--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).matches("(?s)qalam \\d+\\.\\d+\\.\\d+\\S* \\(commit \\S+.*\\)\n"
                + "Java .*");
    }

    @Test
    void generateCompletionPrintsABashScript() throws Exception {
        QalamProcess.Result result = QalamProcess.run("", "generate-completion");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).contains("complete -F").contains("analyze")
                .contains("--format");
    }

    @Test
    void helpListsTheNewOptions() throws Exception {
        QalamProcess.Result result = QalamProcess.run("", "analyze", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).contains("--output").contains("--threads").contains("--glob")
                .contains("--on-invalid").contains("--max-document-size").contains("conllu")
                .contains("--plugins").contains("--strict").contains("--config")
                .contains("--config-file").contains("--overlap").contains("--step-timeout")
                .contains("30s");
    }
}
