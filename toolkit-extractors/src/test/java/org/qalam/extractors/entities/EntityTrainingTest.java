package org.qalam.extractors.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qalam.core.model.Mention;

/** Training from CoNLL text, the model file it writes, and the errors for files that are none. */
class EntityTrainingTest {

    private static final String CORPUS = """
            قال\tO
            زيدان\tB-PERS
            كرومي\tI-PERS
            في\tO
            بلدة\tO
            كفرنبودة\tB-LOC
            .\tO

            وصل\tO
            زيدان\tB-PERS
            كرومي\tI-PERS
            إلى\tO
            كفرنبودة\tB-LOC
            .\tO

            """;

    @Test
    void trainsAModelThatTheExtractorLoads(@TempDir Path dir) throws IOException {
        Path train = dir.resolve("train.conll");
        Files.writeString(train, CORPUS.repeat(5));
        Path model = dir.resolve("m.bin");
        List<String> progress = new ArrayList<>();

        EntityTraining.Result result = EntityTraining.train(
                new EntityTraining.Settings(train, Optional.empty(), 0, 3), model, progress::add);

        assertThat(result.sentences()).isEqualTo(10);
        assertThat(result.features()).isPositive();
        assertThat(progress).anyMatch(line -> line.startsWith("order 4/4, pass 3/3"));
        assertThat(progress).noneMatch(line -> line.startsWith("order 5/"));
        List<Mention> mentions = Pipelines.mentions(Pipelines.entities(model), "قال زيدان كرومي في بلدة كفرنبودة .");
        assertThat(mentions).extracting(m -> m.type() + ":" + m.text())
                .contains("person:زيدان كرومي");
    }

    @Test
    void sameInputGivesTheSameModel(@TempDir Path dir) throws IOException {
        Path train = dir.resolve("train.conll");
        Files.writeString(train, CORPUS.repeat(3));
        Path first = dir.resolve("a.bin");
        Path second = dir.resolve("b.bin");
        EntityTraining.Settings settings =
                new EntityTraining.Settings(train, Optional.empty(), 0, 2);
        EntityTraining.train(settings, first, line -> { });
        EntityTraining.train(settings, second, line -> { });
        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
    }

    @Test
    void namesTheLineOfABadTag(@TempDir Path dir) throws IOException {
        Path train = dir.resolve("bad.conll");
        Files.writeString(train, "قال\tO\nزيدان\tB-PER\n");
        assertThatThrownBy(() -> EntityTraining.train(
                new EntityTraining.Settings(train, Optional.empty(), 0, 1), dir.resolve("m"),
                line -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad.conll:2");
    }

    @Test
    void refusesAFileThatIsNoModel(@TempDir Path dir) throws IOException {
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "not a model");
        assertThatThrownBy(() -> Pipelines.entities(text))
                .hasMessageContaining("is not a Qalam entity model");
    }

    @Test
    void refusesAModelOfAnotherFormatVersion(@TempDir Path dir) throws IOException {
        Path old = dir.resolve("old.bin");
        try (OutputStream out = Files.newOutputStream(old);
             DataOutputStream data = new DataOutputStream(new GZIPOutputStream(out))) {
            data.writeInt(0x514E4552);
            data.writeInt(SequenceTagger.FORMAT_VERSION + 1);
            data.writeInt(Features.VERSION);
        }
        assertThatThrownBy(() -> Pipelines.entities(old))
                .hasMessageContaining("format " + (SequenceTagger.FORMAT_VERSION + 1))
                .hasMessageContaining("retrain");
    }
}
