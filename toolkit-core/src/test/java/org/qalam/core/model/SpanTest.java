package org.qalam.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpanTest {

    @Test
    void rejectsNegativeAndInvertedRanges() {
        assertThatThrownBy(() -> Span.of(-1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Span.of(3, 2)).hasMessageContaining("[3, 2)");
    }

    @Test
    void relationsFollowHalfOpenSemantics() {
        Span outer = Span.of(0, 10);
        assertThat(outer.contains(Span.of(2, 10))).isTrue();
        assertThat(outer.intersects(Span.of(10, 12))).isFalse();
        assertThat(Span.of(0, 5).crosses(Span.of(3, 8))).isTrue();
        assertThat(outer.crosses(Span.of(3, 8))).isFalse();
    }

    @Test
    void sortsEnclosingSpanBeforeWhatItCovers() {
        List<Span> spans = new ArrayList<>(List.of(Span.of(2, 3), Span.of(0, 4), Span.of(0, 9)));
        Collections.sort(spans);
        assertThat(spans).containsExactly(Span.of(0, 9), Span.of(0, 4), Span.of(2, 3));
    }

    @Test
    void coveredTextIsTheSubstring() {
        assertThat(Span.of(3, 6).coveredText("في دمشق")).isEqualTo("دمش");
        assertThatThrownBy(() -> Span.of(3, 60).coveredText("في دمشق"))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void anEmptySpanSortsFirstAmongSpansStartingWhereItStands() {
        List<Span> spans = new java.util.ArrayList<>(List.of(Span.of(1, 4), Span.of(1, 1),
                Span.of(0, 1)));
        java.util.Collections.sort(spans);

        assertThat(spans).containsExactly(Span.of(0, 1), Span.of(1, 1), Span.of(1, 4));
    }
}
