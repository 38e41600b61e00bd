package org.qalam.arabic.fused;

/**
 * A run of Arabic letters (with the marks between them) from the input, reduced to its bare
 * letters, with a map from each bare letter back to its index in the input.
 */
final class LetterRun {

    final String letters;
    private final int[] origin;

    private LetterRun(String letters, int[] origin) {
        this.letters = letters;
        this.origin = origin;
    }

    /** The letters of {@code text[start, end)}, which must begin with a letter. */
    static LetterRun of(CharSequence text, int start, int end) {
        StringBuilder b = new StringBuilder(end - start);
        int[] origin = new int[end - start];
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!Letters.isMark(c)) {
                origin[b.length()] = i;
                b.append(c);
            }
        }
        return new LetterRun(b.toString(), origin);
    }

    /** Index in the input of the bare letter {@code i}. */
    int originOf(int i) {
        return origin[i];
    }
}
