package org.qalam.arabic.clitic;

import org.qalam.arabic.fused.FusedWordSplitter;
import org.qalam.arabic.step.LayerProvider;
import org.qalam.core.model.Layers;
import org.qalam.core.model.Word;
import org.qalam.core.spi.Extractor;
import org.qalam.core.spi.ExtractorConfig;

/**
 * Registers the {@code words} step, which reads {@code tokens}, cuts fused tokens into their words
 * (الأممالمتحدة → الأمم | المتحدة) and each Arabic word into clitics and stem, validated against
 * the bundled lexicon.
 *
 * <p>Why: syntactic words (CoNLL-U multi-word tokens) are a layer like any other; extractors that
 * want و and ال off their stems require {@code words}.
 */
public final class WordsProvider extends LayerProvider<Word> {

    /** Declares the step. */
    public WordsProvider() {
        super(Layers.WORDS,
                "words: clitic segmentation (و ف ب ك ل ال س + pronouns), lexicon-validated",
                Layers.TOKENS);
    }

    @Override
    public Extractor create(ExtractorConfig config) {
        return new WordsAnnotator(FusedWordSplitter.create()::parts, CliticSegmenter.standard());
    }
}
