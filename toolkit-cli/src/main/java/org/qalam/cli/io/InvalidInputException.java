package org.qalam.cli.io;

/** Input that is not valid UTF-8: names the source and the byte offset of the first bad byte. */
public final class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final long byteOffset;

    /** For a bad byte at {@code byteOffset} of {@code source}. */
    public InvalidInputException(String source, long byteOffset) {
        super(source + ": invalid UTF-8 at byte offset " + byteOffset);
        this.source = source;
        this.byteOffset = byteOffset;
    }

    /** The file name, or {@code <stdin>}. */
    public String source() {
        return source;
    }

    /** Offset of the first invalid byte from the start of the input. */
    public long byteOffset() {
        return byteOffset;
    }
}
