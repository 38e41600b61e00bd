package org.qalam.cli.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qalam.cli.QalamCli;

/** {@code qalam train entities}: writes a model from CoNLL text; refuses contradicting options. */
class TrainEntitiesCommandTest {

    private static final String SENTENCE = "قال\tO\nزيدان\tB-PERS\nكرومي\tI-PERS\nفي\tO\n"
            + "كفرنبودة\tB-LOC\n.\tO\n\n";

    @TempDir
    Path temp;

    @Test
    void writesAModel() throws Exception {
        Path train = Files.writeString(temp.resolve("train.conll"), SENTENCE.repeat(10),
                StandardCharsets.UTF_8);
        Path model = temp.resolve("m.bin");

        int code = QalamCli.run("train", "entities", "--train", train.toString(),
                "--hold-out", "20", "--iterations", "2", "-o", model.toString());

        assertThat(code).isZero();
        assertThat(model).isNotEmptyFile();
    }

    @Test
    void refusesADevFileWithAHoldOut() throws Exception {
        Path train = Files.writeString(temp.resolve("train.conll"), SENTENCE,
                StandardCharsets.UTF_8);

        int code = QalamCli.run("train", "entities", "--train", train.toString(),
                "--dev", train.toString(), "--hold-out", "10", "-o", temp.resolve("m").toString());

        assertThat(code).isEqualTo(QalamCli.EXIT_USAGE);
    }
}
