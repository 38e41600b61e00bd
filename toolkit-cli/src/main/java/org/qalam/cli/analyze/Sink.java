package org.qalam.cli.analyze;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.qalam.cli.io.AtomicFile;

/** Where rendered documents go: standard output, or a file that appears only when complete. */
interface Sink {

    /** Writes rendered text. */
    void write(String text);

    /** The writer behind {@link #write}, for formatters that stream a large document. */
    Writer writer();

    /** Pushes buffered text out to a reader waiting on the other end (standard output only). */
    default void flush() {
    }

    /** Completes the output: flushes standard output, or renames the file into place. */
    void finish() throws IOException;

    /** Gives up: a file is deleted, standard output is flushed as it is. */
    void abort();

    /** Called before each document is written; a JSON array writes its comma here. */
    default void startDocument() {
    }

    /**
     * {@code sink} as one JSON array: {@code [} first, a comma between documents, {@code ]} on
     * {@link #finish()}, so that several JSON documents make one valid JSON text.
     */
    static Sink jsonArray(Sink sink) {
        sink.write("[\n");
        return new Sink() {
            private boolean first = true;

            @Override
            public void startDocument() {
                if (!first) {
                    sink.write(",\n");
                }
                first = false;
            }

            @Override
            public void write(String text) {
                sink.write(text);
            }

            @Override
            public Writer writer() {
                return sink.writer();
            }

            @Override
            public void flush() {
                sink.flush();
            }

            @Override
            public void finish() throws IOException {
                sink.write("]\n");
                sink.finish();
            }

            @Override
            public void abort() {
                sink.abort();
            }
        };
    }

    /** UTF-8 standard output, buffered; never closed. */
    static Sink stdout(String header) {
        Writer out = new BufferedWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16);
        Sink sink = new Sink() {
            @Override
            public void write(String text) {
                try {
                    out.write(text);
                } catch (IOException e) {
                    throw new UncheckedIOException("standard output: " + e.getMessage(), e);
                }
            }

            @Override
            public Writer writer() {
                return out;
            }

            @Override
            public void flush() {
                try {
                    out.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException("standard output: " + e.getMessage(), e);
                }
            }

            @Override
            public void finish() throws IOException {
                out.flush();
            }

            @Override
            public void abort() {
                try {
                    out.flush();
                } catch (IOException ignored) {
                    // nowhere left to report it
                }
            }
        };
        sink.write(header);
        return sink;
    }

    /** A file written through a temporary file and renamed into place on {@link #finish()}. */
    static Sink file(Path target, String header) throws IOException {
        AtomicFile file = AtomicFile.create(target);
        Sink sink = new Sink() {
            @Override
            public void write(String text) {
                try {
                    file.writer().write(text);
                } catch (IOException e) {
                    throw new UncheckedIOException(file.target() + ": " + e.getMessage(), e);
                }
            }

            @Override
            public Writer writer() {
                return file.writer();
            }

            @Override
            public void finish() throws IOException {
                file.commit();
            }

            @Override
            public void abort() {
                file.abort();
            }
        };
        sink.write(header);
        return sink;
    }
}
