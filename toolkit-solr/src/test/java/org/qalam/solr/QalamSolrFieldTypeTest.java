package org.qalam.solr;

import java.nio.file.Path;
import org.apache.solr.SolrTestCaseJ4;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * A real embedded Solr core whose schema declares the Arabic field type only by the Qalam SPI
 * names: fused and diacritized documents are found with clean queries.
 */
public class QalamSolrFieldTypeTest extends SolrTestCaseJ4 {

    @BeforeClass
    public static void startCore() throws Exception {
        Path home = Path.of(QalamSolrFieldTypeTest.class.getResource("/solr").toURI());
        initCore("solrconfig.xml", "schema.xml", home.toString());
        assertU(adoc("id", "fused", "text", "الولاياتالمتحدةوروسيا تبحثان الأزمة"));
        assertU(adoc("id", "diacritized", "text", "الْوِلَايَاتُ تُعْلِنُ"));
        assertU(adoc("id", "other", "text", "المملكة المغربية"));
        assertU(commit());
    }

    @Test
    public void fusedWordIsFoundByOneOfItsWords() {
        assertQ(req("q", "text:المتحدة", "fl", "id"),
                "//result[@numFound='1']", "//str[@name='id'][.='fused']");
    }

    @Test
    public void diacritizedWordIsFoundByItsCleanSpelling() {
        assertQ(req("q", "text:الولايات", "fl", "id", "sort", "id asc"),
                "//result[@numFound='2']", "//str[@name='id'][.='diacritized']", "//str[@name='id'][.='fused']");
    }

    @Test
    public void phraseOverTheRepairedWordsMatches() {
        assertQ(req("q", "text:\"الولايات المتحدة\"", "fl", "id"),
                "//result[@numFound='1']", "//str[@name='id'][.='fused']");
    }

    @Test
    public void stopWordsWithDiacriticsAreRemoved() {
        assertQ(req("q", "text:فِي", "fl", "id"), "//result[@numFound='0']");
    }
}
