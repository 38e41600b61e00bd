package org.qalam.lucene;

import java.io.IOException;
import java.util.Random;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;
import org.apache.lucene.analysis.Tokenizer;

/** Exact tokens, offsets, positions and types of the analyzer and of each stage, and the invariants of checkRandomData. */
public class QalamArabicAnalyzerTest extends BaseTokenStreamTestCase {

    private static final String FUSED = "الولاياتالمتحدةوروسيا";
    private static final String DIACRITIZED = "الْوِلَايَاتُ";
    private static final String WORD = QalamTokenTypes.WORD;
    private static final int RANDOM_ITERATIONS = 1000;
    private static final int ARABIC_TEXTS = 5000;
    private static final int ARABIC_PIECES = 30;

    /** {@link QalamTokenizer} followed by {@code filters}. */
    private static Analyzer afterTokenizer(Function<Tokenizer, TokenStream> filters) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new QalamTokenizer();
                return new TokenStreamComponents(source, filters.apply(source));
            }
        };
    }

    private static Analyzer tokenizerOnly() {
        return afterTokenizer(source -> source);
    }

    private static Analyzer fusedOnly() {
        return afterTokenizer(QalamFusedSplitFilter::new);
    }

    private static Analyzer clitics(CliticMode mode) {
        return afterTokenizer(source -> new QalamCliticsFilter(source, mode));
    }

    public void testTokenizerKeepsNumbersUrlsAndEmojiWhole() throws IOException {
        try (Analyzer a = tokenizerOnly()) {
            assertAnalyzesTo(a, "نمو ١٢٫٥٪، انظر https://example.com/x?a=1 👍🏽 #خبر.",
                    new String[] {"نمو", "١٢٫٥٪", "انظر", "https://example.com/x?a=1", "👍🏽", "#خبر"},
                    new int[] {0, 4, 11, 16, 42, 47},
                    new int[] {3, 9, 15, 41, 46, 51},
                    new String[] {WORD, "<PERCENT>", WORD, "<URL>", "<EMOJI>", "<HASHTAG>"},
                    new int[] {1, 1, 1, 1, 1, 1});
        }
    }

    public void testTokenizerSkipsOverlongTokensAndCountsTheirPositions() throws IOException {
        Tokenizer tokenizer = new QalamTokenizer(newAttributeFactory(), 5);
        tokenizer.setReader(new java.io.StringReader("بيت مستشفياتها دار"));
        assertTokenStreamContents(tokenizer, new String[] {"بيت", "دار"}, new int[] {0, 15},
                new int[] {3, 18}, new int[] {1, 2}, 18);
    }

    public void testFusedWordsGetTheirOwnPositionsAndOffsets() throws IOException {
        try (Analyzer a = fusedOnly()) {
            assertAnalyzesTo(a, FUSED + " اليوم",
                    new String[] {"الولايات", "المتحدة", "وروسيا", "اليوم"},
                    new int[] {0, 8, 15, 22},
                    new int[] {8, 15, 21, 27},
                    new String[] {WORD, WORD, WORD, WORD},
                    new int[] {1, 1, 1, 1},
                    new int[] {1, 1, 1, 1});
        }
    }

    public void testFusedSplitLeavesNamesAndNonWordsAlone() throws IOException {
        try (Analyzer a = fusedOnly()) {
            assertAnalyzesTo(a, "فلسطين https://example.com/الاخبارالعاجلة", new String[] {"فلسطين", "https://example.com/الاخبارالعاجلة"});
        }
    }

    public void testCliticsReplaceTheSurfaceWithTheStem() throws IOException {
        try (Analyzer a = clitics(CliticMode.REPLACE)) {
            assertAnalyzesTo(a, "وبالولايات والكتاب وزير لها",
                    new String[] {"ولايات", "كتاب", "وزير", "لها"},
                    new int[] {0, 11, 19, 24},
                    new int[] {10, 18, 23, 27},
                    new int[] {1, 1, 1, 1});
        }
    }

    public void testCliticsStackTheStemOnTheSurface() throws IOException {
        try (Analyzer a = clitics(CliticMode.STACK)) {
            assertAnalyzesTo(a, "والكتاب وزير",
                    new String[] {"والكتاب", "كتاب", "وزير"},
                    new int[] {0, 0, 8},
                    new int[] {7, 7, 12},
                    new int[] {1, 0, 1});
        }
    }

    public void testAnalyzerRepairsFusedAndDiacritizedWords() throws IOException {
        try (Analyzer a = new QalamArabicAnalyzer()) {
            assertAnalyzesTo(a, FUSED, new String[] {"ولايات", "متحده", "روسيا"},
                    new int[] {0, 8, 15}, new int[] {8, 15, 21}, new int[] {1, 1, 1});
            assertAnalyzesTo(a, DIACRITIZED, new String[] {"ولايات"}, new int[] {0}, new int[] {13});
            assertAnalyzesTo(a, "الولايات", new String[] {"ولايات"});
            assertAnalyzesTo(a, "المتحدة", new String[] {"متحده"});
        }
    }

    public void testStopWordsAreRemovedAfterFolding() throws IOException {
        try (Analyzer a = new QalamArabicAnalyzer()) {
            assertAnalyzesTo(a, "فِي عَلَى إلى وفي الأكاديمية",
                    new String[] {"اكاديميه"}, new int[] {18}, new int[] {28}, new int[] {5});
        }
    }

    public void testNormalizationFoldsDigitsAndLatin() throws IOException {
        try (Analyzer a = new QalamArabicAnalyzer()) {
            assertAnalyzesTo(a, "نمو ١٢٫٥٪ Qalam أعلنت مسؤولية",
                    new String[] {"نمو", "12.5%", "qalam", "اعلنت", "مسووليه"});
        }
    }

    public void testHamzaSeatsAreFoldedSoWebSpellingsMatch() throws IOException {
        try (Analyzer a = new QalamArabicAnalyzer()) {
            assertAnalyzesTo(a, "رئيس رييس جاء جا مسؤول", new String[] {"رييس", "رييس", "جا", "جا", "مسوول"});
        }
        try (Analyzer a = new QalamArabicAnalyzer(QalamStopWords.defaultSet(), CliticMode.REPLACE, true, false)) {
            assertAnalyzesTo(a, "رئيس جاء", new String[] {"رئيس", "جاء"});
        }
    }

    public void testKeywordsAreNeitherSplitNorStemmed() throws IOException {
        Analyzer a = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new MockTokenizer(MockTokenizer.WHITESPACE, false);
                var keywords = new org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter(source,
                        new org.apache.lucene.analysis.CharArraySet(java.util.List.of(FUSED, "والكتاب"), false));
                return new TokenStreamComponents(source,
                        new QalamCliticsFilter(new QalamFusedSplitFilter(keywords), CliticMode.REPLACE));
            }
        };
        assertAnalyzesTo(a, FUSED + " والكتاب وبالولايات", new String[] {FUSED, "والكتاب", "ولايات"});
        a.close();
    }

    public void testRandomText() throws IOException {
        try (Analyzer a = new QalamArabicAnalyzer()) {
            checkRandomData(random(), a, RANDOM_ITERATIONS * RANDOM_MULTIPLIER);
        }
        try (Analyzer a = new QalamArabicAnalyzer(QalamStopWords.defaultSet(), CliticMode.STACK, true)) {
            checkRandomData(random(), a, RANDOM_ITERATIONS * RANDOM_MULTIPLIER);
        }
    }

    public void testRandomHugeText() throws IOException {
        try (Analyzer a = new QalamArabicAnalyzer()) {
            checkRandomData(random(), a, RANDOM_ITERATIONS / 10 * RANDOM_MULTIPLIER, 8192);
        }
    }

    public void testRandomArabicHeavyText() throws IOException {
        Random random = random();
        try (Analyzer replace = new QalamArabicAnalyzer();
                Analyzer stack = new QalamArabicAnalyzer(QalamStopWords.defaultSet(), CliticMode.STACK, true)) {
            for (int i = 0; i < ARABIC_TEXTS * RANDOM_MULTIPLIER; i++) {
                String text = ArabicRandomText.next(random, ARABIC_PIECES);
                checkAnalysisConsistency(random, i % 2 == 0 ? replace : stack, random.nextBoolean(), text);
            }
        }
    }

    public void testEmptyAndBlankInput() throws IOException {
        try (Analyzer a = new QalamArabicAnalyzer()) {
            assertAnalyzesTo(a, "", new String[0]);
            assertAnalyzesTo(a, " \u200f،. ", new String[0]);
        }
    }
}
