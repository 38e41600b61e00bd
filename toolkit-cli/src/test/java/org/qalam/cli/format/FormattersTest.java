package org.qalam.cli.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qalam.core.model.Document;
import org.qalam.core.model.Layers;
import org.qalam.core.model.Mention;
import org.qalam.core.model.Sentence;
import org.qalam.core.model.Span;
import org.qalam.core.model.Token;
import org.qalam.core.model.TokenKind;
import org.qalam.core.model.Word;
import org.qalam.core.model.WordRole;
import org.qalam.core.pipeline.Analysis;

class FormattersTest {

    /** Two sentences, a clitic token, a two-token number mention, a tab inside the text. */
    private static Analysis sample() {
        String text = "وروسيا 12 ألف.\tذهبتُ";
        Document document = Document.of("d1", text)
                .withLayer(Layers.SENTENCES, List.of(Sentence.of(0, 14), Sentence.of(15, 20)))
                .withLayer(Layers.TOKENS, List.of(
                        new Token(Span.of(0, 6), "وروسيا", "وروسيا", TokenKind.WORD),
                        new Token(Span.of(7, 9), "12", "12", TokenKind.NUMBER),
                        new Token(Span.of(10, 13), "ألف", "الف", TokenKind.WORD),
                        new Token(Span.of(13, 14), ".", ".", TokenKind.PUNCT),
                        new Token(Span.of(15, 20), "ذهبتُ", "ذهبت", TokenKind.WORD)))
                .withLayer(Layers.WORDS, List.of(
                        new Word(Span.of(0, 1), "و", WordRole.CONJUNCTION, "و", false),
                        new Word(Span.of(1, 6), "روسيا", WordRole.STEM, "روسيا", false),
                        Word.stem(Span.of(15, 20), "ذهبتُ", "ذهبت")));
        document = document.withMentions(List.of(Mention.builder(document, "number", 7, 13)
                .value("12000").source("numbers").build()));
        return new Analysis(document, List.of());
    }

    @Test
    void conlluHasMultiWordTokensOffsetsSpacingAndMentions() {
        String conllu = OutputFormat.CONLLU.formatter(false).format(sample());

        assertThat(conllu).isEqualTo("""
                # newdoc id = d1
                # sent_id = d1-1
                # text = وروسيا 12 ألف.
                # mention = type=number start=7 end=13 value=12000
                1-2\tوروسيا\t_\t_\t_\t_\t_\t_\t_\tTokenRange=0:6|Kind=word
                1\tو\t_\t_\t_\t_\t_\t_\t_\tTokenRange=0:1
                2\tروسيا\t_\t_\t_\t_\t_\t_\t_\tTokenRange=1:6
                3\t12\t_\tNUM\t_\t_\t_\t_\t_\tTokenRange=7:9|Kind=number|Mention=B-number
                4\tألف\t_\t_\t_\t_\t_\t_\t_\tTokenRange=10:13|SpaceAfter=No|Kind=word|Norm=الف|Mention=I-number
                5\t.\t_\tPUNCT\t_\t_\t_\t_\t_\tTokenRange=13:14|Kind=punct

                # sent_id = d1-2
                # text = ذهبتُ
                1\tذهبتُ\t_\t_\t_\t_\t_\t_\t_\tTokenRange=15:20|Kind=word|Norm=ذهبت

                """);
    }

    @Test
    void tsvHasAHeaderAndOneEscapedRowPerToken() {
        DocumentFormatter tsv = OutputFormat.TSV.formatter(false);
        String id = "a\tb";
        Document document = Document.of(id, "x\\y")
                .withLayer(Layers.TOKENS, List.of(new Token(Span.of(0, 3), "x\\y", "x\\y",
                        TokenKind.OTHER)));

        assertThat(tsv.header()).startsWith("doc\tsentence\ttoken\tstart\tend\ttext\tnorm");
        assertThat(tsv.format(sample()).lines()).hasSize(5)
                .contains("d1\t1\t3\t10\t13\tألف\tالف\tword\t\tI-number")
                .contains("d1\t1\t1\t0\t6\tوروسيا\tوروسيا\tword\tو+روسيا\t")
                .contains("d1\t2\t5\t15\t20\tذهبتُ\tذهبت\tword\tذهبتُ\t");
        assertThat(tsv.format(new Analysis(document, List.of())))
                .isEqualTo("a\\tb\t1\t1\t0\t3\tx\\\\y\tx\\\\y\tother\t\t\n");
    }

    @Test
    void textAlignsTokensAndListsMentionsWithTheirValues() {
        String text = OutputFormat.TEXT.formatter(false).format(sample());

        assertThat(text).startsWith("═══ d1 ═══ 20 chars, 5 tokens, 1 mention\n[1] وروسيا 12 ألف.\n")
                .contains("    0:6    وروسيا       word    و + روسيا\n")
                .contains("    7:9    12           number             B-number\n")
                .contains("    10:13  ألف     الف  word               I-number\n")
                .contains("[2] ذهبتُ\n")
                .contains("    7:13  number  12 ألف  → 12000  (numbers)\n")
                .doesNotContain("\u001B");
    }

    @Test
    void textColoursMentionsAndNeutralisesControlCharacters() {
        Document document = Document.of("d", "\u001B[2J 12\u200F");
        document = document.withMentions(List.of(Mention.builder(document, "number", 5, 7)
                .value("12").build()));

        String text = OutputFormat.TEXT.formatter(true).format(new Analysis(document, List.of()));

        assertThat(text).contains("<U+001B>[2J \u001B[1;36m12\u001B[0m<U+200F>")
                .doesNotContain("\u001B[2J");
    }

    @Test
    void documentsWithoutLayersStillFormat() {
        Analysis bare = new Analysis(Document.of("e", ""), List.of());

        assertThat(OutputFormat.CONLLU.formatter(false).format(bare)).isEqualTo("# newdoc id = e\n");
        assertThat(OutputFormat.TSV.formatter(false).format(bare)).isEmpty();
        assertThat(OutputFormat.TEXT.formatter(false).format(bare))
                .isEqualTo("═══ e ═══ 0 chars, 0 tokens, 0 mentions\n\n");
    }

    @Test
    void tokensOutsideEverySentenceAreKept() {
        String text = "أ ب ج";
        Document document = Document.of("g", text)
                .withLayer(Layers.SENTENCES, List.of(Sentence.of(2, 3)))
                .withLayer(Layers.TOKENS, List.of(
                        new Token(Span.of(0, 1), "أ", "ا", TokenKind.WORD),
                        new Token(Span.of(2, 3), "ب", "ب", TokenKind.WORD),
                        new Token(Span.of(4, 5), "ج", "ج", TokenKind.WORD)));

        List<SentenceGroups.Group> groups = SentenceGroups.of(new Analysis(document, List.of()));

        assertThat(groups).extracting(SentenceGroups.Group::span)
                .containsExactly(Span.of(0, 1), Span.of(2, 3), Span.of(4, 5));
        assertThat(groups).extracting(SentenceGroups.Group::firstToken).containsExactly(0, 1, 2);
    }
}
