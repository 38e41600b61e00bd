package org.qalam.cli.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads UTF-8 lines from a byte stream in bounded memory, with the line number and byte offset of
 * each, so that a 1 GB file never sits in memory whole. Line ends are {@code \n}, {@code \r\n} or
 * a final line without one; the returned text has no line terminator. A line longer than the
 * limit is consumed without being kept and comes back as {@link Line.Status#TOO_LONG}.
 */
public final class LineReader implements Closeable {

    private static final int BUFFER = 1 << 16;
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    private final InputStream in;
    private final String source;
    private final InvalidUtf8Action onInvalid;
    private final long maxLineBytes;
    private final byte[] buffer = new byte[BUFFER];
    private int position;
    private int limit;
    private long consumed;
    private long lineNumber;
    private boolean eof;
    private byte[] line = new byte[256];

    /**
     * @param source name used in error messages
     * @param onInvalid what to do with a line that is not UTF-8
     * @param maxLineBytes longest line kept, in bytes (its terminator excluded)
     */
    public LineReader(InputStream in, String source, InvalidUtf8Action onInvalid,
                      long maxLineBytes) {
        this.in = in;
        this.source = source;
        this.onInvalid = onInvalid;
        this.maxLineBytes = Math.min(maxLineBytes, MAX_ARRAY);
    }

    /**
     * A reader without a line-length limit that fails on, or replaces, invalid UTF-8.
     *
     * @param source name used in error messages
     * @param replaceInvalid substitute U+FFFD for bad bytes instead of failing
     */
    public LineReader(InputStream in, String source, boolean replaceInvalid) {
        this(in, source, replaceInvalid ? InvalidUtf8Action.REPLACE : InvalidUtf8Action.FAIL,
                MAX_ARRAY);
    }

    /**
     * The next line, or {@code null} at the end of the input.
     *
     * @throws InvalidInputException for a line that is not UTF-8 when the action is FAIL
     */
    public Line next() throws IOException {
        int length = 0;
        long skipped = 0;
        long start = consumed;
        while (true) {
            if (position == limit && (eof || !fill())) {
                if (consumed == start) {
                    return null;
                }
                return finish(length, skipped, start);
            }
            byte b = buffer[position++];
            consumed++;
            if (b == '\n') {
                if (skipped == 0 && length > 0 && line[length - 1] == '\r') {
                    length--;
                }
                return finish(length, skipped, start);
            }
            if (skipped > 0 || length >= maxLineBytes) {
                skipped++;
                continue;
            }
            if (length == line.length) {
                line = Arrays.copyOf(line, (int) Math.min(maxLineBytes, line.length * 2L));
            }
            line[length++] = b;
        }
    }

    /**
     * Whether reading the next line would wait for the producer: nothing is buffered and the
     * stream has no bytes available (a pipe or terminal that has gone quiet).
     */
    public boolean wouldBlock() throws IOException {
        return position == limit && !eof && in.available() == 0;
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer, 0, buffer.length);
        if (read <= 0) {
            eof = true;
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }

    private Line finish(int length, long skipped, long startOffset) {
        lineNumber++;
        long bytes = consumed - startOffset;
        if (skipped > 0) {
            return new Line("", lineNumber, startOffset, bytes, Line.Status.TOO_LONG);
        }
        if (onInvalid == InvalidUtf8Action.FAIL) {
            return new Line(Utf8.decode(line, 0, length, source, startOffset), lineNumber,
                    startOffset, bytes, Line.Status.OK);
        }
        Utf8.Decoded decoded = Utf8.decodeReplacing(line, 0, length);
        if (!decoded.replaced()) {
            return new Line(decoded.text(), lineNumber, startOffset, bytes, Line.Status.OK);
        }
        return onInvalid == InvalidUtf8Action.REPLACE
                ? new Line(decoded.text(), lineNumber, startOffset, bytes, Line.Status.REPLACED)
                : new Line("", lineNumber, startOffset, bytes, Line.Status.INVALID);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /**
     * One line.
     *
     * @param text the decoded text, empty for a line that was not kept
     * @param number 1-based line number
     * @param byteOffset offset of the line's first byte in the input
     * @param byteLength bytes the line took in the input, terminator included
     * @param status whether the text is the line as written
     */
    public record Line(String text, long number, long byteOffset, long byteLength,
                       Status status) {

        /** How a line was read. */
        public enum Status {
            /** Valid UTF-8, kept as written. */
            OK,
            /** Invalid bytes were replaced with U+FFFD. */
            REPLACED,
            /** Invalid UTF-8, dropped ({@code --on-invalid skip}). */
            INVALID,
            /** Longer than the limit, dropped. */
            TOO_LONG
        }
    }
}
