package org.qalam.arabic.clitic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FormMemoTest {

    @Test
    void keepsTheFirstValueOfAFormUpToTheBound() {
        FormMemo<String> memo = new FormMemo<>(2);

        assertThat(memo.keep("كتاب", "a")).isEqualTo("a");
        assertThat(memo.keep("كتاب", "b")).isEqualTo("b");
        assertThat(memo.get("كتاب")).isEqualTo("a");
        assertThat(memo.keep("قلم", "c")).isEqualTo("c");
        assertThat(memo.keep("بيت", "d")).isEqualTo("d");

        assertThat(memo.get("قلم")).isEqualTo("c");
        assertThat(memo.get("بيت")).isNull();
        assertThat(memo.size()).isEqualTo(2);
    }

    @Test
    void aMemoOfNoFormsKeepsNothing() {
        FormMemo<String> memo = new FormMemo<>(0);

        assertThat(memo.keep("كتاب", "a")).isEqualTo("a");
        assertThat(memo.get("كتاب")).isNull();
        assertThatThrownBy(() -> new FormMemo<>(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
