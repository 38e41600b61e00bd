package org.qalam.arabic.clitic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DictionaryEntriesTest {

    @Test
    void readsHeadWordsWithoutFlags() {
        String dic = "4\nوزير/77\nكتاب/76\nكتاب/3\nقال\n";
        DictionaryEntries entries = DictionaryEntries.read(dic.getBytes(StandardCharsets.UTF_8));
        assertThat(entries.size()).isEqualTo(3);
        assertThat(entries.contains("وزير")).isTrue();
        assertThat(entries.contains("قال")).isTrue();
        assertThat(entries.contains("زير")).isFalse();
        assertThat(entries.contains("وزير/77")).isFalse();
        assertThat(entries.contains("")).isFalse();
    }

    @Test
    void theBundledDictionaryKnowsItsEntries() {
        DictionaryEntries entries = DictionaryEntries.bundled();
        assertThat(entries.size()).isGreaterThan(250_000);
        assertThat(entries.contains("فلسطين")).isTrue();
        assertThat(entries.contains("والكتاب")).isFalse();
    }
}
