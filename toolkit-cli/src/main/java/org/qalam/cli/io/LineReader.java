package org.qalam.cli.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads UTF-8 lines from a byte stream in bounded memory, strictly decoded, with the line number
 * and byte offset of each. Line ends are {@code \n}, {@code \r\n} or a final line without one;
 * the returned text has no line terminator.
 */
public final class LineReader implements Closeable {

    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final String source;
    private final boolean replaceInvalid;
    private final byte[] buffer = new byte[BUFFER];
    private int position;
    private int limit;
    private long consumed;
    private long lineNumber;
    private boolean eof;
    private byte[] line = new byte[256];

    /**
     * @param source name used in error messages
     * @param replaceInvalid substitute U+FFFD for bad bytes instead of failing
     */
    public LineReader(InputStream in, String source, boolean replaceInvalid) {
        this.in = in;
        this.source = source;
        this.replaceInvalid = replaceInvalid;
    }

    /** The next line, or {@code null} at the end of the input. */
    public Line next() throws IOException {
        int length = 0;
        long start = consumed;
        while (true) {
            if (position == limit) {
                if (eof || !fill()) {
                    if (length == 0 && consumed == start) {
                        return null;
                    }
                    return decode(length, start);
                }
            }
            byte b = buffer[position++];
            consumed++;
            if (b == '\n') {
                if (length > 0 && line[length - 1] == '\r') {
                    length--;
                }
                return decode(length, start);
            }
            if (length == line.length) {
                line = Arrays.copyOf(line, line.length * 2);
            }
            line[length++] = b;
        }
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

    private Line decode(int length, long startOffset) {
        lineNumber++;
        if (replaceInvalid) {
            Utf8.Decoded decoded = Utf8.decodeReplacing(line, 0, length);
            return new Line(decoded.text(), lineNumber, startOffset, decoded.replaced());
        }
        return new Line(Utf8.decode(line, 0, length, source, startOffset), lineNumber,
                startOffset, false);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /**
     * One decoded line.
     *
     * @param number 1-based line number
     * @param byteOffset offset of the line's first byte in the input
     * @param replaced whether invalid bytes were replaced
     */
    public record Line(String text, long number, long byteOffset, boolean replaced) {
    }
}
