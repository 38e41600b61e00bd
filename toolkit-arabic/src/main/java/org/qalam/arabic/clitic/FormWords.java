package org.qalam.arabic.clitic;

import java.util.List;
import org.qalam.core.model.Span;
import org.qalam.core.model.Token;
import org.qalam.core.model.Word;

/**
 * The words of one token, kept apart from where the token stands: each word's span relative to
 * the token's start, its form, role, folded form and repair mark. {@link #placeAt} gives the words
 * of any token with the same text.
 *
 * <p>Why: the words of a token depend on its text alone, so the {@code words} step works them out
 * once per word form and only places them afterwards. A folded form that is the token's own
 * {@code norm} is not kept but read from the token placed, so the words never disagree with the
 * token they came from. Immutable.
 */
final class FormWords {

    private final int[] starts;
    private final int[] ends;
    private final Word[] words;
    private final boolean[] foldedIsNorm;

    private FormWords(int[] starts, int[] ends, Word[] words, boolean[] foldedIsNorm) {
        this.starts = starts;
        this.ends = ends;
        this.words = words;
        this.foldedIsNorm = foldedIsNorm;
    }

    /** The words of {@code token}, as {@link WordsAnnotator} found them, detached from it. */
    static FormWords of(Token token, List<Word> found) {
        int count = found.size();
        int[] starts = new int[count];
        int[] ends = new int[count];
        Word[] words = new Word[count];
        boolean[] foldedIsNorm = new boolean[count];
        for (int k = 0; k < count; k++) {
            Word word = found.get(k);
            starts[k] = word.start() - token.start();
            ends[k] = word.end() - token.start();
            words[k] = word;
            // The same string, not an equal one: the segmenter handed the token's norm through.
            foldedIsNorm[k] = word.folded() == token.norm();
        }
        return new FormWords(starts, ends, words, foldedIsNorm);
    }

    /** Adds to {@code out} the words of {@code token}, a token with the text these came from. */
    void placeAt(Token token, List<Word> out) {
        int at = token.start();
        for (int k = 0; k < words.length; k++) {
            Word word = words[k];
            out.add(new Word(Span.of(at + starts[k], at + ends[k]), word.form(), word.role(),
                    foldedIsNorm[k] ? token.norm() : word.folded(), word.repaired()));
        }
    }
}
