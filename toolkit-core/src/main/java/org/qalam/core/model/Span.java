package org.qalam.core.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 {@code char} indices into a document's original text.
 *
 * <p>Spans order by start ascending, then end descending, so that an enclosing span sorts before
 * the spans it covers; an empty span (an unwritten word, such as the ال of للجنة) sorts first
 * among the spans that start where it stands, so words keep their reading order.
 */
public record Span(int start, int end) implements Comparable<Span> {

    /** Checks that {@code 0 <= start <= end}. */
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    /** The span {@code [start, end)}. */
    public static Span of(int start, int end) {
        return new Span(start, end);
    }

    /** Number of UTF-16 chars covered. */
    public int length() {
        return end - start;
    }

    /** Whether the span covers no char. */
    public boolean isEmpty() {
        return start == end;
    }

    /** Whether {@code other} lies inside this span (boundaries included). */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /** Whether the two spans share at least one char. */
    public boolean intersects(Span other) {
        return start < other.end && other.start < end;
    }

    /** Whether the spans intersect without one containing the other. */
    public boolean crosses(Span other) {
        return intersects(other) && !contains(other) && !other.contains(this);
    }

    /** The chars of {@code text} covered by this span. */
    public String coveredText(CharSequence text) {
        if (end > text.length()) {
            throw new IndexOutOfBoundsException(
                    "span " + this + " exceeds text length " + text.length());
        }
        return text.subSequence(start, end).toString();
    }

    @Override
    public int compareTo(Span other) {
        int byStart = Integer.compare(start, other.start);
        if (byStart != 0) {
            return byStart;
        }
        if (isEmpty() != other.isEmpty()) {
            return isEmpty() ? -1 : 1;
        }
        return Integer.compare(other.end, end);
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
