package org.qalam.cli.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qalam.cli.QalamCli;

/** {@code qalam split --adapt}: counts the input first, then splits with its names. */
class SplitCommandTest {

    @TempDir
    Path temp;

    @Test
    void adaptLearnsTheNamesOfTheInput() throws Exception {
        List<String> lines = new ArrayList<>(Collections.nCopies(4, "مهرجان قرطاج الدولي"));
        lines.add("أقيم الحفل فيقرطاج أمس");
        Path input = Files.write(temp.resolve("in.txt"), lines, StandardCharsets.UTF_8);

        List<String> plain = run("split", input.toString());
        List<String> adapted = run("split", "--adapt", input.toString());

        assertThat(plain).hasSize(5).last().isEqualTo("أقيم الحفل فيقرطاج أمس");
        assertThat(adapted).hasSize(5).last().isEqualTo("أقيم الحفل في قرطاج أمس");
        assertThat(adapted.subList(0, 4)).isEqualTo(lines.subList(0, 4));
    }

    private static List<String> run(String... args) {
        PrintStream before = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            assertThat(QalamCli.run(args)).isZero();
        } finally {
            System.setOut(before);
        }
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
