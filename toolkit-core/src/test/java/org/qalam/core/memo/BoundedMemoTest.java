package org.qalam.core.memo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoundedMemoTest {

    @Test
    void keepsTheFirstValueOfAKeyUpToTheBound() {
        BoundedMemo<String, String> memo = new BoundedMemo<>(2);

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
    void computesAKeyOnceWhileThereIsRoomAndEveryTimeAfter() {
        BoundedMemo<String, Integer> memo = new BoundedMemo<>(1);
        AtomicInteger calls = new AtomicInteger();

        assertThat(memo.get("كتاب", key -> calls.incrementAndGet())).isEqualTo(1);
        assertThat(memo.get("كتاب", key -> calls.incrementAndGet())).isEqualTo(1);
        assertThat(memo.get("قلم", key -> calls.incrementAndGet())).isEqualTo(2);
        assertThat(memo.get("قلم", key -> calls.incrementAndGet())).isEqualTo(3);
    }

    @Test
    void aMemoOfNoKeysKeepsNothing() {
        BoundedMemo<String, String> memo = new BoundedMemo<>(0);

        assertThat(memo.keep("كتاب", "a")).isEqualTo("a");
        assertThat(memo.get("كتاب")).isNull();
        assertThatThrownBy(() -> new BoundedMemo<>(-1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
