package org.qalam.bench.peer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class LuceneArabicChainTest {

    @Test
    void peerTokenizesAndNormalizesWithoutStemming() throws IOException {
        assertThat(terms(LuceneArabicChain.tokenizeNormalize(), "أَعلنَ الوزيرُ إطلاق المبادرة"))
                .containsExactly("اعلن", "الوزير", "اطلاق", "المبادره");
    }

    @Test
    void analyzerChainDropsStopWordsButDoesNotStem() throws IOException {
        assertThat(terms(LuceneArabicChain.arabicAnalyzerNoStem(), "قال الوزير في المؤتمر"))
                .containsExactly("قال", "الوزير", "المؤتمر");
    }

    private static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (analyzer; TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }
}
