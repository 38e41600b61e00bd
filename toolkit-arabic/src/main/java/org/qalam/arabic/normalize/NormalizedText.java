package org.qalam.arabic.normalize;

import java.util.Arrays;
import org.qalam.core.model.Span;

/**
 * A normalized text that remembers, for each of its chars, the span of the original text it came
 * from, like Lucene's {@code CharFilter.correctOffset}.
 *
 * <p>Why: matches found in normalized text (a name, a number) must be reported on the original.
 * Removed diacritics and tatweel count as part of the preceding letter; other removed chars
 * (controls) fall in the gap between two normalized chars. A ligature that expands to several
 * chars maps each of them to the ligature's span. Instances are immutable.
 */
public final class NormalizedText {

    private final String original;
    private final String text;
    private final int[] starts;
    private final int[] ends;

    NormalizedText(String original, String text, int[] starts, int[] ends) {
        this.original = original;
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    /** The text before normalization. */
    public String original() {
        return original;
    }

    /** The normalized text. */
    public String text() {
        return text;
    }

    /** Length of the normalized text. */
    public int length() {
        return text.length();
    }

    /**
     * The original offset where normalized char {@code index} starts; for
     * {@code index == length()} the original's length.
     */
    public int originalStart(int index) {
        checkIndex(index);
        return index == text.length() ? original.length() : starts[index];
    }

    /**
     * The original offset just after the source of normalized char {@code end - 1}; 0 for
     * {@code end == 0}.
     */
    public int originalEnd(int end) {
        checkIndex(end);
        return end == 0 ? 0 : ends[end - 1];
    }

    /** The original span that normalized range {@code [start, end)} came from. */
    public Span toOriginal(int start, int end) {
        if (start > end) {
            throw new IllegalArgumentException("invalid range [" + start + ", " + end + ")");
        }
        int from = originalStart(start);
        return start == end ? Span.of(from, from) : Span.of(from, originalEnd(end));
    }

    /** The original text that normalized range {@code [start, end)} came from. */
    public String originalText(int start, int end) {
        return toOriginal(start, end).coveredText(original);
    }

    /**
     * The normalized index of the first char whose source starts at or after original offset
     * {@code offset}; {@code length()} if there is none.
     */
    public int toNormalized(int offset) {
        if (offset < 0 || offset > original.length()) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside [0, "
                    + original.length() + "]");
        }
        int low = 0;
        int high = text.length();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (starts[mid] < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private void checkIndex(int index) {
        if (index < 0 || index > text.length()) {
            throw new IndexOutOfBoundsException("index " + index + " outside [0, "
                    + text.length() + "]");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NormalizedText that && original.equals(that.original)
                && text.equals(that.text) && Arrays.equals(starts, that.starts)
                && Arrays.equals(ends, that.ends);
    }

    @Override
    public int hashCode() {
        return 31 * original.hashCode() + text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
