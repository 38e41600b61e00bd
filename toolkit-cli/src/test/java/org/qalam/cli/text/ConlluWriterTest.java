package org.qalam.cli.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qalam.arabic.sentence.SentenceSplitter;
import org.qalam.arabic.token.ArabicTokenizer;
import org.qalam.core.model.Token;
import org.qalam.core.model.Word;

class ConlluWriterTest {

    @Test
    void writesSentencesWithMultiWordTokenRanges() throws Exception {
        String text = "وقال: نعم. انتهى";
        List<Token> tokens = ArabicTokenizer.standard().tokenize(text).stream()
                .map(t -> t.text().equals("وقال")
                        ? t.withWords(List.of(Word.of(0, 1, "و"), Word.of(1, 4, "قال"))) : t)
                .toList();
        StringWriter out = new StringWriter();
        new ConlluWriter(SentenceSplitter.standard()).write("doc:1", text, tokens, out);
        assertThat(out.toString()).isEqualTo(String.join("\n",
                "# sent_id = doc:1-1",
                "# text = وقال: نعم.",
                "1-2\tوقال\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No|TokenRange=0:4",
                "1\tو\t_\t_\t_\t_\t_\t_\t_\t_",
                "2\tقال\t_\t_\t_\t_\t_\t_\t_\t_",
                "3\t:\t_\t_\t_\t_\t_\t_\t_\tTokenRange=4:5",
                "4\tنعم\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No|TokenRange=6:9",
                "5\t.\t_\t_\t_\t_\t_\t_\t_\tTokenRange=9:10",
                "",
                "# sent_id = doc:1-2",
                "# text = انتهى",
                "1\tانتهى\t_\t_\t_\t_\t_\t_\t_\tTokenRange=11:16",
                "", ""));
    }

    @Test
    void blankLinesWriteNothing() throws Exception {
        StringWriter out = new StringWriter();
        new ConlluWriter(SentenceSplitter.standard()).write("doc:2", "  ", List.of(), out);
        assertThat(out.toString()).isEmpty();
    }
}
