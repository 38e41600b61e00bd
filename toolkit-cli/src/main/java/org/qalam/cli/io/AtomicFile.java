package org.qalam.cli.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An output file that appears whole or not at all: data goes to a hidden temporary file beside
 * the target, which is renamed over the target on {@link #commit()}. A run that fails, is
 * interrupted (Ctrl-C, SIGTERM) or never commits leaves no partial file: {@link #abort()} and a
 * shutdown hook delete the temporary file.
 */
public final class AtomicFile implements AutoCloseable {

    private static final Set<AtomicFile> OPEN = ConcurrentHashMap.newKeySet();
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Temporary names tried before giving up; a clash needs another writer in the folder. */
    private static final int MAX_NAME_ATTEMPTS = 16;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(AtomicFile::abortAll, "qalam-cleanup"));
    }

    private final Path target;
    private final Path temporary;
    private final Writer writer;
    private boolean done;

    private AtomicFile(Path target, Path temporary, Writer writer) {
        this.target = target;
        this.temporary = temporary;
        this.writer = writer;
    }

    /** Starts writing {@code target}, creating its parent folders. */
    public static AtomicFile create(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        // Not Files.createTempFile, which makes the file 0600: the output gets the permissions
        // of any file the user creates (0666 less the umask), as with shell redirection.
        Path temporary = null;
        OutputStream out = null;
        for (int attempt = 0; out == null; attempt++) {
            temporary = parent.resolve("." + absolute.getFileName() + "."
                    + Long.toUnsignedString(RANDOM.nextLong(), Character.MAX_RADIX) + ".part");
            try {
                out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= MAX_NAME_ATTEMPTS) {
                    throw e;
                }
            }
        }
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                1 << 16);
        AtomicFile file = new AtomicFile(absolute, temporary, writer);
        OPEN.add(file);
        return file;
    }

    /** Where the data goes until commit. */
    public Writer writer() {
        return writer;
    }

    /** The file this will become. */
    public Path target() {
        return target;
    }

    /** Flushes, closes and renames the temporary file over the target. */
    public synchronized void commit() throws IOException {
        if (done) {
            throw new IOException(target + ": output was already closed");
        }
        done = true;
        OPEN.remove(this);
        try {
            writer.close();
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    /** Discards what was written; the target is left as it was. */
    public synchronized void abort() {
        if (done) {
            return;
        }
        done = true;
        OPEN.remove(this);
        try {
            writer.close();
        } catch (IOException ignored) {
            // the file is deleted anyway
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // nothing more can be done on the way out
        }
    }

    /** Aborts unless committed. */
    @Override
    public void close() {
        abort();
    }

    private static void abortAll() {
        for (AtomicFile file : OPEN) {
            file.abort();
        }
    }
}
