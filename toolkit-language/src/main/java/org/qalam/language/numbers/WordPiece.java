package org.qalam.language.numbers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.qalam.arabic.orthography.ArabicLetters;
import org.qalam.arabic.orthography.Clitics;
import org.qalam.core.model.CliticGroup;
import org.qalam.core.model.Word;
import org.qalam.language.numbers.NumberWords.Reading;
import org.qalam.language.numbers.NumberWords.Role;

/**
 * One word with its clitics set apart (و, ف, ب, ل, ك and the article), and the word's readings as
 * a number word or its value in digits: cut by the word segmenter ({@link #of(CliticGroup,
 * boolean)}) or, for plain strings and words the segmenter left whole, by spelling
 * ({@link #read}).
 *
 * <p>Why apart from the grammar: this is the one place where a word's clitics are interpreted, so
 * the grammar only ever sees clean stems.
 *
 * @param prefix the clitic letters stripped before the article, folded
 * @param conj whether the prefix starts with a conjunction (و or ف)
 * @param definite whether the article was stripped
 * @param stem the folded word without clitics
 * @param readings its readings as a number word; empty for digits
 * @param digits its value in digits, or null for a number word
 */
record WordPiece(String prefix, boolean conj, boolean definite, String stem,
                 List<Reading> readings, DigitNumber digits) {

    static final String AND = String.valueOf(ArabicLetters.WAW);
    static final String ARTICLE = ArabicLetters.ARTICLE;
    /** No conjunction, or one of the orthography's (و, ف). */
    private static final String[] CONJUNCTIONS = withNone(Clitics.CONJUNCTIONS);
    /** No preposition, or one of the orthography's (ب, ك, ل). */
    private static final String[] PREPOSITIONS = withNone(Clitics.PREPOSITIONS);
    private static final String LAM = String.valueOf(ArabicLetters.LAM);
    /** The clitic letters a first word may start with, fewest letters first. */
    private static final List<Strip> FIRST_WORD_STRIPS = strips(CONJUNCTIONS, PREPOSITIONS);
    /** The same for a later word: only و and the article. */
    private static final List<Strip> LATER_WORD_STRIPS = strips(new String[] {"", AND},
            new String[] {""});

    /** Whether one of the readings has {@code role}. */
    boolean has(Role role) {
        return readings.stream().anyMatch(reading -> reading.role() == role);
    }

    /**
     * The reading of {@code word} with the fewest clitics stripped, or null if it is no number.
     * The first word of an expression may carry و or ف, then ب, ل or ك, then the article; later
     * words only و and the article. A stem left after stripping needs three letters, so that
     * لست is not ل + ست.
     */
    static WordPiece read(String word, boolean first) {
        String folded = Folding.fold(word);
        for (Strip strip : first ? FIRST_WORD_STRIPS : LATER_WORD_STRIPS) {
            if (folded.startsWith(strip.letters())) {
                WordPiece piece = of(folded, strip.conj(), strip.prep(), strip.definite(),
                        strip.letters().length());
                if (piece != null) {
                    return piece;
                }
            }
        }
        return null;
    }

    /**
     * The reading of a group the word segmenter cut, with the same limits as {@link #read}: no
     * future particle or pronoun, a preposition only on the first word, ف only on the first word;
     * null when the stem is no number word.
     */
    static WordPiece of(CliticGroup group, boolean first) {
        String conj = "";
        String prep = "";
        boolean definite = false;
        String stem = null;
        for (Word word : group.words()) {
            switch (word.role()) {
                case CONJUNCTION -> {
                    if (!conj.isEmpty() || !prep.isEmpty() || !first && !word.folded().equals(AND)) {
                        return null;
                    }
                    conj = word.folded();
                }
                case PREPOSITION -> {
                    if (!first || !prep.isEmpty()) {
                        return null;
                    }
                    prep = word.folded();
                }
                case ARTICLE -> definite = true;
                case STEM -> stem = word.folded();
                default -> {
                    return null;
                }
            }
        }
        if (stem == null) {
            return null;
        }
        int stripped = conj.length() + prep.length() + (definite ? ARTICLE.length() : 0);
        return piece(stem, conj, prep, definite, stripped);
    }

    /**
     * Clitic letters that may be stripped from a word's start: a conjunction, a preposition, and
     * the article (after ل only its ل is written: للعام), in the order to try them, fewest letters
     * first (ties in the order of the conjunction and preposition lists).
     */
    private record Strip(String conj, String prep, boolean definite, String letters) {
    }

    private static List<Strip> strips(String[] conjunctions, String[] prepositions) {
        List<Strip> strips = new ArrayList<>();
        for (String conj : conjunctions) {
            for (String prep : prepositions) {
                strips.add(new Strip(conj, prep, false, conj + prep));
                strips.add(new Strip(conj, prep, true,
                        conj + prep + (prep.equals(LAM) ? LAM : ARTICLE)));
            }
        }
        strips.sort(Comparator.comparingInt(strip -> strip.letters().length()));
        return List.copyOf(strips);
    }

    private static String[] withNone(List<Clitics.Clitic> clitics) {
        String[] letters = new String[clitics.size() + 1];
        letters[0] = "";
        for (int i = 0; i < clitics.size(); i++) {
            letters[i + 1] = clitics.get(i).letters();
        }
        return letters;
    }

    private static WordPiece of(String folded, String conj, String prep, boolean definite,
                                int stripped) {
        return piece(folded.substring(stripped), conj, prep, definite, stripped);
    }

    private static WordPiece piece(String stem, String conj, String prep, boolean definite,
                                   int stripped) {
        if (stem.isEmpty()) {
            return null;
        }
        char lead = stem.charAt(0);
        if (DigitNumber.isDigit(lead) || lead == '-' || lead == '+' || lead == '\u2212'
                || lead == '.' || lead == '\u066B') {
            return DigitNumber.parse(stem)
                    .map(digits -> new WordPiece(conj + prep, !conj.isEmpty(), definite, stem,
                            List.of(), digits))
                    .orElse(null);
        }
        if (stripped > 0 && stem.length() < 3) {
            return null;
        }
        List<Reading> readings = NumberWords.readings(stem);
        return readings.isEmpty() ? null
                : new WordPiece(conj + prep, !conj.isEmpty(), definite, stem, readings, null);
    }
}
