package org.qalam.cli.text;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.qalam.arabic.clitic.WordsProvider;
import org.qalam.arabic.sentence.SentenceSplitter;
import org.qalam.arabic.token.ArabicTokenizer;
import org.qalam.cli.LineFilterCommand;
import org.qalam.cli.json.AnalysisJsonWriter;
import org.qalam.core.model.Document;
import org.qalam.core.model.Layers;
import org.qalam.core.model.Token;
import org.qalam.core.model.Word;
import org.qalam.core.pipeline.Analysis;
import org.qalam.core.spi.Extractor;
import org.qalam.core.spi.ExtractorConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code qalam tokenize}: tokenizes every input line and prints the tokens as text, CoNLL-U or
 * JSON lines. CoNLL-U and {@code --words} also cut words as the {@code words} step does (fused
 * tokens, then clitics: و+ال+كتاب), which loads the lexicon.
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

    private final ArabicTokenizer tokenizer = ArabicTokenizer.standard();
    private Extractor wordsStep;
    private ConlluWriter conllu;
    private final AnalysisJsonWriter json = AnalysisJsonWriter.compact();
    private final StringBuilder buffer = new StringBuilder(256);

    @Override
    protected void start() {
        if (words || format == TokenizeFormat.CONLLU) {
            wordsStep = new WordsProvider().create(ExtractorConfig.empty());
        }
        conllu = new ConlluWriter(SentenceSplitter.standard());
    }

    @Override
    protected void line(String text, String source, long number, Writer out) throws IOException {
        switch (format) {
            case TEXT -> text(text, out);
            case CONLLU -> conllu.write(source + ":" + number, text, tokens(text), out);
            case JSONL -> jsonl(text, source, number, out);
            default -> throw new IllegalStateException("format " + format);
        }
    }

    private List<Token> tokens(String text) {
        List<Token> tokens = tokenizer.tokenize(text);
        if (wordsStep == null) {
            return tokens;
        }
        return wordsStep.annotate(Document.of(text).withLayer(Layers.TOKENS, tokens))
                .select(Layers.TOKENS);
    }

    private void text(String text, Writer out) throws IOException {
        buffer.setLength(0);
        for (Token token : tokens(text)) {
            if (buffer.length() > 0) {
                buffer.append(' ');
            }
            if (token.words().size() > 1) {
                for (int k = 0; k < token.words().size(); k++) {
                    Word word = token.words().get(k);
                    buffer.append(k == 0 ? "" : "+").append(word.form());
                }
            } else {
                buffer.append(token.text());
            }
        }
        out.append(buffer).append('\n');
    }

    private void jsonl(String text, String source, long number, Writer out) throws IOException {
        if (text.isBlank()) {
            return;
        }
        List<Token> tokens = tokens(text);
        Document document = Document.of(source + ":" + number, text)
                .withLayer(Layers.TOKENS, tokens)
                .withLayer(Layers.SENTENCES, SentenceSplitter.standard().split(text, tokens));
        json.write(new Analysis(document, List.of()), out);
    }
}
