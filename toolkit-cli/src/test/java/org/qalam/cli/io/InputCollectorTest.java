package org.qalam.cli.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputCollectorTest {

    @TempDir
    Path root;

    @BeforeEach
    void tree() throws IOException {
        for (String file : List.of("b.txt", "a.txt", "notes.md", ".hidden.txt", "2024/x.txt",
                "2024/deep/y.txt", ".git/config.txt", "2023/z.md")) {
            Path path = root.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, file);
        }
    }

    private List<String> relative(String glob, List<String> problems, String... arguments) {
        return new InputCollector(glob).collect(List.of(arguments), problems::add).stream()
                .map(source -> source.relative().toString()).toList();
    }

    @Test
    void aFolderIsEveryVisibleFileBelowItInPathOrder() {
        assertThat(relative(null, new ArrayList<>(), root.toString())).containsExactly(
                "2023/z.md", "2024/deep/y.txt", "2024/x.txt", "a.txt", "b.txt", "notes.md");
    }

    @Test
    void aGlobWithoutSlashMatchesNamesAndOneWithSlashMatchesPaths() {
        assertThat(relative("*.txt", new ArrayList<>(), root.toString()))
                .containsExactly("2024/deep/y.txt", "2024/x.txt", "a.txt", "b.txt");
        assertThat(relative("2024/*.txt", new ArrayList<>(), root.toString()))
                .containsExactly("2024/x.txt");
        assertThat(relative("2024/**", new ArrayList<>(), root.toString()))
                .containsExactly("2024/deep/y.txt", "2024/x.txt");
    }

    @Test
    void filesNamedExplicitlyAreTakenWhateverTheGlobAndStdinIsTheDefault() {
        List<InputSource> sources = new InputCollector("*.txt").collect(
                List.of(root.resolve("notes.md").toString(), "-"), problem -> { });

        assertThat(sources).extracting(InputSource::name)
                .containsExactly(root.resolve("notes.md").toString(), InputSource.STDIN);
        assertThat(new InputCollector(null).collect(List.of(), problem -> { }))
                .containsExactly(InputSource.stdin());
    }

    @Test
    void aMissingFileIsKeptForTheReaderToReport() {
        List<String> problems = new ArrayList<>();

        assertThat(relative(null, problems, root.resolve("missing.txt").toString()))
                .containsExactly("missing.txt");
        assertThat(problems).isEmpty();
    }
}
