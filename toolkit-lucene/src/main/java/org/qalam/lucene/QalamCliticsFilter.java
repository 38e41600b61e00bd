package org.qalam.lucene;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.qalam.arabic.clitic.CliticSegmenter;
import org.qalam.arabic.normalize.Normalizer;
import org.qalam.arabic.orthography.ArabicMarks;
import org.qalam.arabic.orthography.Clitics;
import org.qalam.core.model.Word;
import org.qalam.core.model.WordRole;

/**
 * Reduces an Arabic word to its stem by removing validated clitics ({@code وبالولايات} →
 * {@code ولايات}, {@code حكومته} → {@code حكومت}), in place of the surface form or stacked on it
 * at the same position ({@link CliticMode}).
 *
 * <p>Why not a light stemmer: Qalam's {@link CliticSegmenter} cuts a clitic only when the rest is
 * a word of its lexicon, so {@code وزير}, {@code بلد} and {@code فلسطين} keep their first letters,
 * and only clitics are removed, never inflection. Run it before normalization (the lexicon knows
 * the written spelling); the stem keeps the token's offsets. Keyword tokens and Qalam's non-word
 * types pass unchanged.
 */
public final class QalamCliticsFilter extends TokenFilter {


    private static final Normalizer FOLD = Normalizer.search();
    /** Cached for a term that keeps its surface form (compared by identity). */
    private static final String UNCHANGED = new String("");

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);

    private final CliticSegmenter segmenter;
    private final CliticMode mode;
    private final CharArraySet functionWords;
    private final TermCache<String> cache = new TermCache<>(TermCache.DEFAULT_CAPACITY);
    private String pendingStem;
    private State state;

    /** A filter with Qalam's standard segmenter, and its stop words as function words. */
    public QalamCliticsFilter(TokenStream input, CliticMode mode) {
        this(input, mode, CliticSegmenter.standard(), QalamStopWords.defaultSet());
    }

    /**
     * A filter with the given segmenter; a function word carrying a pronoun (عليه, إليها, منهم)
     * keeps its surface form when its stem, folded, is in {@code functionWords}: the stem alone
     * would be a stop word, while the whole word still says something (to her, on him).
     */
    public QalamCliticsFilter(TokenStream input, CliticMode mode, CliticSegmenter segmenter,
            CharArraySet functionWords) {
        super(input);
        this.mode = mode;
        this.segmenter = segmenter;
        this.functionWords = functionWords;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pendingStem != null) {
            restoreState(state);
            termAtt.setEmpty().append(pendingStem);
            posIncAtt.setPositionIncrement(0);
            pendingStem = null;
            state = null;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        int length = termAtt.length();
        if (length < 2 || keywordAtt.isKeyword() || !QalamTokenTypes.isWordLike(typeAtt.type())
                || !QalamTokenTypes.hasArabicLetter(termAtt.buffer(), length)) {
            return true;
        }
        if (!mayHaveClitic(termAtt.buffer(), length)) {
            return true;
        }
        String stem = cache.get(termAtt.buffer(), length);
        if (stem == null) {
            stem = computeStem(length);
            cache.put(termAtt.buffer(), length, stem);
        }
        if (stem == UNCHANGED) {
            return true;
        }
        if (mode == CliticMode.REPLACE) {
            termAtt.setEmpty().append(stem);
        } else {
            state = captureState();
            pendingStem = stem;
        }
        return true;
    }

    /**
     * The stem of a segmented word: the first word after the proclitics; null when the word has no
     * clitic, or when nothing but clitics would remain (لها = ل + ها keeps its surface).
     */
    static String stem(List<Word> words) {
        if (words.size() < 2) {
            return null;
        }
        for (Word word : words) {
            if (word.role() == WordRole.STEM) {
                return word.form();
            }
        }
        return null;
    }

    /**
     * Whether a clitic is possible at all: the word starts with a proclitic letter (و ف ب ك ل س,
     * or ا of ال) or ends, before its diacritics, with the last letter of an enclitic
     * (ه ا م ن ي ك). A cheap exact test that spares the lexicon most other words.
     */
    static boolean mayHaveClitic(char[] term, int length) {
        if (Clitics.mayStartProclitic(term[0])) {
            return true;
        }
        int last = length - 1;
        while (last > 0 && ArabicMarks.isDiacritic(term[last])) {
            last--;
        }
        return Clitics.mayEndPronoun(term[last]);
    }

    /** The stem of the current term, or {@link #UNCHANGED}. */
    private String computeStem(int length) {
        List<Word> words = segmenter.segment(termAtt, 0, length, 0);
        String stem = stem(words);
        if (stem == null || stem.contentEquals(termAtt) || isFunctionWordWithPronoun(words, stem)) {
            return UNCHANGED;
        }
        return stem;
    }

    private boolean isFunctionWordWithPronoun(List<Word> words, String stem) {
        return words.get(words.size() - 1).role() == WordRole.PRONOUN
                && functionWords.contains(FOLD.normalize(stem));
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pendingStem = null;
        state = null;
    }
}
