package org.qalam.cli.io;

/** What to do with input bytes that are not UTF-8; chosen with {@code --on-invalid}. */
public enum InvalidUtf8Action {
    /** Report the file and byte offset and stop reading that input. */
    FAIL,
    /** Substitute U+FFFD for each malformed sequence and go on. */
    REPLACE,
    /** Drop the document (the line with {@code --lines}, else the file) and go on. */
    SKIP
}
