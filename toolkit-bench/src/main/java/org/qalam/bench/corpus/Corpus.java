package org.qalam.bench.corpus;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A named list of documents that one benchmark operation processes in full.
 *
 * <p>Why: every chain under test sees exactly the same documents, and the sizes needed to turn
 * operations per second into MB/s and tokens/s are computed once, outside the measured code.
 *
 * @param name      short id used as a JMH parameter value ({@code news}, {@code wikinews}, ...)
 * @param documents the documents, each analyzed on its own
 * @param chars     total UTF-16 chars over all documents
 * @param utf8Bytes total UTF-8 bytes over all documents (the size a file of this text would have)
 */
public record Corpus(String name, List<String> documents, long chars, long utf8Bytes) {

    /** Validates and copies. */
    public Corpus {
        requireNonNull(name, "name");
        documents = List.copyOf(documents);
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("corpus '" + name + "' has no documents");
        }
    }

    /** A corpus of {@code documents}, with sizes computed from them. */
    public static Corpus of(String name, List<String> documents) {
        long chars = 0;
        long bytes = 0;
        for (String document : documents) {
            chars += document.length();
            bytes += document.getBytes(StandardCharsets.UTF_8).length;
        }
        return new Corpus(name, documents, chars, bytes);
    }

    /** Size in megabytes (10^6 bytes) of the UTF-8 text. */
    public double megabytes() {
        return utf8Bytes / 1e6;
    }

    @Override
    public String toString() {
        return name + " (" + documents.size() + " documents, " + chars + " chars, "
                + utf8Bytes + " UTF-8 bytes)";
    }
}
