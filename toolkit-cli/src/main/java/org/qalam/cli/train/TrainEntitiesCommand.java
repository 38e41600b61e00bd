package org.qalam.cli.train;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.qalam.extractors.entities.EntityTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code qalam train entities}: trains the entity tagger from CoNLL text (token, tab, BIO tag over
 * PERS, LOC, ORG, MISC; a blank line between sentences) and writes a model that
 * {@code --config entities.model=FILE} loads.
 *
 * <p>Progress and the development score of each pass go to stderr, so that a user sees whether
 * more passes help; the model file is the only output.
 */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "Train the entities tagger from CoNLL/BIO text (PERS, LOC, ORG, MISC).")
public final class TrainEntitiesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--train", required = true, paramLabel = "FILE",
            description = "training text: token<TAB>tag per line, blank line between sentences")
    private Path train;

    @Option(names = "--dev", paramLabel = "FILE",
            description = "development text in the same layout, scored after each pass")
    private Path dev;

    @Option(names = "--hold-out", paramLabel = "PERCENT", defaultValue = "0",
            description = "keep the last PERCENT of the training sentences out of training and "
                    + "score them after each pass (default: ${DEFAULT-VALUE})")
    private int holdOut;

    @Option(names = "--iterations", paramLabel = "N",
            description = "passes over the training text (default: "
                    + EntityTraining.DEFAULT_ITERATIONS + ")")
    private int iterations = EntityTraining.DEFAULT_ITERATIONS;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "MODEL",
            description = "the model file to write")
    private Path output;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        EntityTraining.Settings settings;
        try {
            settings = new EntityTraining.Settings(train, Optional.ofNullable(dev), holdOut,
                    iterations);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        EntityTraining.Result result = EntityTraining.train(settings, output, line -> {
            err.println(line);
            err.flush();
        });
        err.printf(Locale.ROOT, "trained on %d sentences in %.1f s%n", result.sentences(),
                result.seconds());
        err.flush();
        return 0;
    }
}
