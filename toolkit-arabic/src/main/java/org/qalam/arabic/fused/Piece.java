package org.qalam.arabic.fused;

import java.util.Objects;

/**
 * One word of the repaired text: {@code [start, end)} indexes the original input (UTF-16), and
 * {@code text} is exactly {@code input.substring(start, end)}.
 *
 * <p>Why: fused-word repair must never move offsets; callers map pieces back to the source.
 */
public record Piece(int start, int end, String text) {

    /** Checks that the span is well formed and matches the text length. */
    public Piece {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException(
                    "bad piece [" + start + ", " + end + ") for text of length " + text.length());
        }
    }
}
