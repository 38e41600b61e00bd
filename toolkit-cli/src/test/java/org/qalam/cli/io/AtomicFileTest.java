package org.qalam.cli.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    private long files() throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.count();
        }
    }

    @Test
    void theTargetAppearsOnlyOnCommit() throws IOException {
        Path target = dir.resolve("out.jsonl");
        AtomicFile file = AtomicFile.create(target);
        file.writer().write("سطر\n");
        file.writer().flush();

        assertThat(target).doesNotExist();
        assertThat(files()).isEqualTo(1);

        file.commit();

        assertThat(target).hasContent("سطر");
        assertThat(files()).isEqualTo(1);
    }

    @Test
    void abortLeavesTheOldTargetAndNoTemporaryFile() throws IOException {
        Path target = Files.writeString(dir.resolve("out.jsonl"), "old");
        try (AtomicFile file = AtomicFile.create(target)) {
            file.writer().write("new");
        }

        assertThat(target).hasContent("old");
        assertThat(files()).isEqualTo(1);
    }

    @Test
    void parentFoldersAreCreated() throws IOException {
        Path target = dir.resolve("a/b/out.tsv");
        AtomicFile file = AtomicFile.create(target);
        file.commit();

        assertThat(target).exists();
    }

    @Test
    void theFileGetsTheUsualPermissionsNotPrivateOnes() throws IOException {
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.getFileStore(plain)
                .supportsFileAttributeView("posix"), "POSIX permissions");
        AtomicFile file = AtomicFile.create(dir.resolve("out.json"));
        file.writer().write("{}");
        file.commit();

        assertThat(Files.getPosixFilePermissions(dir.resolve("out.json")))
                .isEqualTo(Files.getPosixFilePermissions(plain));
    }
}
