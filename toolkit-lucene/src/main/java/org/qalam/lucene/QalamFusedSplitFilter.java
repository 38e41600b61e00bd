package org.qalam.lucene;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.ArrayUtil;
import org.qalam.arabic.fused.FusedWordSplitter;
import org.qalam.arabic.lexicon.ArabicLexicon;

/**
 * Splits Arabic words that lost their spaces: {@code الولاياتالمتحدةوروسيا} becomes the three
 * tokens {@code الولايات}, {@code المتحدة}, {@code وروسيا}, at consecutive positions, each with the
 * offsets of its own letters inside the original token.
 *
 * <p>Why: web and OCR text fuses words, and a fused token matches no query for any of its words.
 * The cuts come from Qalam's {@link FusedWordSplitter} (lexicon and character model), which cuts
 * only when confident, so names stay whole; a token the lexicon accepts as a word form is not even
 * tried (a quarter of the cost, and no split of a real word). When an earlier char filter changed the token's length,
 * the pieces keep the whole token's offsets (they cannot be placed inside it exactly). Keyword
 * tokens and Qalam's non-word types (numbers, URLs, emoji, ...) pass unchanged.
 */
public final class QalamFusedSplitFilter extends TokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);

    private static final int[] NO_CUTS = new int[0];

    private final FusedWordSplitter splitter;
    private final ArabicLexicon lexicon;
    private final TermCache<int[]> cache = new TermCache<>(TermCache.DEFAULT_CAPACITY);
    private char[] saved = new char[0];
    private int[] cuts = new int[0];
    private int cutCount;
    private int nextCut;
    private int savedLength;
    private int startOffset;
    private int endOffset;
    private boolean exactOffsets;
    private State state;

    /** Splits with Qalam's standard splitter (the bundled lexicon, loaded once per JVM). */
    public QalamFusedSplitFilter(TokenStream input) {
        this(input, Shared.SPLITTER, ArabicLexicon.load());
    }

    /**
     * Splits with {@code splitter}; a token that {@code lexicon} accepts as a word form is never
     * split (pass the lexicon the splitter was built on).
     */
    public QalamFusedSplitFilter(TokenStream input, FusedWordSplitter splitter, ArabicLexicon lexicon) {
        super(input);
        this.splitter = splitter;
        this.lexicon = lexicon;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (nextCut <= cutCount && state != null) {
            emitPiece();
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        int length = termAtt.length();
        if (keywordAtt.isKeyword() || !QalamTokenTypes.isWordLike(typeAtt.type())
                || !QalamTokenTypes.hasArabicLetter(termAtt.buffer(), length)) {
            return true;
        }
        int[] found = cache.get(termAtt.buffer(), length);
        if (found == null) {
            found = lexicon.isWord(termAtt) ? NO_CUTS : splitter.boundaries(termAtt);
            cache.put(termAtt.buffer(), length, found.length == 0 ? NO_CUTS : found);
        }
        if (found.length == 0) {
            return true;
        }
        keepInnerCuts(found, length);
        if (cutCount == 0) {
            return true;
        }
        saved = ArrayUtil.grow(saved, length);
        System.arraycopy(termAtt.buffer(), 0, saved, 0, length);
        savedLength = length;
        startOffset = offsetAtt.startOffset();
        endOffset = offsetAtt.endOffset();
        exactOffsets = endOffset - startOffset == length;
        state = captureState();
        nextCut = 0;
        emitPiece();
        return true;
    }

    /** Keeps the cuts strictly inside the token, ascending, without repeats. */
    private void keepInnerCuts(int[] found, int length) {
        cuts = ArrayUtil.grow(cuts, found.length);
        cutCount = 0;
        int last = 0;
        for (int cut : found) {
            if (cut > last && cut < length) {
                cuts[cutCount++] = cut;
                last = cut;
            }
        }
    }

    /** Emits piece number {@code nextCut}: from the previous cut to the next (or the end). */
    private void emitPiece() {
        int piece = nextCut++;
        int from = piece == 0 ? 0 : cuts[piece - 1];
        int to = piece == cutCount ? savedLength : cuts[piece];
        if (piece > 0) {
            restoreState(state);
            posIncAtt.setPositionIncrement(1);
        }
        termAtt.copyBuffer(saved, from, to - from);
        posLenAtt.setPositionLength(1);
        if (exactOffsets) {
            offsetAtt.setOffset(startOffset + from, startOffset + to);
        } else {
            offsetAtt.setOffset(startOffset, endOffset);
        }
        if (nextCut > cutCount) {
            state = null;
        }
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        state = null;
        cutCount = 0;
        nextCut = 0;
    }

    /** The standard splitter, built on first use and shared by every filter of the JVM. */
    private static final class Shared {
        static final FusedWordSplitter SPLITTER = FusedWordSplitter.create();
    }
}
