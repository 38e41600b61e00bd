package org.qalam.lucene;

import static org.qalam.arabic.orthography.ArabicLetters.HAMZA;
import static org.qalam.arabic.orthography.ArabicLetters.WAW;
import static org.qalam.arabic.orthography.ArabicLetters.WAW_HAMZA;
import static org.qalam.arabic.orthography.ArabicLetters.YEH;
import static org.qalam.arabic.orthography.ArabicLetters.YEH_HAMZA;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.qalam.arabic.normalize.Normalizer;

/**
 * Rewrites every term with Qalam's search normalization: alef forms to ا, ى to ي, ة to ه,
 * diacritics and tatweel removed, Arabic-Indic digits to ASCII, presentation forms decomposed,
 * bidi and zero-width controls removed, Latin lower-cased.
 *
 * <p>Why: one documented profile ({@code toolkit-arabic/README.md}) shared by Qalam's own tools and
 * the index, so a query typed without diacritics or with another alef matches the text as
 * published. A term that would normalize to nothing (a lone diacritic) is left as it is.
 * Optionally ({@code foldHamza}) the hamza seats are folded too (ؤ → و, ئ → ي, ء removed): web
 * text drops hamzas ({@code رئيس} written {@code رييس}, {@code جاء} written {@code جا}), and the
 * search profile keeps them because they distinguish words in display and lexicon lookups.
 */
public final class QalamNormalizationFilter extends TokenFilter {

    private static final int INITIAL_CAPACITY = 32;

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final Normalizer normalizer;
    private final boolean foldHamza;
    private final StringBuilder out = new StringBuilder(INITIAL_CAPACITY);

    /** Normalizes with the search profile, stripping every diacritic; hamzas are kept. */
    public QalamNormalizationFilter(TokenStream input) {
        this(input, Normalizer.search(), false);
    }

    /** Normalizes with {@code normalizer}, then folds the hamza seats if {@code foldHamza}. */
    public QalamNormalizationFilter(TokenStream input, Normalizer normalizer, boolean foldHamza) {
        super(input);
        this.normalizer = normalizer;
        this.foldHamza = foldHamza;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        int length = termAtt.length();
        if (!normalizer.isNormalized(termAtt, 0, length)) {
            out.setLength(0);
            normalizer.appendNormalized(termAtt, 0, length, out);
            if (out.length() > 0) {
                termAtt.setEmpty().append(out);
            }
        }
        if (foldHamza) {
            foldHamza();
        }
        return true;
    }

    /** Folds ؤ → و and ئ → ي and removes ء, in place; a term of hamzas only is kept. */
    private void foldHamza() {
        char[] term = termAtt.buffer();
        int length = termAtt.length();
        int kept = 0;
        for (int i = 0; i < length; i++) {
            char c = term[i];
            if (c == HAMZA) {
                continue;
            }
            term[kept++] = c == WAW_HAMZA ? WAW : c == YEH_HAMZA ? YEH : c;
        }
        if (kept > 0) {
            termAtt.setLength(kept);
        }
    }
}
