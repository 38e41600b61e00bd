package org.qalam.examples.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qalam.core.model.Mention;
import org.qalam.core.pipeline.Analysis;
import org.qalam.core.pipeline.OverlapPolicy;
import org.qalam.core.pipeline.Pipeline;
import org.qalam.core.pipeline.PipelineException;
import org.qalam.core.registry.ExtractorRegistry;
import org.qalam.core.spi.ExtractorConfig;

/** The plugin in a real pipeline, as a host runs it: the steps it requires are added for it. */
class WebEntitiesExtractorTest {

    private static final ExtractorRegistry REGISTRY =
            ExtractorRegistry.load(WebEntitiesExtractorTest.class.getClassLoader());

    private static List<Mention> webMentions(Analysis analysis) {
        assertThat(analysis.failures()).isEmpty();
        return analysis.mentions().stream()
                .filter(mention -> mention.source().equals("web-entities")).toList();
    }

    private static Pipeline pipeline(Map<String, String> config) {
        return Pipeline.builder(REGISTRY).use("web-entities")
                .config("web-entities", ExtractorConfig.of(config))
                .overlapPolicy(OverlapPolicy.KEEP_ALL)
                .build();
    }

    @Test
    void requiringNumbersAndWordsBringsTheirSteps() {
        assertThat(pipeline(Map.of()).stepNames())
                .contains("tokens", "words", "numbers", "web-entities")
                .endsWith("web-entities");
    }

    @Test
    void reportsTheTokenizersHashtagsUsersAndUrlsWithExactSpans() {
        String text = "تابعوا #سوريا و@Qalam_NLP على https://example.org/a?b=1.";

        List<Mention> mentions = webMentions(pipeline(Map.of()).analyze(text));

        assertThat(mentions).extracting(Mention::type, Mention::text, Mention::value)
                .containsExactly(
                        tuple("hashtag", "#سوريا", "سوريا"),
                        tuple("user", "@Qalam_NLP", "qalam_nlp"),
                        tuple("url", "https://example.org/a?b=1", "https://example.org/a?b=1"));
        for (Mention mention : mentions) {
            assertThat(text.substring(mention.start(), mention.end())).isEqualTo(mention.text());
        }
    }

    @Test
    void ignoresAnEmailAddressAndAHashAfterAWord() {
        assertThat(webMentions(pipeline(Map.of()).analyze("write to a@b.org or see C#")))
                .isEmpty();
    }

    @Test
    void aNumberFollowedByAMetricWordIsAnEngagement() {
        String text = "حصد المقطع 2 مليون مشاهدة، وللحساب 12 ألف متابع.";

        List<Mention> mentions = webMentions(pipeline(Map.of()).analyze(text));

        assertThat(mentions).extracting(Mention::type, Mention::text, Mention::value,
                        mention -> mention.attributes().get("metric"))
                .containsExactly(
                        tuple("engagement", "2 مليون مشاهدة", "2000000", "views"),
                        tuple("engagement", "12 ألف متابع", "12000", "followers"));
    }

    @Test
    void minEngagementDropsSmallCountsAndMustBeACount() {
        String text = "حصد المقطع 2 مليون مشاهدة، وللحساب 12 ألف متابع.";

        assertThat(webMentions(pipeline(Map.of("min-engagement", "100000")).analyze(text)))
                .extracting(Mention::value).containsExactly("2000000");
        assertThatThrownBy(() -> pipeline(Map.of("min-engagement", "many")))
                .isInstanceOf(PipelineException.class).hasMessageContaining("min-engagement");
    }
}
