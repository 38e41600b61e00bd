package org.qalam.cli.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file or standard input, named as it appears in messages and document ids.
 *
 * @param name the path as the user gave it (or as found under a folder), or {@code <stdin>}
 * @param path the file, or {@code null} for standard input
 * @param relative where its output goes under an output folder: the path below the folder
 *                 given on the command line, or the file name
 */
public record InputSource(String name, Path path, Path relative) {

    /** The name used for standard input. */
    public static final String STDIN = "<stdin>";

    /** Standard input. */
    public static InputSource stdin() {
        return new InputSource(STDIN, null, Path.of("stdin"));
    }

    /** A file named on the command line. */
    public static InputSource file(Path path) {
        Path fileName = path.getFileName();
        return new InputSource(path.toString(), path, fileName == null ? path : fileName);
    }

    /** A file found below {@code root}, a folder named on the command line. */
    public static InputSource under(Path root, Path file) {
        return new InputSource(file.toString(), file, root.relativize(file));
    }

    /** {@code -} is standard input, anything else a file path. */
    public static InputSource parse(String argument) {
        return "-".equals(argument) ? stdin() : file(Path.of(argument));
    }

    /** Whether this is standard input. */
    public boolean isStdin() {
        return path == null;
    }

    /** The size in bytes if it is a regular file, else -1. */
    public long size() {
        try {
            return path != null && Files.isRegularFile(path) ? Files.size(path) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    /** Opens the bytes; standard input is not closed by closing the stream returned. */
    public InputStream open() throws IOException {
        if (isStdin()) {
            return new FilterInputStream(System.in) {
                @Override
                public void close() {
                    // standard input stays open for the JVM
                }
            };
        }
        if (Files.isDirectory(path)) {
            throw new IOException("is a folder");
        }
        return Files.newInputStream(path);
    }
}
