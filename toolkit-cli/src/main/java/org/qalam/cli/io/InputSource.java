package org.qalam.cli.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file or standard input, named as it appears in messages and document ids.
 */
public record InputSource(String name, Path path) {

    /** The name used for standard input. */
    public static final String STDIN = "<stdin>";

    /** Standard input. */
    public static InputSource stdin() {
        return new InputSource(STDIN, null);
    }

    /** A file. */
    public static InputSource file(Path path) {
        return new InputSource(path.toString(), path);
    }

    /** {@code -} is standard input, anything else a file path. */
    public static InputSource parse(String argument) {
        return "-".equals(argument) ? stdin() : file(Path.of(argument));
    }

    /** Whether this is standard input. */
    public boolean isStdin() {
        return path == null;
    }

    /** Opens the bytes; standard input is not closed by closing the stream returned. */
    public InputStream open() throws IOException {
        if (isStdin()) {
            return new java.io.FilterInputStream(System.in) {
                @Override
                public void close() {
                    // standard input stays open for the JVM
                }
            };
        }
        return Files.newInputStream(path);
    }
}
