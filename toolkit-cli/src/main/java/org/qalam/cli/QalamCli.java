package org.qalam.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.qalam.cli.analyze.AnalyzeCommand;
import org.qalam.cli.extractors.ExtractorsCommand;
import org.qalam.cli.split.SplitCommand;
import org.qalam.cli.text.NormalizeCommand;
import org.qalam.cli.text.TokenizeCommand;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code qalam} command: Arabic text analysis from the shell. Data goes to stdout, logs to
 * stderr; exit code 0 means success, 1 a failure (named file and reason), 2 a usage error.
 */
@Command(name = "qalam",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Arabic text analysis: tokens, words, fused-word repair, numbers, dates, entities.",
        subcommands = {
            AnalyzeCommand.class,
            ExtractorsCommand.class,
            TokenizeCommand.class,
            NormalizeCommand.class,
            SplitCommand.class,
            org.qalam.cli.train.TrainCommand.class,
            AutoComplete.GenerateCompletion.class,
            CommandLine.HelpCommand.class
        })
public final class QalamCli {

    /** Exit code of a run that failed on some input. */
    public static final int EXIT_FAILURE = 1;
    /** Exit code of a command line that could not be understood. */
    public static final int EXIT_USAGE = 2;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String... args) {
        CommandLine commandLine = commandLine();
        return commandLine.execute(args);
    }

    /** The configured picocli command line, UTF-8 on both streams. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new QalamCli());
        // picocli hides generate-completion by default; list it so that people find it.
        commandLine.getSubcommands().get("generate-completion").getCommandSpec().usageMessage()
                .hidden(false);
        commandLine.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
        commandLine.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        commandLine.setExecutionExceptionHandler(new FailureHandler());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }
}
