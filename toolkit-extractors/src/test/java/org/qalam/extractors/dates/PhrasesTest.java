package org.qalam.extractors.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The word lists' look-up with and without a proclitic, and the check that skips unlisted atoms. */
class PhrasesTest {

    private static Atom word(String text) {
        return new Atom(0, text.length(), Atoms.key(text), Atom.Kind.WORD, false);
    }

    @Test
    void bareFormsTryTheArticleBeforeTheOneLetterProclitics() {
        assertThat(BareForms.of(Atoms.key("للثاني"))).containsExactly(Atoms.key("الثاني"),
                Atoms.key("لثاني"));
        assertThat(BareForms.of(Atoms.key("وبعد"))).containsExactly(Atoms.key("بعد"));
        assertThat(BareForms.of(Atoms.key("لو"))).isEmpty();
    }

    @Test
    void aProcliticIsSetApartOnlyWhenTheWordAsWrittenIsNoPhrase() {
        Phrases<Integer> list = Phrases.<Integer>builder().add("عام", 1).add("لعام", 2).build();
        assertThat(list.match(List.of(word("لعام")), 0).value()).isEqualTo(2);
        assertThat(list.match(List.of(word("وعام")), 0).value()).isEqualTo(1);
        assertThat(list.match(List.of(word("العام")), 0)).isNull();
    }

    @Test
    void anAtomNoListHasAWordForMatchesNoList() {
        Atom atom = word("قرنفلة");
        Phrases<Boolean> list = Phrases.<Boolean>builder().add("قرنفلة", true).build();
        assertThat(atom.listed()).isFalse();
        assertThat(list.at(List.of(atom), 0)).isFalse();
        assertThat(word("وغدا").listed()).isTrue();
    }
}
