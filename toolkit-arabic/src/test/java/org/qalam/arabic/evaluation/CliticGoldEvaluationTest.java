package org.qalam.arabic.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.qalam.arabic.clitic.CliticSegmenter;
import org.qalam.arabic.clitic.WordsAnnotator;
import org.qalam.arabic.fused.FusedWordSplitter;
import org.qalam.arabic.orthography.Clitics;
import org.qalam.arabic.token.ArabicTokenizer;
import org.qalam.core.model.Token;
import org.qalam.core.model.TokenKind;
import org.qalam.core.model.Word;
import org.qalam.core.model.WordRole;

/**
 * The words layer against our own hand-segmented sentences ({@code clitic-gold.txt}, written for
 * this test, see its header): every clitic boundary is a {@code +} in the sentence. The gold
 * follows a treebank's syntactic words without the article (و ف ب ك ل س and the enclitic
 * pronouns are cut, ال is not), so the boundary after an {@link WordRole#ARTICLE} word is not
 * counted. Scored as boundary precision, recall and F1 and as token accuracy (a token is right
 * when its boundaries equal the gold's exactly), with a floor on both.
 */
class CliticGoldEvaluationTest {

    private static final String GOLD = "clitic-gold.txt";
    private static final char CUT = '+';
    private static final Set<String> PRONOUNS = Clitics.PRONOUNS.stream()
            .map(Clitics.Clitic::letters).collect(Collectors.toUnmodifiableSet());
    private static final double F1_FLOOR = 0.95;
    private static final double ACCURACY_FLOOR = 97.4;

    @Test
    void boundariesAgreeWithHandSegmentedSentences() throws IOException {
        WordsAnnotator words = new WordsAnnotator(FusedWordSplitter.create()::parts,
                CliticSegmenter.standard());
        ArabicTokenizer tokenizer = ArabicTokenizer.standard();
        Tally tokens = new Tally();
        long found = 0;
        long gold = 0;
        long agreed = 0;
        Map<String, Tally> recallByClitic = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        for (String line : goldLines()) {
            String text = line.replace(String.valueOf(CUT), "");
            TreeSet<Integer> goldCuts = goldCuts(line);
            for (Token token : tokenizer.tokenize(text)) {
                if (token.kind() != TokenKind.WORD) {
                    continue;
                }
                TreeSet<Integer> expected = new TreeSet<>(
                        goldCuts.subSet(token.start(), false, token.end(), false));
                TreeSet<Integer> actual = cuts(words.words(text, token));
                tokens.add(expected.equals(actual));
                gold += expected.size();
                found += actual.size();
                for (int cut : expected) {
                    boolean hit = actual.contains(cut);
                    agreed += hit ? 1 : 0;
                    recallByClitic.computeIfAbsent(cliticAt(text, token, expected, cut), k -> new Tally())
                            .add(hit);
                }
                if (!expected.equals(actual)) {
                    errors.add(marked(token.text(), token.start(), expected) + "\t"
                            + marked(token.text(), token.start(), actual));
                }
            }
        }
        double precision = found == 0 ? 0 : (double) agreed / found;
        double recall = gold == 0 ? 0 : (double) agreed / gold;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        System.out.printf("%nClitic boundaries against hand-segmented sentences (%s)%n", GOLD);
        System.out.printf("  %-36s %8d%n", "Arabic word tokens", tokens.cases());
        System.out.printf("  %-36s %7.2f%%  (floor %.2f%%)%n", "token accuracy", tokens.percent(),
                ACCURACY_FLOOR);
        System.out.printf("  %-36s P %.3f  R %.3f  F1 %.3f  (floor %.3f; %d gold, %d found)%n",
                "clitic boundaries", precision, recall, f1, F1_FLOOR, gold, found);
        recallByClitic.forEach((clitic, tally) -> System.out.printf(
                "  %-36s %7.2f%%  (%d)%n", "recall of " + clitic, tally.percent(), tally.cases()));
        if (Boolean.getBoolean("qalam.eval.verbose")) {
            errors.forEach(error -> System.out.println("  gold | ours  " + error));
        }
        assertThat(f1).isGreaterThanOrEqualTo(F1_FLOOR);
        assertThat(tokens.percent()).isGreaterThanOrEqualTo(ACCURACY_FLOOR);
    }

    /** The gold lines, without the header comments. */
    private static List<String> goldLines() throws IOException {
        try (InputStream in = CliticGoldEvaluationTest.class.getResourceAsStream(GOLD)) {
            assertThat(in).as(GOLD).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        }
    }

    /** The offsets, in the sentence without its marks, of the gold boundaries. */
    private static TreeSet<Integer> goldCuts(String line) {
        TreeSet<Integer> cuts = new TreeSet<>();
        int offset = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == CUT) {
                cuts.add(offset);
            } else {
                offset++;
            }
        }
        return cuts;
    }

    /** Where one word ends and the next of the same token begins, the article's end aside. */
    private static TreeSet<Integer> cuts(List<Word> words) {
        TreeSet<Integer> cuts = new TreeSet<>();
        for (int k = 0; k < words.size() - 1; k++) {
            Word word = words.get(k);
            if (word.role() != WordRole.ARTICLE) {
                cuts.add(word.span().end());
            }
        }
        return cuts;
    }

    /**
     * The clitic a gold boundary sets off: the pronoun after it when that is the token's last
     * segment and a pronoun, else the proclitic before it.
     */
    private static String cliticAt(String text, Token token, TreeSet<Integer> cuts, int cut) {
        Integer next = cuts.higher(cut);
        String after = text.substring(cut, next == null ? token.end() : next);
        if (next == null && PRONOUNS.contains(after)) {
            return "+" + after;
        }
        Integer previous = cuts.lower(cut);
        return text.substring(previous == null ? token.start() : previous, cut) + "+";
    }

    private static String marked(String token, int start, TreeSet<Integer> cuts) {
        StringBuilder out = new StringBuilder(token);
        for (int cut : cuts.descendingSet()) {
            out.insert(cut - start, CUT);
        }
        return out.toString();
    }
}
