package org.qalam.arabic.clitic;

import java.util.Set;
import org.qalam.arabic.fused.FusedWordSplitter;
import org.qalam.core.model.Layers;
import org.qalam.core.spi.DeclaredProvider;
import org.qalam.core.spi.Extractor;
import org.qalam.core.spi.ExtractorApi;
import org.qalam.core.spi.ExtractorConfig;

/**
 * Registers the {@code words} step, which reads {@code tokens}, cuts fused tokens into their words
 * (الأممالمتحدة → الأمم | المتحدة) and each Arabic word into clitics and stem, validated against
 * the bundled lexicon.
 *
 * <p>Why: syntactic words (CoNLL-U multi-word tokens) are a layer like any other; extractors that
 * want و and ال off their stems require {@code words}.
 */
public final class WordsProvider extends DeclaredProvider {

    /** Declares the step. */
    public WordsProvider() {
        super(Layers.WORDS.name(),
                "words: clitic segmentation (و ف ب ك ل ال س + pronouns), lexicon-validated",
                Set.of(Layers.TOKENS.name()), Set.of(Layers.WORDS.name()), Set.of());
    }

    @Override
    public int apiVersion() {
        return ExtractorApi.VERSION;
    }

    @Override
    public Extractor create(ExtractorConfig config) {
        return new WordsAnnotator(FusedWordSplitter.create()::parts, CliticSegmenter.standard());
    }
}
