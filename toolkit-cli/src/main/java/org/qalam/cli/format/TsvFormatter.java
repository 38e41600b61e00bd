package org.qalam.cli.format;

import java.util.List;
import java.util.stream.Collectors;
import org.qalam.core.model.Document;
import org.qalam.core.model.Layers;
import org.qalam.core.model.Token;
import org.qalam.core.model.Word;
import org.qalam.core.pipeline.Analysis;

/**
 * Tab-separated values for spreadsheets and data frames: a header row, then one row per token:
 * document id, sentence number, token number (both 1-based within the document), UTF-16 start
 * and end, text, norm, kind, words (forms joined by {@code +}) and mention tags
 * ({@code B-type}/{@code I-type}, comma-separated, empty outside mentions). Backslash, tab and
 * line breaks inside a field are escaped as {@code \\}, {@code \t}, {@code \n}, {@code \r}.
 */
final class TsvFormatter implements DocumentFormatter {

    @Override
    public String header() {
        return "doc\tsentence\ttoken\tstart\tend\ttext\tnorm\tkind\twords\tmentions\n";
    }

    @Override
    public String format(Analysis analysis) {
        Document document = analysis.document();
        List<Token> tokens = document.select(Layers.TOKENS);
        String id = escape(document.id());
        StringBuilder out = new StringBuilder(tokens.size() * 48);
        int sentence = 0;
        for (SentenceGroups.Group group : SentenceGroups.of(analysis)) {
            if (group.tokens().isEmpty()) {
                continue;
            }
            sentence++;
            for (int i = 0; i < group.tokens().size(); i++) {
                Token token = group.tokens().get(i);
                int index = group.firstToken() + i;
                out.append(id).append('\t').append(sentence).append('\t').append(index + 1)
                        .append('\t').append(token.start()).append('\t').append(token.end())
                        .append('\t').append(escape(token.text()))
                        .append('\t').append(escape(token.norm()))
                        .append('\t').append(token.kind().label())
                        .append('\t').append(escape(document.selectCovered(Layers.WORDS, token).stream().map(Word::form)
                                .collect(Collectors.joining("+"))))
                        .append('\t').append(escape(String.join(",", group.tags().get(i))))
                        .append('\n');
            }
        }
        return out.toString();
    }

    private static String escape(String value) {
        return Escaping.replace(value, c -> switch (c) {
            case '\\' -> "\\\\";
            case '\t' -> "\\t";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            default -> null;
        });
    }
}
