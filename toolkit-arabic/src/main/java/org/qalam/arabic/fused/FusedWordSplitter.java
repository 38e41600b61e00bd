package org.qalam.arabic.fused;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.qalam.arabic.lexicon.ArabicLexicon;
import org.qalam.arabic.orthography.ArabicLetters;
import org.qalam.arabic.orthography.ArabicMarks;
import org.qalam.arabic.orthography.CharClasses;
import org.qalam.arabic.orthography.Clitics;
import org.qalam.arabic.orthography.LetterIndex;
import org.qalam.core.model.Span;
import org.qalam.core.model.Token;

/**
 * Restores the spaces that Arabic text lost: {@code الولاياتالمتحدةوروسيا} becomes the pieces
 * {@code الولايات}, {@code المتحدة}, {@code وروسيا}, each with its span in the original input.
 *
 * <p>Why: web text fuses words (لوكان, الأممالمتحدة, 2006كانت) and every later step needs them
 * apart. Only spaces are added; no character is changed, so offsets stay on the original text. A
 * run of letters is cut only when the lexicon and the cost model are confident that it is several
 * words; unknown names stay whole. Instances are immutable and thread-safe.
 */
public final class FusedWordSplitter {

    /** The divine name, the word that makes إنشاء the formula إن شاء. */
    private static final String DIVINE_NAME = "الله";

    private final SplitModel model;

    private FusedWordSplitter(ArabicLexicon lexicon) {
        this.model = new SplitModel(lexicon, CharModel.load());
    }

    private FusedWordSplitter(SplitModel model) {
        this.model = model;
    }

    /** A splitter over the bundled Ayaspell lexicon. */
    public static FusedWordSplitter create() {
        return new FusedWordSplitter(ArabicLexicon.load());
    }

    /** A splitter over the given lexicon. */
    public static FusedWordSplitter using(ArabicLexicon lexicon) {
        return new FusedWordSplitter(Objects.requireNonNull(lexicon, "lexicon"));
    }

    /**
     * This splitter with the word counts of the corpus at hand as extra evidence: a run the
     * corpus writes whole about as often as its rarest piece alone stays whole (a local name
     * that tiles into dictionary words), and a piece the lexicon rejects counts as a word when
     * the corpus writes it alone often enough. Shares this splitter's lexicon and letter model,
     * so it is cheap; the vocabulary comes from a first pass over the same corpus.
     */
    public FusedWordSplitter adaptedTo(CorpusVocabulary vocabulary) {
        return new FusedWordSplitter(model.adaptedTo(Objects.requireNonNull(vocabulary,
                "vocabulary")));
    }

    /**
     * The whitespace-separated pieces of {@code text}, with fused words cut apart. Punctuation stays
     * attached to its piece as in the input.
     */
    public List<Piece> split(String text) {
        Objects.requireNonNull(text, "text");
        int[] cuts = boundaries(text);
        List<Piece> pieces = new ArrayList<>();
        int k = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            int start = i;
            while (k < cuts.length && cuts[k] < end) {
                pieces.add(new Piece(start, cuts[k], text.substring(start, cuts[k])));
                start = cuts[k++];
            }
            pieces.add(new Piece(start, end, text.substring(start, end)));
            i = end;
        }
        return List.copyOf(pieces);
    }

    /**
     * The parts of one token as spans of the original text: the token's own span when it is not
     * fused, else one span per fused word ({@code الأممالمتحدة} → {@code الأمم}, {@code المتحدة}).
     * Fits {@code org.qalam.arabic.clitic.TokenPartitioner}, the seam of the {@code words} layer.
     * Sees the token alone, so the one rule that reads the next word (إنشاء الله) does not apply.
     */
    public List<Span> parts(Token token) {
        int[] cuts = boundaries(token.text());
        if (cuts.length == 0) {
            return List.of(token.span());
        }
        List<Span> parts = new ArrayList<>(cuts.length + 1);
        int from = token.start();
        for (int cut : cuts) {
            parts.add(new Span(from, token.start() + cut));
            from = token.start() + cut;
        }
        parts.add(new Span(from, token.end()));
        return List.copyOf(parts);
    }

    /** {@code text} with one space inserted at every boundary found; nothing else changes. */
    public String insertSpaces(String text) {
        int[] cuts = boundaries(text);
        if (cuts.length == 0) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length() + cuts.length);
        int from = 0;
        for (int cut : cuts) {
            b.append(text, from, cut).append(' ');
            from = cut;
        }
        return b.append(text, from, text.length()).toString();
    }

    /**
     * Indexes (UTF-16, ascending) of {@code text} where a space belongs: inside fused letter runs,
     * and between Arabic letters and digits or Latin letters written without a space (2006كانت);
     * and inside إنشاء before the word الله (إن شاء الله).
     */
    public int[] boundaries(CharSequence text) {
        Objects.requireNonNull(text, "text");
        IntList cuts = new IntList();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!ArabicLetters.isArabicLetter(c)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && (ArabicLetters.isArabicLetter(text.charAt(end)) || ArabicMarks.isSilent(text.charAt(end)))) {
                end++;
            }
            LetterIndex run = LetterIndex.of(text, i, end);
            if (i > 0 && isAlphanumeric(text.charAt(i - 1))) {
                cuts.add(i);
            }
            boolean beforeNumber = end < n && isAlphanumeric(text.charAt(end));
            int[] inner = beforeDivineName(text, end)
                    ? model.cutsBeforeDivineName(run.letters())
                    : model.cuts(run.letters());
            for (int cut : inner) {
                cuts.add(run.charStart(cut));
            }
            if (beforeNumber && !isProclitic(run.letters(), text.charAt(end - 1))) {
                int from = inner.length == 0 ? 0 : inner[inner.length - 1];
                cuts.add(conjunctionBefore(run, from) ? run.charStart(run.length() - 1) : end);
            }
            i = end;
        }
        return cuts.toArray();
    }

    /** Whether the next word after {@code from}, past spaces, is the divine name alone (الله). */
    private static boolean beforeDivineName(CharSequence text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        int end = i + DIVINE_NAME.length();
        return i > from
                && end <= text.length()
                && DIVINE_NAME.contentEquals(text.subSequence(i, end))
                && (end == text.length() || !ArabicLetters.isArabicLetter(text.charAt(end)));
    }

    /** A last word like سوريةو before a number: the و belongs to the number (سورية و20). */
    private boolean conjunctionBefore(LetterIndex run, int from) {
        String word = run.letters().substring(from);
        return word.length() >= 4
                && word.charAt(word.length() - 1) == ArabicLetters.WAW
                && !model.isWord(word)
                && model.isWord(word.substring(0, word.length() - 1));
    }

    private static boolean isAlphanumeric(char c) {
        return CharClasses.isDigit(c) || ArabicLetters.isForeignLetter(c);
    }

    /** و, ب, ال, بال, لل… or a run ending in tatweel: written attached to numbers and Latin (بـ2006, وCNN). */
    private static boolean isProclitic(String letters, char last) {
        return last == ArabicLetters.TATWEEL || Clitics.isProcliticChain(letters);
    }

    /** A growable list of ascending ints, so the hot path does not box. */
    private static final class IntList {
        private int[] values = new int[8];
        private int size;

        void add(int v) {
            if (size > 0 && values[size - 1] == v) {
                return;
            }
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
