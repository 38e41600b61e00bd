package org.qalam.opensearch;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.opensearch.action.admin.indices.analyze.AnalyzeAction;
import org.opensearch.action.search.SearchResponse;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.query.QueryBuilders;
import org.opensearch.plugins.Plugin;
import org.opensearch.search.SearchHit;
import org.opensearch.test.OpenSearchSingleNodeTestCase;

/**
 * A real OpenSearch node in the test JVM with the Qalam plugin: an index whose analyzer is built
 * only from the Qalam names finds fused and diacritized documents with clean queries.
 */
public class QalamAnalysisPluginTest extends OpenSearchSingleNodeTestCase {

    private static final String INDEX = "news";

    @Override
    protected Collection<Class<? extends Plugin>> getPlugins() {
        return List.of(QalamAnalysisPlugin.class);
    }

    private void createNewsIndex() {
        Settings settings = Settings.builder()
                .put("index.number_of_shards", 1)
                .put("index.analysis.analyzer.arabic_qalam.type", "custom")
                .put("index.analysis.analyzer.arabic_qalam.tokenizer", "qalam")
                .putList("index.analysis.analyzer.arabic_qalam.filter",
                        "qalamFusedSplit", "qalamClitics", "qalamNormalization", "qalamStop")
                .build();
        createIndex(INDEX, client().admin().indices().prepareCreate(INDEX).setSettings(settings)
                .setMapping("text", "type=text,analyzer=arabic_qalam", "builtin", "type=text,analyzer=qalamArabic"));
        index("fused", "الولاياتالمتحدةوروسيا تبحثان الأزمة");
        index("diacritized", "الْوِلَايَاتُ تُعْلِنُ");
        index("other", "المملكة المغربية");
        client().admin().indices().prepareRefresh(INDEX).get();
    }

    private void index(String id, String text) {
        client().prepareIndex(INDEX).setId(id).setSource("text", text, "builtin", text).get();
    }

    private String[] ids(String field, String query) {
        SearchResponse response = client().prepareSearch(INDEX)
                .setQuery(QueryBuilders.matchQuery(field, query)).get();
        return Arrays.stream(response.getHits().getHits()).map(SearchHit::getId).sorted().toArray(String[]::new);
    }

    public void testCleanQueriesFindFusedAndDiacritizedDocuments() {
        createNewsIndex();
        for (String field : List.of("text", "builtin")) {
            assertArrayEquals(field, new String[] {"fused"}, ids(field, "المتحدة"));
            assertArrayEquals(field, new String[] {"diacritized", "fused"}, ids(field, "الولايات"));
            assertArrayEquals(field, new String[0], ids(field, "فِي"));
        }
    }

    public void testAnalyzeApiShowsTheRepairedTokens() {
        createNewsIndex();
        AnalyzeAction.Response response = client().admin().indices()
                .prepareAnalyze(INDEX, "الولاياتالمتحدةوروسيا").setAnalyzer("arabic_qalam").get();
        List<String> terms = response.getTokens().stream().map(AnalyzeAction.AnalyzeToken::getTerm).toList();
        assertEquals(List.of("ولايات", "متحده", "روسيا"), terms);
        assertEquals(8, response.getTokens().get(1).getStartOffset());
        assertEquals(15, response.getTokens().get(1).getEndOffset());
    }
}
