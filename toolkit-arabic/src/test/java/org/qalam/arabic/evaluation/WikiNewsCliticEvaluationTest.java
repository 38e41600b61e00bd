package org.qalam.arabic.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.qalam.arabic.clitic.CliticSegmenter;
import org.qalam.arabic.token.ArabicTokenizer;
import org.qalam.core.model.Token;
import org.qalam.core.model.Word;

/**
 * Clitic segmentation against WikiNews gold (Farasa scheme mapped to ours, see
 * {@link FarasaGold}): a token counts as right when its list of word forms equals the gold
 * segments exactly.
 */
class WikiNewsCliticEvaluationTest {

    private static final double FLOOR = 98.2;

    @Test
    void agreementWithGoldSegmentation() throws IOException {
        List<String> lines = SharedData.lines("wikinews/WikiNews.pos.ref");
        CliticSegmenter segmenter = CliticSegmenter.standard();
        ArabicTokenizer tokenizer = ArabicTokenizer.standard();
        Tally all = new Tally();
        Tally arabic = new Tally();
        Tally goldCut = new Tally();
        Tally goldWholeCut = new Tally();
        Map<Integer, Long> byPieces = new TreeMap<>();
        for (String line : lines) {
            FarasaGold gold = FarasaGold.parse(line);
            if (gold == null) {
                continue;
            }
            List<String> forms = new ArrayList<>();
            for (Token token : tokenizer.tokenize(gold.surface())) {
                for (Word word : segmenter.segment(token)) {
                    forms.add(word.form());
                }
            }
            boolean ok = forms.equals(gold.segments());
            all.add(ok);
            if (gold.arabic()) {
                arabic.add(ok);
            }
            if (gold.segments().size() > 1) {
                goldCut.add(ok);
            } else {
                goldWholeCut.add(forms.size() > 1);
            }
            byPieces.merge(gold.segments().size(), 1L, Long::sum);
        }
        double accuracy = all.percent();
        System.out.printf("%nWikiNews clitic segmentation (Farasa gold mapped to Qalam's scheme)%n");
        System.out.printf("  %-40s %8d%n", "tokens", all.cases());
        System.out.printf("  %-40s %7.2f%%%n", "token accuracy (all)", accuracy);
        System.out.printf("  %-40s %7.2f%%%n", "token accuracy (Arabic tokens)", arabic.percent());
        System.out.printf("  %-40s %7.2f%%  (%d tokens)%n", "gold-cut tokens segmented exactly",
                goldCut.percent(), goldCut.cases());
        System.out.printf("  %-40s %7.2f%%  (%d tokens)%n", "gold-whole tokens wrongly cut",
                goldWholeCut.percent(), goldWholeCut.hits());
        System.out.printf("  %-40s %s%n", "gold tokens by number of words", byPieces);
        System.out.printf("  %-40s %7.2f%%%n", "floor", FLOOR);
        assertThat(accuracy).isGreaterThanOrEqualTo(FLOOR);
    }
}
