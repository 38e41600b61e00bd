package org.qalam.cli.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.qalam.core.model.Document;
import org.qalam.core.model.Layers;
import org.qalam.core.model.Mention;
import org.qalam.core.model.Sentence;
import org.qalam.core.model.Token;
import org.qalam.core.model.Word;
import org.qalam.core.pipeline.Analysis;
import org.qalam.core.pipeline.StepFailure;

/**
 * Writes an {@link Analysis} as the JSON document object of the design brief: {@code id},
 * {@code text}, {@code offsets} ({@code "utf16"}), {@code sentences}, {@code tokens} with their
 * {@code words} (from the words layer: form, role, and {@code repaired} when fused-word repair
 * made them), {@code mentions}, and {@code errors} when a step failed. Offsets are UTF-16
 * indices into {@code text}.
 */
public final class AnalysisJsonWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final boolean pretty;

    private AnalysisJsonWriter(boolean pretty) {
        this.pretty = pretty;
    }

    /** One object per line, for JSON Lines. */
    public static AnalysisJsonWriter compact() {
        return new AnalysisJsonWriter(false);
    }

    /** Indented output, for people. */
    public static AnalysisJsonWriter pretty() {
        return new AnalysisJsonWriter(true);
    }

    /** Writes one document object followed by a newline. */
    public void write(Analysis analysis, Writer out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            if (pretty) {
                json.setPrettyPrinter(new DefaultPrettyPrinter()
                        .withObjectIndenter(new DefaultIndenter("  ", "\n")));
            }
            writeDocument(analysis, json);
        }
        out.write('\n');
    }

    private static void writeDocument(Analysis analysis, JsonGenerator json) throws IOException {
        Document document = analysis.document();
        json.writeStartObject();
        json.writeStringField("id", document.id());
        json.writeStringField("text", document.text());
        json.writeStringField("offsets", "utf16");
        json.writeArrayFieldStart("sentences");
        for (Sentence sentence : document.select(Layers.SENTENCES)) {
            json.writeStartObject();
            json.writeNumberField("start", sentence.start());
            json.writeNumberField("end", sentence.end());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("tokens");
        for (Token token : document.select(Layers.TOKENS)) {
            writeToken(token, document.selectCovered(Layers.WORDS, token), json);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("mentions");
        for (Mention mention : analysis.mentions()) {
            writeMention(mention, json);
        }
        json.writeEndArray();
        if (!analysis.failures().isEmpty()) {
            json.writeArrayFieldStart("errors");
            for (StepFailure failure : analysis.failures()) {
                json.writeStartObject();
                json.writeStringField("extractor", failure.extractor());
                json.writeStringField("error", failure.error());
                json.writeStringField("message", failure.message());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void writeToken(Token token, List<Word> words, JsonGenerator json)
            throws IOException {
        json.writeStartObject();
        json.writeNumberField("start", token.start());
        json.writeNumberField("end", token.end());
        json.writeStringField("text", token.text());
        json.writeStringField("norm", token.norm());
        json.writeStringField("kind", token.kind().label());
        if (!words.isEmpty()) {
            json.writeArrayFieldStart("words");
            for (Word word : words) {
                json.writeStartObject();
                json.writeNumberField("start", word.start());
                json.writeNumberField("end", word.end());
                json.writeStringField("form", word.form());
                json.writeStringField("role", word.role().label());
                if (word.repaired()) {
                    json.writeBooleanField("repaired", true);
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void writeMention(Mention mention, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", mention.type());
        json.writeNumberField("start", mention.start());
        json.writeNumberField("end", mention.end());
        json.writeStringField("text", mention.text());
        json.writeStringField("value", mention.value());
        json.writeStringField("source", mention.source());
        if (mention.confidence().isPresent()) {
            json.writeNumberField("confidence", mention.confidence().getAsDouble());
        }
        if (!mention.attributes().isEmpty()) {
            json.writeObjectFieldStart("attributes");
            for (Map.Entry<String, String> attribute : mention.sortedAttributes().entrySet()) {
                json.writeStringField(attribute.getKey(), attribute.getValue());
            }
            json.writeEndObject();
        }
        json.writeEndObject();
    }
}
