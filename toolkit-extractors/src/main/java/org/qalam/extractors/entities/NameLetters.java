package org.qalam.extractors.entities;

import java.util.ArrayList;
import java.util.List;
import org.qalam.arabic.orthography.ArabicLetters;
import org.qalam.arabic.orthography.Clitics;

/**
 * Gives a name back the first letter the word segmenter read as a proclitic: the future particle
 * never comes before a name (ستافنغر), a stem of two letters or a stop word is no name (فان باستن
 * is not ف + ان, بني زيد not ب + ني; but a given name spelled like one, وعلي, keeps و off), and
 * the conjunction ف or the preposition ك, rare before a name, belongs to a name the lists do not
 * know (فيدل كاسترو). A conjunction و or another
 * preposition before a longer stem stays outside (وسولانا, بباريس), as does a proclitic before a
 * listed name or the article.
 */
final class NameLetters {

    private NameLetters() {
    }

    /** {@code entities}, each starting at its token when its first letter belongs to it. */
    static List<Found> restore(List<Found> entities, Chart chart) {
        List<Found> restored = new ArrayList<>(entities.size());
        for (Found entity : entities) {
            Unit unit = chart.units.get(entity.first());
            restored.add(entity.method().equals(Found.GAZETTEER) || !letterOfName(unit, chart)
                    ? entity : new Found(entity.type(), entity.first(), entity.last(),
                            unit.prefixStart(), unit.whole(), entity.method()));
        }
        return restored;
    }

    private static boolean letterOfName(Unit unit, Chart chart) {
        if (!unit.word() || !unit.tokenFirst() || unit.prefix().length() != 1
                || unit.definite() || unit.start() != unit.prefixStart() + 1) {
            return false;
        }
        char letter = unit.prefix().charAt(0);
        if (unit.prefix().equals(Clitics.FUTURE.letters())) {
            return true;
        }
        if (unit.form().length() <= 2
                || unit.in(WordLists.STOP) && !unit.in(WordLists.GIVEN_NAME)) {
            return true;
        }
        return rareBeforeNames(letter) && !chart.model.nameWord(unit.key());
    }

    /**
     * Whether proclitic letter {@code letter} seldom comes before a name: the conjunction ف and
     * the preposition ك (كفرنسا is rare, كيني a name), so that shedding it takes more evidence.
     */
    static boolean rareBeforeNames(char letter) {
        return letter == ArabicLetters.FEH || letter == ArabicLetters.KAF;
    }
}
