package org.qalam.language.numbers;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.qalam.arabic.orthography.ArabicLetters;
import org.qalam.core.model.CliticGroup;
import org.qalam.core.model.Word;
import org.qalam.core.model.WordRole;

/**
 * The words {@link NumberScan} reads: each word's folded spelling, and its reading as a number
 * word with its clitics set apart.
 *
 * <p>Why an interface: plain strings (a user's phrase) have their clitics stripped by spelling,
 * while words from the {@code words} layer come with them already cut by the word segmenter.
 */
interface ParserInput {

    /** Number of words. */
    int size();

    /** The folded spelling of word {@code i}, clitics included. */
    String folded(int i);

    /** Word {@code i} as a number word, or null; {@code first} allows more proclitics. */
    WordPiece read(int i, boolean first);

    /** The first {@code size} words of this input: a number read inside them stops before. */
    default ParserInput upTo(int size) {
        ParserInput all = this;
        return new ParserInput() {
            @Override
            public int size() {
                return Math.min(size, all.size());
            }

            @Override
            public String folded(int i) {
                return all.folded(i);
            }

            @Override
            public WordPiece read(int i, boolean first) {
                return all.read(i, first);
            }
        };
    }

    /** Plain words, whose clitics are stripped by spelling. */
    static ParserInput of(List<String> words) {
        return over(words, Folding::fold, WordPiece::read);
    }

    /**
     * Clitic groups of the {@code words} layer: the segmenter's cut is read first; a group it left
     * whole is read by spelling, as the number words know their own letters (وخمسة).
     */
    static ParserInput ofGroups(List<CliticGroup> groups) {
        return over(groups, ParserInput::spelling, (group, first) -> {
            WordPiece cut = group.words().size() > 1 ? WordPiece.of(group, first) : null;
            return cut != null ? cut : WordPiece.read(spelling(group), first);
        });
    }

    /** The elements of {@code words}, each folded by {@code folding} and read by {@code reading}. */
    private static <W> ParserInput over(List<W> words, Function<W, String> folding,
            BiFunction<W, Boolean, WordPiece> reading) {
        return new ParserInput() {
            @Override
            public int size() {
                return words.size();
            }

            @Override
            public String folded(int i) {
                return folding.apply(words.get(i));
            }

            @Override
            public WordPiece read(int i, boolean first) {
                return reading.apply(words.get(i), first);
            }
        };
    }

    /**
     * The folded letters of a group as written: the article after ل is written as one ل (لل) or
     * not at all (للجنة), and ال elsewhere.
     */
    static String spelling(CliticGroup group) {
        List<Word> words = group.words();
        if (words.size() == 1) {
            return words.get(0).folded();
        }
        StringBuilder letters = new StringBuilder(16);
        WordRole previous = null;
        String previousLetters = "";
        for (Word word : words) {
            boolean afterLam = previous == WordRole.PREPOSITION
                    && previousLetters.equals(String.valueOf(ArabicLetters.LAM));
            if (word.role() == WordRole.ARTICLE && afterLam) {
                if (!word.span().isEmpty()) {
                    letters.append(ArabicLetters.LAM);
                }
            } else {
                letters.append(word.folded());
            }
            previous = word.role();
            previousLetters = word.folded();
        }
        return letters.toString();
    }
}
