package org.qalam.cli.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.qalam.core.model.Document;
import org.qalam.core.model.Layers;
import org.qalam.core.model.Mention;
import org.qalam.core.model.Token;
import org.qalam.core.model.Word;
import org.qalam.core.pipeline.Analysis;
import org.qalam.core.pipeline.StepFailure;

/**
 * A view for a person at a terminal: per document a title line, then each sentence with an
 * aligned table of its tokens (offsets, text, norm, kind, words, mention tags), then the mentions
 * with their values and attributes, then any extractor errors. With colour, mentions are
 * highlighted in the sentence text by type. Invisible characters are shown as escapes, so that
 * the view is safe to print whatever the input holds.
 */
final class TextFormatter implements DocumentFormatter {

    private static final String RESET = "\u001B[0m";
    private static final Map<String, String> COLORS = Map.of(
            "number", "\u001B[1;36m", "date", "\u001B[1;35m", "person", "\u001B[1;33m",
            "location", "\u001B[1;32m", "organization", "\u001B[1;34m");
    private static final String OTHER_COLOR = "\u001B[1;4m";
    private static final String DIM = "\u001B[2m";

    private final boolean color;

    TextFormatter(boolean color) {
        this.color = color;
    }

    @Override
    public String format(Analysis analysis) {
        Document document = analysis.document();
        List<Token> tokens = document.select(Layers.TOKENS);
        List<Mention> mentions = analysis.mentions();
        StringBuilder out = new StringBuilder(document.text().length() * 16 + 128);
        out.append(dim("═══ ")).append(DisplayText.visible(document.id()))
                .append(dim(" ═══ " + count(document.text().length(), "char") + ", "
                        + count(tokens.size(), "token") + ", " + count(mentions.size(), "mention")))
                .append('\n');
        int number = 0;
        for (SentenceGroups.Group group : SentenceGroups.of(analysis)) {
            number++;
            out.append('[').append(number).append("] ")
                    .append(highlighted(document.text(), group.span().start(), group.span().end(),
                            mentions))
                    .append('\n');
            appendTokens(document, group, out);
        }
        if (!mentions.isEmpty()) {
            out.append(dim("mentions")).append('\n');
            appendMentions(mentions, out);
        }
        for (StepFailure failure : analysis.failures()) {
            out.append("error: ").append(DisplayText.visible(failure.toString())).append('\n');
        }
        out.append('\n');
        return out.toString();
    }

    private void appendTokens(Document document, SentenceGroups.Group group, StringBuilder out) {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < group.tokens().size(); i++) {
            Token token = group.tokens().get(i);
            List<Word> tokenWords = document.selectCovered(Layers.WORDS, token);
            String words = tokenWords.size() > 1
                    ? tokenWords.stream().map(Word::form).collect(Collectors.joining(" + "))
                    : "";
            rows.add(new String[] {token.start() + ":" + token.end(),
                DisplayText.visible(token.text()),
                token.norm().equals(token.text()) ? "" : DisplayText.visible(token.norm()),
                token.kind().label(), DisplayText.visible(words),
                String.join(",", group.tags().get(i))});
        }
        appendTable(rows, out);
    }

    private void appendMentions(List<Mention> mentions, StringBuilder out) {
        List<String[]> rows = new ArrayList<>();
        for (Mention mention : mentions) {
            String attributes = mention.sortedAttributes().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
            rows.add(new String[] {mention.start() + ":" + mention.end(),
                DisplayText.visible(mention.type()), DisplayText.visible(mention.text()),
                "→ " + DisplayText.visible(mention.value()),
                DisplayText.visible(attributes + (mention.source().isEmpty() ? ""
                        : (attributes.isEmpty() ? "" : " ") + "(" + mention.source() + ")"))});
        }
        appendTable(rows, out);
    }

    private static void appendTable(List<String[]> rows, StringBuilder out) {
        if (rows.isEmpty()) {
            return;
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], DisplayText.width(row[c]));
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder("    ");
            for (int c = 0; c < row.length; c++) {
                line.append(DisplayText.pad(row[c], widths[c] + 2));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }

    /** The sentence text, visible, with each mention coloured (outer mentions win). */
    private String highlighted(String text, int start, int groupEnd, List<Mention> mentions) {
        int end = groupEnd;
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        if (!color) {
            return DisplayText.visible(text.substring(start, end));
        }
        StringBuilder out = new StringBuilder();
        int position = start;
        for (Mention mention : mentions) {
            int from = Math.max(mention.start(), position);
            int to = Math.min(mention.end(), end);
            if (from >= to) {
                continue;
            }
            out.append(DisplayText.visible(text.substring(position, from)))
                    .append(COLORS.getOrDefault(mention.type(), OTHER_COLOR))
                    .append(DisplayText.visible(text.substring(from, to))).append(RESET);
            position = to;
        }
        return out.append(DisplayText.visible(text.substring(position, end))).toString();
    }

    private String dim(String text) {
        return color ? DIM + text + RESET : text;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
