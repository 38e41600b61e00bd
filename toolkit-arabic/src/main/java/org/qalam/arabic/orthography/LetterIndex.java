package org.qalam.arabic.orthography;

/**
 * The letters of a stretch of text, with the way back from each letter to the chars it came
 * from: {@code LetterIndex.of("وَالْكِتَابُ", 0, 12).letters()} is {@code "والكتاب"}, and letter 2
 * (ل) starts at char 3 of the text and ends at char 5, its sukun included.
 *
 * <p>Why: segmenters and extractors match letters (no diacritics, tatweel or joiners) but must
 * report spans in the original text; this is the one map between the two. Silent chars
 * ({@link ArabicMarks#isSilent}) belong to the letter before them. Immutable.
 */
public final class LetterIndex {

    private final String letters;
    private final int[] starts;
    private final int start;
    private final int end;

    private LetterIndex(String letters, int[] starts, int start, int end) {
        this.letters = letters;
        this.starts = starts;
        this.start = start;
        this.end = end;
    }

    /** The letters of {@code text[start, end)}. */
    public static LetterIndex of(CharSequence text, int start, int end) {
        StringBuilder letters = new StringBuilder(end - start);
        int[] starts = new int[end - start];
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!ArabicMarks.isSilent(c)) {
                starts[letters.length()] = i;
                letters.append(c);
            }
        }
        return new LetterIndex(letters.toString(), starts, start, end);
    }

    /** The letters, without silent chars. */
    public String letters() {
        return letters;
    }

    /** Number of letters. */
    public int length() {
        return letters.length();
    }

    /**
     * Where the piece of text beginning with letter {@code index} starts: the letter's own
     * offset, or the start of the stretch for letter 0 (so leading silent chars are kept).
     */
    public int charStart(int index) {
        return index == 0 ? start : starts[index];
    }

    /**
     * Where the piece of text ending before letter {@code index} ends: the next letter's offset,
     * or the end of the stretch at the last letter (so the last letter keeps its marks).
     */
    public int charEnd(int index) {
        return index >= letters.length() ? end : starts[index];
    }
}
