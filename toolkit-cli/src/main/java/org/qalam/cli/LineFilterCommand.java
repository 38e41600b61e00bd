package org.qalam.cli;

import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.qalam.cli.io.InputSource;
import org.qalam.cli.io.InvalidInputException;
import org.qalam.cli.io.InvalidUtf8Action;
import org.qalam.cli.io.LineReader;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Base of the streaming line filters ({@code tokenize}, {@code normalize}, {@code split}): reads files or
 * standard input line by line in bounded memory, hands each line to {@link #line}, and flushes
 * the output whenever the input would block, so that interactive use answers line by line while
 * large files stay buffered. A file that cannot be read or is not valid UTF-8 is reported on
 * stderr, the other inputs are still processed, and the exit code is 1.
 */
public abstract class LineFilterCommand implements Callable<Integer> {

    @Option(names = "--on-invalid", defaultValue = "fail", paramLabel = "ACTION",
            description = "Invalid UTF-8: fail (report file and byte offset and stop reading it), "
                    + "replace with U+FFFD, or skip the line.")
    private InvalidUtf8Action onInvalid;

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Input files; '-' or none for standard input.")
    private List<String> inputs = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    private int failures;

    /** The picocli model of this command, for usage errors. */
    protected CommandSpec spec() {
        return spec;
    }

    /** Prepares the command (loads models) before any input is read. */
    protected void start() {
    }

    /** Called once after the last input line, before the output is flushed. */
    protected void finish(Writer out) throws IOException {
    }

    /** Writes the result for one input line (without its terminator). */
    protected abstract void line(String text, String source, long number, Writer out) throws IOException;

    @Override
    public final Integer call() throws IOException {
        start();
        List<InputSource> sources = inputs.isEmpty() ? List.of(InputSource.stdin())
                : inputs.stream().map(InputSource::parse).toList();
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8),
                1 << 16);
        for (InputSource source : sources) {
            try (InputStream in = flushingBeforeBlocking(source.open(), out)) {
                LineReader reader = new LineReader(in, source.name(),
                        onInvalid == InvalidUtf8Action.REPLACE);
                for (LineReader.Line line = next(reader); line != null; line = next(reader)) {
                    line(line.text(), source.name(), line.number(), out);
                }
            } catch (InvalidInputException e) {
                fail(e.getMessage() + " (use --on-invalid replace or skip to go on)");
            } catch (IOException e) {
                fail(source.name() + ": cannot read: " + (e.getMessage() == null
                        ? e.getClass().getSimpleName() : e.getMessage()));
            }
            out.flush();
        }
        finish(out);
        out.flush();
        return failures == 0 ? 0 : 1;
    }

    /** The next line; with {@code --on-invalid skip}, lines that are not UTF-8 are reported and passed over. */
    private LineReader.Line next(LineReader reader) throws IOException {
        while (true) {
            try {
                return reader.next();
            } catch (InvalidInputException e) {
                if (onInvalid != InvalidUtf8Action.SKIP) {
                    throw e;
                }
                fail(e.getMessage() + " (line skipped)");
            }
        }
    }

    /** Reports a failure on stderr; the exit code will be 1. */
    protected void fail(String message) {
        failures++;
        PrintWriter err = spec.commandLine().getErr();
        err.println("qalam: " + message);
        err.flush();
    }

    /** The input, flushing {@code out} before a read that would wait for more bytes. */
    private static InputStream flushingBeforeBlocking(InputStream in, Writer out) {
        return new FilterInputStream(in) {
            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (super.available() == 0) {
                    out.flush();
                }
                return super.read(buffer, offset, length);
            }
        };
    }
}
