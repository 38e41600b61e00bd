package org.qalam.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

/**
 * Creates stop filters over Qalam's folded Arabic stop words; SPI name {@value #NAME}. Parameter
 * {@code words}: comma-separated resource files (one word a line, {@code #} comments) that
 * replace the default list; their words are folded like the terms. Place it after
 * {@code qalamNormalization}.
 *
 * <p>Why not Lucene's {@code stop} filter: its list would have to be written already folded; this
 * one folds whatever the user writes, so {@code إلى} in a list removes the term {@code الي}.
 */
public final class QalamStopFilterFactory extends TokenFilterFactory implements ResourceLoaderAware {

    /** SPI name. */
    public static final String NAME = "qalamStop";

    private final String words;
    private CharArraySet stopWords = QalamStopWords.defaultSet();

    /** A factory configured by {@code args}; unknown parameters are rejected. */
    public QalamStopFilterFactory(Map<String, String> args) {
        super(args);
        words = get(args, "words");
        FactoryParameters.rejectUnread(args);
    }

    /** For SPI discovery only. */
    public QalamStopFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public void inform(ResourceLoader loader) throws IOException {
        if (words != null) {
            List<String> lines = new ArrayList<>();
            for (String file : splitFileNames(words)) {
                lines.addAll(getLines(loader, file.trim()));
            }
            stopWords = QalamStopWords.fold(lines, false);
        }
    }

    /** The stop words in use, folded. */
    public CharArraySet getStopWords() {
        return stopWords;
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new StopFilter(input, stopWords);
    }
}
