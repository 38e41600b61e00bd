package org.qalam.lucene.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.qalam.arabic.diacritics.Diacritics;
import org.qalam.arabic.sentence.SentenceSplitter;
import org.qalam.arabic.token.ArabicTokenizer;
import org.qalam.core.model.Sentence;
import org.qalam.core.model.TokenKind;
import org.qalam.lucene.QalamArabicAnalyzer;
import org.qalam.lucene.QalamStopWords;

/**
 * Retrieval on WikiNews: every sentence indexed in three versions (clean; diacritized as published;
 * "web": 10% of the spaces between Arabic words deleted and half of the hamzas dropped, fixed seed),
 * queried with two or three content words of its clean text, for Lucene's ArabicAnalyzer,
 * StandardTokenizer + ArabicNormalizationFilter, and QalamArabicAnalyzer. Prints recall@10 and MRR
 * and fails below the floors.
 */
class WikiNewsRetrievalEvaluationTest {

    private static final long SEED = 20261203L;
    private static final double SPACE_DELETION = 0.10;
    private static final double HAMZA_DROP = 0.5;
    private static final int TOP = 10;
    private static final int MIN_CONTENT_WORDS = 3;
    private static final int MIN_CONTENT_LETTERS = 3;
    private static final String FIELD = "text";
    private static final String ID = "id";
    private static final double WEB_RECALL_FLOOR = 0.85;
    private static final double WEB_MRR_FLOOR = 0.83;
    private static final double CLEAN_RECALL_FLOOR = 0.99;
    /** {@code -DargLine=-Dqalam.retrieval.misses=true} prints every query that misses its sentence. */
    private static final boolean PRINT_MISSES = Boolean.getBoolean("qalam.retrieval.misses");

    private static final String ARABIC = "ArabicAnalyzer";
    private static final String STANDARD = "Standard+ArabicNormalization";
    private static final String QALAM = "QalamArabicAnalyzer";
    private static final List<String> VERSIONS = List.of("clean", "diacritized", "web");

    /** One sentence in its three versions. */
    private record Doc(String clean, String diacritized, String web) {
        String version(String name) {
            return switch (name) {
                case "clean" -> clean;
                case "diacritized" -> diacritized;
                default -> web;
            };
        }
    }

    /** Recall@10 and MRR of one analyzer on one version. */
    private record Score(double recall, double mrr) {
    }

    @Test
    void qalamBeatsArabicAnalyzerOnWebTextAndMatchesItOnCleanText() throws Exception {
        List<Doc> docs = sentences();
        List<List<String>> queries = queries(docs);
        Map<String, Supplier<Analyzer>> analyzers = new LinkedHashMap<>();
        analyzers.put(ARABIC, ArabicAnalyzer::new);
        analyzers.put(STANDARD, WikiNewsRetrievalEvaluationTest::standardArabic);
        analyzers.put(QALAM, QalamArabicAnalyzer::new);

        Map<QueryParser.Operator, Map<String, Map<String, Score>>> tables = new LinkedHashMap<>();
        for (QueryParser.Operator operator : List.of(QueryParser.Operator.AND, QueryParser.Operator.OR)) {
            Map<String, Map<String, Score>> table = new LinkedHashMap<>();
            for (String analyzer : analyzers.keySet()) {
                Map<String, Score> row = new LinkedHashMap<>();
                for (String version : VERSIONS) {
                    row.put(version, evaluate(analyzers.get(analyzer), docs, version, queries, operator));
                }
                table.put(analyzer, row);
            }
            print(docs.size(), queries, operator, table);
            tables.put(operator, table);
        }

        // The goals of issue 15, on conjunctive queries (every query word must be found).
        Map<String, Map<String, Score>> and = tables.get(QueryParser.Operator.AND);
        for (String version : List.of("clean", "diacritized")) {
            assertThat(and.get(QALAM).get(version).recall())
                    .as("Qalam recall@10 on %s vs ArabicAnalyzer (AND)", version)
                    .isGreaterThanOrEqualTo(and.get(ARABIC).get(version).recall());
        }
        assertThat(and.get(QALAM).get("web").recall())
                .as("Qalam recall@10 on web text: at least 10 points above ArabicAnalyzer (AND)")
                .isGreaterThanOrEqualTo(and.get(ARABIC).get("web").recall() + 0.10);
        // Floors under today's figures, so that a regression fails the build.
        assertThat(and.get(QALAM).get("web").recall()).isGreaterThanOrEqualTo(WEB_RECALL_FLOOR);
        assertThat(and.get(QALAM).get("web").mrr()).isGreaterThanOrEqualTo(WEB_MRR_FLOOR);
        assertThat(and.get(QALAM).get("clean").recall()).isGreaterThanOrEqualTo(CLEAN_RECALL_FLOOR);
        assertThat(and.get(QALAM).get("diacritized").recall()).isGreaterThanOrEqualTo(CLEAN_RECALL_FLOOR);
        // Disjunctive queries: never below ArabicAnalyzer on any version.
        Map<String, Map<String, Score>> or = tables.get(QueryParser.Operator.OR);
        for (String version : VERSIONS) {
            assertThat(or.get(QALAM).get(version).recall())
                    .as("Qalam recall@10 on %s vs ArabicAnalyzer (OR)", version)
                    .isGreaterThanOrEqualTo(or.get(ARABIC).get(version).recall());
        }
    }

    private static Analyzer standardArabic() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream result = new ArabicNormalizationFilter(new LowerCaseFilter(source));
                return new TokenStreamComponents(source, result);
            }
        };
    }

    private static List<Doc> sentences() throws IOException {
        String root = System.getProperty("qalam.shared.data", "../shared/data");
        Path file = Path.of(root).resolve("wikinews/WikiNewsTruth.txt");
        assumeTrue(Files.isRegularFile(file),
                () -> "shared data file " + file.toAbsolutePath() + " is absent: evaluation skipped");
        WebText web = new WebText(SEED, SPACE_DELETION, HAMZA_DROP);
        List<Doc> docs = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            for (Sentence sentence : SentenceSplitter.standard().split(line)) {
                String diacritized = line.substring(sentence.span().start(), sentence.span().end()).strip();
                String clean = Diacritics.strip(diacritized);
                if (!clean.isBlank()) {
                    docs.add(new Doc(clean, diacritized, web.corrupt(clean)));
                }
            }
        }
        return docs;
    }

    /** Per document, two or three distinct content words of its clean text (empty: no query). */
    private static List<List<String>> queries(List<Doc> docs) {
        Random random = new Random(SEED);
        var stop = QalamStopWords.defaultSet();
        var luceneStop = ArabicAnalyzer.getDefaultStopSet();
        List<List<String>> queries = new ArrayList<>();
        for (Doc doc : docs) {
            List<String> content = new ArrayList<>();
            ArabicTokenizer.standard().tokenize(doc.clean()).forEach(token -> {
                if (token.kind() == TokenKind.WORD && token.norm().length() >= MIN_CONTENT_LETTERS
                        && !isFunctionWord(token.text(), token.norm(), stop, luceneStop)
                        && !content.contains(token.text())) {
                    content.add(token.text());
                }
            });
            if (content.size() < MIN_CONTENT_WORDS) {
                queries.add(List.of());
                continue;
            }
            int size = 2 + random.nextInt(2);
            List<String> words = new ArrayList<>();
            while (words.size() < size) {
                String word = content.get(random.nextInt(content.size()));
                if (!words.contains(word)) {
                    words.add(word);
                }
            }
            queries.add(List.copyOf(words));
        }
        return queries;
    }

    /**
     * Whether a word is a function word by either analyzer's stop list, also after a leading
     * conjunction و or ف (والذي, وقد): such words are not content words of a query.
     */
    private static boolean isFunctionWord(String text, String norm, CharArraySet qalamStop, CharArraySet luceneStop) {
        if (qalamStop.contains(norm) || luceneStop.contains(text) || luceneStop.contains(norm)) {
            return true;
        }
        boolean conjunction = norm.length() > 2 && (norm.charAt(0) == 'و' || norm.charAt(0) == 'ف');
        return conjunction && (qalamStop.contains(norm.substring(1)) || luceneStop.contains(norm.substring(1))
                || luceneStop.contains(text.substring(1)));
    }

    private static Score evaluate(Supplier<Analyzer> analyzers, List<Doc> docs, String version,
            List<List<String>> queries, QueryParser.Operator operator) throws IOException, ParseException {
        try (Analyzer analyzer = analyzers.get(); Directory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (int i = 0; i < docs.size(); i++) {
                    Document document = new Document();
                    document.add(new StoredField(ID, i));
                    document.add(new TextField(FIELD, docs.get(i).version(version), Field.Store.NO));
                    writer.addDocument(document);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                QueryParser parser = new QueryParser(FIELD, analyzer);
                parser.setDefaultOperator(operator);
                int asked = 0;
                int found = 0;
                double reciprocal = 0;
                for (int i = 0; i < docs.size(); i++) {
                    List<String> words = queries.get(i);
                    if (words.isEmpty()) {
                        continue;
                    }
                    asked++;
                    Query query = parser.parse(QueryParser.escape(String.join(" ", words)));
                    ScoreDoc[] hits = searcher.search(query, TOP).scoreDocs;
                    boolean hit = false;
                    for (int rank = 0; rank < hits.length; rank++) {
                        int id = searcher.storedFields().document(hits[rank].doc).getField(ID).numericValue().intValue();
                        if (id == i) {
                            found++;
                            hit = true;
                            reciprocal += 1.0 / (rank + 1);
                            break;
                        }
                    }
                    if (!hit && PRINT_MISSES) {
                        System.out.printf(Locale.ROOT, "miss %s %s %s %s -> %s in: %s%n",
                                analyzer.getClass().getSimpleName(), version, operator, words, query,
                                docs.get(i).version(version));
                    }
                }
                return new Score((double) found / asked, reciprocal / asked);
            }
        }
    }

    private static void print(int documents, List<List<String>> queries, QueryParser.Operator operator,
            Map<String, Map<String, Score>> table) {
        long asked = queries.stream().filter(q -> !q.isEmpty()).count();
        System.out.printf(Locale.ROOT, "%nWikiNews retrieval: %d sentences indexed, %d queries of 2-3 content words "
                + "joined with %s (BM25); web = %.0f%% of spaces between Arabic words deleted, %.0f%% of hamzas "
                + "dropped, seed %d%n", documents, asked, operator, SPACE_DELETION * 100, HAMZA_DROP * 100, SEED);
        System.out.printf(Locale.ROOT, "| %-30s |", "analyzer");
        for (String version : VERSIONS) {
            System.out.printf(Locale.ROOT, " %-11s R@10 | MRR   |", version);
        }
        System.out.println();
        for (var row : table.entrySet()) {
            System.out.printf(Locale.ROOT, "| %-30s |", row.getKey());
            for (String version : VERSIONS) {
                Score s = row.getValue().get(version);
                System.out.printf(Locale.ROOT, " %16.3f | %.3f |", s.recall(), s.mrr());
            }
            System.out.println();
        }
    }
}
