package org.qalam.arabic.fused;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ObjectPronounsTest {

    /** A lexicon of bare verb and noun forms, as the bundled one is for these. */
    private static final Predicate<String> LEXICON =
            Set.of("يحترمون", "تركوا", "قتلتم", "كتاب", "سمعت")::contains;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # plural verbs with an object pronoun, what the pronoun took restored
            يحترمونكم | true
            يحترمونها | true
            تركوهم | true
            قتلتموه | true
            # other stems are too often a noun's tail; unknown stems stay unknown
            كتابهم | false
            سمعتها | false
            يكتبونها | false
            # the pronoun alone, or too short a stem
            هم | false
            """)
    void recognisesPluralVerbsWithAnObject(String word, boolean expected) {
        assertThat(ObjectPronouns.isVerbWithObject(word, LEXICON)).isEqualTo(expected);
    }
}
