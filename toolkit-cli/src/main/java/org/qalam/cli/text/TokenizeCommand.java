package org.qalam.cli.text;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.qalam.cli.LineFilterCommand;
import org.qalam.cli.format.DocumentFormatter;
import org.qalam.cli.format.OutputFormat;
import org.qalam.core.model.Document;
import org.qalam.core.model.Layers;
import org.qalam.core.model.Token;
import org.qalam.core.model.Word;
import org.qalam.core.pipeline.Analysis;
import org.qalam.core.pipeline.Pipeline;
import org.qalam.core.pipeline.StepFailure;
import org.qalam.core.registry.ExtractorRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code qalam tokenize}: runs the pipeline's {@code tokens} and {@code sentences} steps (and
 * {@code words} with {@code --words} or CoNLL-U) on every input line and prints the tokens as
 * text, CoNLL-U or JSON lines.
 *
 * <p>Why the pipeline rather than the steps by hand: tokenize then shows exactly the tokens,
 * sentences and words that {@code analyze} gives, written by the same formatters.
 */
@Command(name = "tokenize", mixinStandardHelpOptions = true,
        description = "Tokenize Arabic text line by line (text, conllu, jsonl).")
public final class TokenizeCommand extends LineFilterCommand {

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private TokenizeFormat format;

    @Option(names = "--words",
            description = "Cut clitics: text joins a token's words with '+', jsonl lists them "
                    + "(always on for conllu).")
    private boolean words;

    private Pipeline pipeline;
    private DocumentFormatter formatter;
    private final StringBuilder buffer = new StringBuilder(256);

    @Override
    protected void start() {
        List<String> steps = new ArrayList<>(List.of(Layers.TOKENS.name(),
                Layers.SENTENCES.name()));
        if (words || format == TokenizeFormat.CONLLU) {
            steps.add(Layers.WORDS.name());
        }
        pipeline = Pipeline.builder(ExtractorRegistry.load(TokenizeCommand.class.getClassLoader()))
                .use(steps)
                .build();
        formatter = format == TokenizeFormat.CONLLU ? OutputFormat.CONLLU.formatter(false)
                : OutputFormat.JSONL.formatter(false);
    }

    @Override
    protected void line(String text, String source, long number, Writer out) throws IOException {
        if (format != TokenizeFormat.TEXT && text.isBlank()) {
            return;
        }
        Analysis analysis = pipeline.analyze(Document.of(source + ":" + number, text));
        for (StepFailure failure : analysis.failures()) {
            fail(source + ":" + number + ": " + failure);
        }
        if (format == TokenizeFormat.TEXT) {
            text(analysis.document(), out);
        } else {
            formatter.write(analysis, out);
        }
    }

    private void text(Document document, Writer out) throws IOException {
        buffer.setLength(0);
        for (Token token : document.select(Layers.TOKENS)) {
            if (buffer.length() > 0) {
                buffer.append(' ');
            }
            List<Word> tokenWords = document.selectCovered(Layers.WORDS, token);
            if (tokenWords.size() > 1) {
                for (int k = 0; k < tokenWords.size(); k++) {
                    buffer.append(k == 0 ? "" : "+").append(tokenWords.get(k).form());
                }
            } else {
                buffer.append(token.text());
            }
        }
        out.append(buffer).append('\n');
    }
}
