package org.qalam.arabic.clitic;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.qalam.arabic.orthography.Clitics;
import org.qalam.core.model.Span;
import org.qalam.core.model.Token;
import org.qalam.core.model.Word;
import org.qalam.core.model.WordRole;

/**
 * The words of one token, kept apart from where the token stands: each word's span relative to
 * the token's start, its form, role, folded form and repair mark. {@link #placeAt} gives the words
 * of any token with the same text.
 *
 * <p>Why: the words of a token depend on its text alone, so the {@code words} step works them out
 * once per word form and only places them afterwards. A folded form that is the token's own
 * {@code norm} is not kept but read from the token placed, so the words never disagree with the
 * token they came from. Kept for thousands of forms, so kept small: a token that is one stem (most
 * tokens) shares one instance that keeps nothing, a folded form equal to its form is the same
 * string, and the clitics' forms are shared constants. Immutable.
 */
final class FormWords {

    /** The words of a token that is a single stem, written and folded as the token itself. */
    private static final FormWords WHOLE_TOKEN = new FormWords(new int[0], new String[0],
            new WordRole[0], new String[0], new boolean[0]);

    /** The letters of every clitic, one shared string each (و, ب, ال, ها...). */
    private static final Map<String, String> CLITIC_FORMS = Stream.of(
                    Clitics.CONJUNCTIONS, Clitics.PREPOSITIONS,
                    List.of(Clitics.FUTURE, Clitics.ARTICLE), Clitics.PRONOUNS)
            .flatMap(List::stream)
            .map(Clitics.Clitic::letters)
            .collect(Collectors.toUnmodifiableMap(Function.identity(), Function.identity(),
                    (a, b) -> a));

    /** Start and end of word {@code k}, relative to the token, at {@code 2k} and {@code 2k + 1}. */
    private final int[] bounds;
    private final String[] forms;
    private final WordRole[] roles;
    /** The folded forms; null where it is the token's {@code norm}. */
    private final String[] folded;
    private final boolean[] repaired;

    private FormWords(int[] bounds, String[] forms, WordRole[] roles, String[] folded,
                      boolean[] repaired) {
        this.bounds = bounds;
        this.forms = forms;
        this.roles = roles;
        this.folded = folded;
        this.repaired = repaired;
    }

    /** The words of {@code token}, as {@link WordsAnnotator} found them, detached from it. */
    static FormWords of(Token token, List<Word> found) {
        if (found.size() == 1 && isWholeToken(token, found.get(0))) {
            return WHOLE_TOKEN;
        }
        int count = found.size();
        int[] bounds = new int[2 * count];
        String[] forms = new String[count];
        WordRole[] roles = new WordRole[count];
        String[] folded = new String[count];
        boolean[] repaired = new boolean[count];
        for (int k = 0; k < count; k++) {
            Word word = found.get(k);
            bounds[2 * k] = word.start() - token.start();
            bounds[2 * k + 1] = word.end() - token.start();
            forms[k] = CLITIC_FORMS.getOrDefault(word.form(), word.form());
            roles[k] = word.role();
            folded[k] = isTokenNorm(token, word) ? null
                    : word.folded().equals(forms[k]) ? forms[k]
                    : CLITIC_FORMS.getOrDefault(word.folded(), word.folded());
            repaired[k] = word.repaired();
        }
        return new FormWords(bounds, forms, roles, folded, repaired);
    }

    /** Adds to {@code out} the words of {@code token}, a token with the text these came from. */
    void placeAt(Token token, List<Word> out) {
        if (this == WHOLE_TOKEN) {
            out.add(Word.stem(token.span(), token.text(), token.norm()));
            return;
        }
        int at = token.start();
        for (int k = 0; k < forms.length; k++) {
            out.add(new Word(Span.of(at + bounds[2 * k], at + bounds[2 * k + 1]), forms[k],
                    roles[k], folded[k] != null ? folded[k] : token.norm(), repaired[k]));
        }
    }

    private static boolean isWholeToken(Token token, Word word) {
        return word.role() == WordRole.STEM && !word.repaired()
                && word.span().equals(token.span()) && word.form().equals(token.text())
                && isTokenNorm(token, word);
    }

    /** The same string, not an equal one: the segmenter handed the token's norm through. */
    private static boolean isTokenNorm(Token token, Word word) {
        return word.folded() == token.norm();
    }
}
