package org.qalam.extractors.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.qalam.core.model.Mention;
import org.qalam.core.pipeline.Pipeline;

/** Whatever the text, mentions point into it exactly and never overlap. */
class EntitySpanPropertiesTest {

    private static final Pipeline PIPELINE = Pipelines.entities();

    private static final List<String> PIECES = List.of("الأمم", "المتحدة", "وروسيا", "للأمم",
            "الرئيس", "بشار", "الأسد", "نيكي", "هايلي", "وزارة", "الدفاع", "الأمريكية", "محافظة",
            "درعا", "هضبة", "الجولان", "على", "علي", "قال", "إن", "في", "بلدة", "الهري", "حركة",
            "حماس", "سوريا", "ً", "ّ", "ـ", "،", ".", "\"", " ", "  ", "12", "الولاياتالمتحدة",
            "جنوبسوريا", "بن", "أبو", "آل", "عبد", "الله", "المرصد", "السوري", "لحقوق", "الإنسان");

    @Provide
    Arbitrary<String> newsLike() {
        return Arbitraries.of(PIECES).list().ofMaxSize(30)
                .map(pieces -> String.join(" ", pieces));
    }

    @Property(tries = 300)
    void mentionsPointIntoTheTextAndNeverOverlap(@ForAll("newsLike") String text) {
        List<Mention> mentions = Pipelines.mentions(PIPELINE, text);
        int previousEnd = 0;
        for (Mention mention : mentions) {
            assertThat(mention.text()).isEqualTo(text.substring(mention.start(), mention.end()));
            assertThat(mention.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(mention.value()).isNotBlank().doesNotContain("ً", "ّ", "ـ");
            assertThat(mention.type()).isIn("person", "location", "organization");
            previousEnd = mention.end();
        }
    }
}
