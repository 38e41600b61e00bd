package org.qalam.lucene;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** The factories are found by their SPI names and build the same chain as QalamArabicAnalyzer. */
public class FactoriesTest extends BaseTokenStreamTestCase {

    private static final String TEXT = "الولاياتالمتحدةوروسيا الْوِلَايَاتُ فِي وبالولايات ١٢٫٥٪ https://example.com 👍🏽";

    public void testNamesAreRegistered() {
        assertTrue(TokenizerFactory.availableTokenizers().contains("qalam"));
        assertTrue(TokenFilterFactory.availableTokenFilters().containsAll(java.util.Set.of(
                "qalamFusedSplit", "qalamNormalization", "qalamClitics", "qalamStop")));
        assertEquals(QalamTokenizerFactory.class, TokenizerFactory.lookupClass("qalam"));
    }

    public void testChainByNameEqualsTheAnalyzer() throws IOException {
        try (Analyzer byName = byName("replace"); Analyzer direct = new QalamArabicAnalyzer()) {
            assertAnalyzesTo(byName, TEXT, terms(direct, TEXT));
            checkRandomData(random(), byName, 200 * RANDOM_MULTIPLIER);
        }
    }

    public void testStackModeByName() throws IOException {
        try (Analyzer byName = byName("stack")) {
            assertAnalyzesTo(byName, "والكتاب", new String[] {"والكتاب", "كتاب"}, new int[] {1, 0});
        }
    }

    public void testUnknownParameterIsRejected() {
        IllegalArgumentException e = expectThrows(IllegalArgumentException.class,
                () -> new QalamCliticsFilterFactory(new java.util.HashMap<>(Map.of("mode", "replace", "x", "1"))));
        assertTrue(e.getMessage(), e.getMessage().contains("x"));
        expectThrows(IllegalArgumentException.class,
                () -> new QalamCliticsFilterFactory(new java.util.HashMap<>(Map.of("mode", "sideways"))));
    }

    public void testStopWordsFromAFileAreFolded() throws IOException {
        java.nio.file.Path dir = createTempDir();
        java.nio.file.Files.writeString(dir.resolve("stop.txt"), "# mine\nإِلى\nمدينة\n");
        try (Analyzer a = CustomAnalyzer.builder(dir)
                .withTokenizer("qalam")
                .addTokenFilter("qalamNormalization")
                .addTokenFilter("qalamStop", "words", "stop.txt")
                .build()) {
            assertAnalyzesTo(a, "الى المدينة مدينة في", new String[] {"المدينه", "في"});
        }
    }

    private static Analyzer byName(String mode) throws IOException {
        return CustomAnalyzer.builder()
                .withTokenizer("qalam")
                .addTokenFilter("qalamFusedSplit")
                .addTokenFilter("qalamClitics", "mode", mode)
                .addTokenFilter("qalamNormalization")
                .addTokenFilter("qalamStop")
                .build();
    }

    private static String[] terms(Analyzer analyzer, String text) throws IOException {
        java.util.List<String> terms = new java.util.ArrayList<>();
        try (var ts = analyzer.tokenStream("f", text)) {
            var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        }
        assertTrue(terms.contains("متحده"));
        return terms.toArray(new String[0]);
    }
}
