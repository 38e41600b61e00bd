package org.qalam.arabic.clitic;

import java.util.Set;
import org.qalam.arabic.fused.FusedWordSplitter;
import org.qalam.core.model.Layers;
import org.qalam.core.spi.Extractor;
import org.qalam.core.spi.ExtractorApi;
import org.qalam.core.spi.ExtractorConfig;
import org.qalam.core.spi.ExtractorProvider;

/**
 * Registers the {@code words} step, which reads {@code tokens}, cuts fused tokens into their words
 * (الأممالمتحدة → الأمم | المتحدة) and each Arabic word into clitics and stem, validated against
 * the bundled lexicon.
 *
 * <p>Why: syntactic words (CoNLL-U multi-word tokens) are a layer like any other; extractors that
 * want و and ال off their stems require {@code words}.
 */
public final class WordsProvider implements ExtractorProvider {

    @Override
    public String name() {
        return Layers.WORDS.name();
    }

    @Override
    public int apiVersion() {
        return ExtractorApi.VERSION;
    }

    @Override
    public String description() {
        return "words: clitic segmentation (و ف ب ك ل ال س + pronouns), lexicon-validated";
    }

    @Override
    public Set<String> requires() {
        return Set.of(Layers.TOKENS.name());
    }

    @Override
    public Set<String> writes() {
        return Set.of(Layers.WORDS.name());
    }

    @Override
    public Extractor create(ExtractorConfig config) {
        return new WordsAnnotator(FusedWordSplitter.create()::parts, CliticSegmenter.standard());
    }
}
