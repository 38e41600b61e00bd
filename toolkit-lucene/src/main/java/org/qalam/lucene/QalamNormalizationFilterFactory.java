package org.qalam.lucene;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.qalam.arabic.diacritics.StripOptions;
import org.qalam.arabic.normalize.Normalizer;

/**
 * Creates {@link QalamNormalizationFilter}s; SPI name {@value #NAME}. Parameters:
 * {@code stripDiacritics} (default true), {@code keepShadda} and {@code keepFinalTanween}
 * (default false), {@code foldHamza} (default true, as in {@link QalamArabicAnalyzer}: ؤ → و,
 * ئ → ي, ء removed).
 *
 * <p>Why: usable by name from a schema; also applied to wildcard and prefix query terms
 * ({@link #normalize}), so they are folded like the indexed terms.
 */
public final class QalamNormalizationFilterFactory extends TokenFilterFactory {

    /** SPI name. */
    public static final String NAME = "qalamNormalization";

    private final Normalizer normalizer;
    private final boolean foldHamza;

    /** A factory configured by {@code args}; unknown parameters are rejected. */
    public QalamNormalizationFilterFactory(Map<String, String> args) {
        super(args);
        boolean strip = getBoolean(args, "stripDiacritics", true);
        StripOptions options = StripOptions.ALL
                .withKeepShadda(getBoolean(args, "keepShadda", false))
                .withKeepFinalTanween(getBoolean(args, "keepFinalTanween", false));
        normalizer = strip ? Normalizer.search().stripDiacritics(options) : Normalizer.search().keepDiacritics();
        foldHamza = getBoolean(args, "foldHamza", true);
        FactoryParameters.rejectUnread(args);
    }

    /** For SPI discovery only. */
    public QalamNormalizationFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new QalamNormalizationFilter(input, normalizer, foldHamza);
    }

    @Override
    public TokenStream normalize(TokenStream input) {
        return create(input);
    }
}
