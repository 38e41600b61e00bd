package org.qalam.cli.train;

import picocli.CommandLine.Command;

/**
 * {@code qalam train}: the commands that train Qalam's statistical models from annotated text.
 *
 * <p>A group of its own so that users adapt a model to their domain with the same tool that runs
 * it, and so that later models (one per extractor) join here.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a model from annotated text.",
        subcommands = {TrainEntitiesCommand.class})
public final class TrainCommand {
}
