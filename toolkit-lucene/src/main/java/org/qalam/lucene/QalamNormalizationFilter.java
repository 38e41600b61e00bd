package org.qalam.lucene;

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
 */
public final class QalamNormalizationFilter extends TokenFilter {

    private static final int INITIAL_CAPACITY = 32;

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final Normalizer normalizer;
    private final StringBuilder out = new StringBuilder(INITIAL_CAPACITY);

    /** Normalizes with the search profile, stripping every diacritic. */
    public QalamNormalizationFilter(TokenStream input) {
        this(input, Normalizer.search());
    }

    /** Normalizes with {@code normalizer}. */
    public QalamNormalizationFilter(TokenStream input, Normalizer normalizer) {
        super(input);
        this.normalizer = normalizer;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        int length = termAtt.length();
        if (normalizer.isNormalized(termAtt, 0, length)) {
            return true;
        }
        out.setLength(0);
        normalizer.appendNormalized(termAtt, 0, length, out);
        if (out.length() > 0) {
            termAtt.setEmpty().append(out);
        }
        return true;
    }
}
