package org.qalam.language.phrases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qalam.language.names.ArabicKey;

class PhraseTrieTest {

    private static final PhraseTrie<String> NAMES = PhraseTrie.<String>builder(ArabicKey::of)
            .add("الأمم المتحدة", "organization")
            .add("الأمم", "other")
            .add("الأمم المتحدة", "ignored: the first value wins")
            .add("دير الزور", "location")
            .add("  رأس   العين ", "spaces around and between")
            .build();

    private static PhraseTrie.Match<String> at(List<String> words, int from) {
        return NAMES.longest(ArabicKey.of(words.get(from)),
                k -> ArabicKey.of(words.get(k)), from, words.size());
    }

    @Test
    void findsTheLongestPhraseInAnySpelling() {
        List<String> words = List.of("قالت", "الامم", "المتحدة", "إن");
        assertThat(at(words, 1)).isEqualTo(new PhraseTrie.Match<>("organization", 3));
        assertThat(at(words, 0)).isNull();
    }

    @Test
    void fallsBackToAShorterPhrase() {
        assertThat(at(List.of("الأمم", "الأخرى"), 0)).isEqualTo(new PhraseTrie.Match<>("other", 1));
        assertThat(at(List.of("دير"), 0)).isNull();
    }

    @Test
    void cutsWordsAtRunsOfSpaces() {
        assertThat(at(List.of("رأس", "العين"), 0))
                .isEqualTo(new PhraseTrie.Match<>("spaces around and between", 2));
        assertThat(NAMES.hasWord("")).isFalse();
    }

    @Test
    void knowsItsWords() {
        assertThat(NAMES.hasWord("الزور")).isTrue();
        assertThat(NAMES.hasWord("الرقة")).isFalse();
        assertThat(NAMES.root().next("دير").next("الزور").value()).isEqualTo("location");
        assertThat(NAMES.isEmpty()).isFalse();
    }
}
