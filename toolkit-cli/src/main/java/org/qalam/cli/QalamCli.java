package org.qalam.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.qalam.cli.analyze.AnalyzeCommand;
import org.qalam.cli.extractors.ExtractorsCommand;
import org.qalam.cli.serve.ServeCommand;
import org.qalam.cli.split.SplitCommand;
import org.qalam.cli.text.NormalizeCommand;
import org.qalam.cli.text.TokenizeCommand;
import org.qalam.cli.train.TrainCommand;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The {@code qalam} command: Arabic text analysis from the shell. Data goes to stdout, logs to
 * stderr; exit code 0 means success, 1 a failure (named file and reason), 2 a usage error.
 */
@Command(name = "qalam",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Arabic text analysis: tokens, words, fused-word repair, numbers, dates, entities.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:some input failed (each failure named on stderr); the others were processed",
            "2:usage error: unknown option, bad value, a pipeline that cannot be built"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  qalam analyze article.txt                  text on a terminal, JSON in a pipe",
            "  qalam analyze --lines --format jsonl corpus/ -o out.jsonl",
            "  echo 'نزح 12 ألف شخص إلى جنوبسوريا أمس' | qalam analyze --format json",
            "  qalam split < fused.txt > repaired.txt",
            "  qalam serve --port 8080                    HTTP API and web page on 127.0.0.1",
            "  qalam analyze --help                       every option of one command",
            "",
            "Environment:",
            "  QALAM_JAVA_OPTS   JVM options for bin/qalam, e.g. QALAM_JAVA_OPTS=-Xmx512m",
            "  QALAM_DEBUG       set to print stack traces with errors",
            "  NO_COLOR          set to turn colours off",
            ""},
        subcommands = {
            AnalyzeCommand.class,
            ExtractorsCommand.class,
            TokenizeCommand.class,
            NormalizeCommand.class,
            SplitCommand.class,
            ServeCommand.class,
            TrainCommand.class,
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

    /**
     * A usage error: the message and one line pointing to {@code --help}, not the whole help,
     * so that the mistake stays on screen; exit code 2.
     */
    static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine failed = e.getCommandLine();
        PrintWriter err = failed.getErr();
        err.println("qalam: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more "
                + "information.");
        err.flush();
        return EXIT_USAGE;
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
        commandLine.setParameterExceptionHandler(QalamCli::usageError);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }
}
