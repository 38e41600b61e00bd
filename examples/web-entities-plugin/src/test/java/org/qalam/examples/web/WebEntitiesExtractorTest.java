package org.qalam.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qalam.core.model.Document;
import org.qalam.core.model.Mention;
import org.qalam.core.spi.ExtractionContext;
import org.qalam.core.spi.ExtractorConfig;

class WebEntitiesExtractorTest {

    private final WebEntitiesProvider provider = new WebEntitiesProvider();

    @Test
    void findsHashtagsUsersAndUrlsWithExactSpans() {
        Document document = Document.of("تابعوا #سوريا و@Qalam_NLP على https://example.org/a?b=1.");

        List<Mention> mentions = provider.create(ExtractorConfig.empty())
                .extract(document, ExtractionContext.now());

        assertThat(mentions).extracting(Mention::type, Mention::text, Mention::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("hashtag", "#سوريا", "سوريا"),
                        org.assertj.core.groups.Tuple.tuple("user", "@Qalam_NLP", "qalam_nlp"),
                        org.assertj.core.groups.Tuple.tuple(
                                "url", "https://example.org/a?b=1", "https://example.org/a?b=1"));
        for (Mention mention : mentions) {
            assertThat(document.text(mention)).isEqualTo(mention.text());
        }
    }

    @Test
    void ignoresAnEmailAddressAndAHashInsideAWord() {
        Document document = Document.of("write to a@b.org or see C#");

        assertThat(provider.create(ExtractorConfig.empty())
                .extract(document, ExtractionContext.now())).isEmpty();
    }
}
