package org.qalam.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class MentionTest {

    private final Document document = Document.of("نزح 12 ألف شخص");

    @Test
    void builderFillsTextValueAndSortedAttributes() {
        Mention mention = Mention.builder(document, "number", 4, 10)
                .value("12000").attribute("kind", "cardinal").attribute("unit", "شخص")
                .confidence(0.9).build();

        assertThat(mention.text()).isEqualTo("12 ألف");
        assertThat(mention.value()).isEqualTo("12000");
        assertThat(mention.sortedAttributes().keySet()).containsExactly("kind", "unit");
        assertThat(mention.confidence()).hasValue(0.9);
    }

    @Test
    void rejectsConfidenceOutsideUnitInterval() {
        assertThatThrownBy(() -> Mention.builder(document, "number", 4, 6).confidence(1.5).build())
                .hasMessageContaining("confidence");
    }

    @Test
    void rejectsTextThatDoesNotFitTheSpan() {
        assertThatThrownBy(() -> new Mention("number", Span.of(0, 2), "abc", "1", Map.of(), "",
                OptionalDouble.empty())).hasMessageContaining("does not fit");
    }
}
