package org.qalam.cli;

import java.io.IOException;
import org.qalam.core.pipeline.PipelineException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception escaping a command into one line on stderr and an exit code: 2 for a
 * pipeline that cannot be built from the options given, 1 for anything else. No stack trace
 * unless {@code QALAM_DEBUG} is set, and no message at all when the reader of standard output
 * went away.
 */
final class FailureHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parsed) {
        if (isBrokenPipe(e)) {
            // The reader went away (qalam ... | head): stop quietly, as other tools do.
            return QalamCli.EXIT_FAILURE;
        }
        if (e instanceof CommandLine.ParameterException usage) {
            return QalamCli.usageError(usage, new String[0]);
        }
        commandLine.getErr().println("qalam: " + (e.getMessage() == null ? e : e.getMessage()));
        if (System.getenv("QALAM_DEBUG") != null) {
            e.printStackTrace(commandLine.getErr());
        }
        commandLine.getErr().flush();
        return e instanceof PipelineException || e instanceof CommandLine.ParameterException
                ? QalamCli.EXIT_USAGE : QalamCli.EXIT_FAILURE;
    }

    private static boolean isBrokenPipe(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException && cause.getMessage() != null
                    && cause.getMessage().contains("Broken pipe")) {
                return true;
            }
        }
        return false;
    }
}
