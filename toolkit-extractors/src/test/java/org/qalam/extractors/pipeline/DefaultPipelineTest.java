package org.qalam.extractors.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qalam.core.model.Mention;
import org.qalam.core.pipeline.Analysis;
import org.qalam.core.pipeline.Pipeline;
import org.qalam.extractors.testing.Steps;

/**
 * The bundled extractors together, as {@code qalam analyze} runs them: tokens, sentences, words,
 * then numbers, dates and entities, with the pipeline's default overlap policy.
 */
class DefaultPipelineTest {

    private static final Pipeline PIPELINE =
            Steps.pipeline("numbers", "dates", "entities").build();

    private static List<String> found(String text) {
        Analysis analysis = PIPELINE.analyze(text);
        assertThat(analysis.failures()).isEmpty();
        return analysis.mentions().stream()
                .map(m -> m.type() + ":" + m.text() + "=" + m.value()).toList();
    }

    @Test
    void fusedTokensGiveTheirNamesAndTheDateLeavesItsClitic() {
        Analysis analysis = PIPELINE.analyze("وصل وفد إلى جنوبسوريا والإماراتوالسعودية للعام 2025");
        assertThat(analysis.mentions()).extracting(m -> m.type() + ":" + m.text() + "=" + m.value()
                        + "@" + m.start())
                .containsExactly("location:سوريا=سوريا@16", "location:الإمارات=الإمارات@23",
                        "location:السعودية=السعودية@32", "date:لعام 2025=2025@42");
    }

    @Test
    void aFusedTokenReadsLikeTheWordsItWasWrittenFor() {
        List<String> fused = values("وصل وفد إلى جنوبسوريا والإماراتوالسعودية");
        assertThat(fused).isEqualTo(values("وصل وفد إلى جنوب سوريا والإمارات والسعودية"));
    }

    private static List<String> values(String text) {
        return PIPELINE.analyze(text).mentions().stream().map(m -> m.type() + "=" + m.value())
                .toList();
    }

    @Test
    void anOrdinalInsideAPersonIsNoNumber() {
        assertThat(found("استقبل الملك عبد الله الثاني الوفد"))
                .contains("person:عبد الله الثاني=عبد الله الثاني")
                .noneMatch(m -> m.startsWith("number:"));
    }

    @Test
    void mentionSpansLeaveProcliticsOutside() {
        Analysis analysis = PIPELINE.analyze("وبالأردن وصل وفد في الخامس من أيار وبثلاثة آلاف");
        assertThat(analysis.mentions()).extracting(Mention::text)
                .contains("الأردن", "الخامس من أيار", "ثلاثة آلاف");
        assertThat(PIPELINE.analyze("عاد بالأمس وسافر والثلاثاء الماضي لعام").mentions())
                .extracting(Mention::text).contains("الأمس", "الثلاثاء الماضي");
    }
}
