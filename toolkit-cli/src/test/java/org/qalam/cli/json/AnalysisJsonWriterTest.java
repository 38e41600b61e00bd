package org.qalam.cli.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
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
import org.qalam.core.pipeline.StepFailure;

class AnalysisJsonWriterTest {

    @Test
    void writesTheDocumentObjectOfTheDesignBrief() throws IOException {
        String text = "وروسيا 12 ألف";
        Token token = new Token(Span.of(0, 6), "وروسيا", "وروسيا", TokenKind.WORD);
        Document document = Document.of("doc-7", text)
                .withLayer(Layers.SENTENCES, List.of(Sentence.of(0, text.length())))
                .withLayer(Layers.TOKENS, List.of(token))
                .withLayer(Layers.WORDS, List.of(
                        new Word(Span.of(0, 1), "و", WordRole.CONJUNCTION, "و", false),
                        new Word(Span.of(1, 6), "روسيا", WordRole.STEM, "روسيا", true)));
        document = document.withMentions(List.of(Mention.builder(document, "number", 7, 13)
                .value("12000").attribute("kind", "cardinal").source("numbers").build()));
        Analysis analysis = new Analysis(document,
                List.of(new StepFailure("dates", "java.lang.IllegalStateException", "boom")));

        StringWriter out = new StringWriter();
        AnalysisJsonWriter.compact().write(analysis, out);

        assertThat(out.toString()).isEqualTo("{\"id\":\"doc-7\",\"text\":\"وروسيا 12 ألف\","
                + "\"offsets\":\"utf16\",\"sentences\":[{\"start\":0,\"end\":13}],"
                + "\"tokens\":[{\"start\":0,\"end\":6,\"text\":\"وروسيا\",\"norm\":\"وروسيا\","
                + "\"kind\":\"word\",\"words\":[{\"start\":0,\"end\":1,\"form\":\"و\","
                + "\"role\":\"conjunction\"},{\"start\":1,\"end\":6,\"form\":\"روسيا\","
                + "\"role\":\"stem\",\"repaired\":true}]}],"
                + "\"mentions\":[{\"type\":\"number\",\"start\":7,\"end\":13,\"text\":\"12 ألف\","
                + "\"value\":\"12000\",\"source\":\"numbers\",\"attributes\":{\"kind\":\"cardinal\"}}],"
                + "\"errors\":[{\"extractor\":\"dates\",\"error\":\"java.lang.IllegalStateException\","
                + "\"message\":\"boom\"}]}\n");
    }

    @Test
    void escapesControlCharactersAndKeepsBidiMarks() throws IOException {
        Document document = Document.of("a\u0000\u200Fb\"");
        StringWriter out = new StringWriter();

        AnalysisJsonWriter.compact().write(new Analysis(document, List.of()), out);

        assertThat(out.toString()).contains("\"text\":\"a\\u0000\u200Fb\\\"\"");
    }
}
