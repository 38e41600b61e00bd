package org.qalam.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CorporaTest {

    @Test
    void newsIsOneArabicDocumentOfAFewKilobytes() {
        Corpus news = Corpora.byName(Corpora.NEWS);
        assertThat(news.documents()).hasSize(1);
        assertThat(news.utf8Bytes()).isBetween(3_000L, 10_000L);
        assertThat(news.documents().get(0)).contains("عمّان", "40%", "2025");
    }

    @Test
    void syntheticTextIsDeterministicAndReachesItsSize() {
        Corpus first = Corpora.synthetic(200_000);
        Corpus second = Corpora.synthetic(200_000);
        assertThat(first.documents()).isEqualTo(second.documents());
        assertThat(first.utf8Bytes()).isBetween(200_000L - first.documents().size(), 210_000L);
        assertThat(String.join("\n", first.documents())).contains("٪", "«", "؟", "،");
    }

    @Test
    void fusingDeletesAboutTheRequestedShareOfSpaces() {
        Corpus clean = Corpora.synthetic(200_000);
        Corpus fused = Corpora.withFusedWords(clean, 0.05);
        long cleanSpaces = spaces(clean);
        long deleted = cleanSpaces - spaces(fused);
        assertThat(fused.name()).isEqualTo("synthetic200000-fused5");
        assertThat(deleted).isPositive();
        assertThat((double) deleted / cleanSpaces).isBetween(0.03, 0.06);
        assertThat(Corpora.withFusedWords(clean, 0).documents()).isEqualTo(clean.documents());
    }

    @Test
    void namesComposeSizeAndFusing() {
        Corpus fused = Corpora.byName("news-fused10");
        assertThat(fused.name()).isEqualTo("news-fused10");
        assertThat(fused.utf8Bytes()).isLessThan(Corpora.news().utf8Bytes());
        assertThat(Corpora.byName("synthetic1mb").utf8Bytes()).isBetween(1_000_000L, 1_100_000L);
    }

    @Test
    void unknownCorpusNamesTheChoices() {
        assertThatThrownBy(() -> Corpora.byName("nope"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("news").hasMessageContaining("synthetic10mb");
    }

    private static long spaces(Corpus corpus) {
        return corpus.documents().stream().mapToLong(d -> d.chars().filter(c -> c == ' ').count()).sum();
    }
}
