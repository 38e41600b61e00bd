package org.qalam.cli;

import org.qalam.core.pipeline.PipelineException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception escaping a command into one line on stderr and an exit code: 2 for a
 * pipeline that cannot be built from the options given, 1 for anything else. No stack trace
 * unless {@code QALAM_DEBUG} is set.
 */
final class FailureHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parsed) {
        commandLine.getErr().println("qalam: " + (e.getMessage() == null ? e : e.getMessage()));
        if (System.getenv("QALAM_DEBUG") != null) {
            e.printStackTrace(commandLine.getErr());
        }
        commandLine.getErr().flush();
        return e instanceof PipelineException || e instanceof CommandLine.ParameterException
                ? QalamCli.EXIT_USAGE : QalamCli.EXIT_FAILURE;
    }
}
