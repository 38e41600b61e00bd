package org.qalam.cli.format;

import java.util.List;
import org.qalam.core.model.Document;
import org.qalam.core.model.Layers;
import org.qalam.core.model.Mention;
import org.qalam.core.model.Token;
import org.qalam.core.model.TokenKind;
import org.qalam.core.model.Word;
import org.qalam.core.pipeline.Analysis;

/**
 * CoNLL-U (universaldependencies.org/format.html), the one CoNLL-U writer of the CLI, used by
 * {@code analyze --format conllu} and {@code tokenize --format conllu} alike.
 *
 * <p>Each document starts with {@code # newdoc id}; each sentence has {@code # sent_id} and
 * {@code # text}. A token of several words in the {@code words} layer (clitics, fused words) is
 * a multi-word token line {@code 1-2} followed by its words. MISC carries
 * {@code TokenRange=start:end} (UTF-16 offsets into the document text, as UDPipe writes it),
 * {@code SpaceAfter=No} when the next character of the text is not white space, {@code Norm=}
 * when the normalized form differs, {@code Kind=}, and {@code Mention=B-type} / {@code I-type}
 * tags; each mention is also a {@code # mention} comment of its sentence with its type, offsets
 * and value. Columns without an analysis are {@code _}. Tabs and line breaks inside a field
 * become spaces.
 */
final class ConlluFormatter implements DocumentFormatter {

    @Override
    public String format(Analysis analysis) {
        Document document = analysis.document();
        List<Mention> mentions = analysis.mentions();
        StringBuilder out = new StringBuilder(document.text().length() * 8 + 64);
        out.append("# newdoc id = ").append(field(document.id())).append('\n');
        int sentenceNumber = 0;
        int mention = 0;
        for (SentenceGroups.Group group : SentenceGroups.of(analysis)) {
            if (group.tokens().isEmpty()) {
                continue;
            }
            sentenceNumber++;
            out.append("# sent_id = ").append(field(document.id())).append('-')
                    .append(sentenceNumber).append('\n');
            out.append("# text = ").append(field(group.span().coveredText(document.text())))
                    .append('\n');
            int groupEnd = group.tokens().get(group.tokens().size() - 1).end();
            for (; mention < mentions.size() && mentions.get(mention).start() < groupEnd;
                 mention++) {
                Mention m = mentions.get(mention);
                out.append("# mention = type=").append(field(m.type())).append(" start=")
                        .append(m.start()).append(" end=").append(m.end()).append(" value=")
                        .append(field(m.value())).append('\n');
            }
            int id = 1;
            for (int i = 0; i < group.tokens().size(); i++) {
                Token token = group.tokens().get(i);
                id = appendToken(token, document.selectCovered(Layers.WORDS, token),
                        group.tags().get(i), document.text(), id, out);
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static int appendToken(Token token, List<Word> words, List<String> tags, String text,
                                   int id, StringBuilder out) {
        String misc = misc(token, tags, text);
        if (words.size() <= 1) {
            appendLine(String.valueOf(id), token.text(), upos(token.kind()), misc, out);
            return id + 1;
        }
        int last = id + words.size() - 1;
        appendLine(id + "-" + last, token.text(), "_", misc, out);
        for (Word word : words) {
            appendLine(String.valueOf(id++), word.form(), upos(token.kind()),
                    "TokenRange=" + word.start() + ":" + word.end(), out);
        }
        return id;
    }

    private static String misc(Token token, List<String> tags, String text) {
        StringBuilder misc = new StringBuilder();
        misc.append("TokenRange=").append(token.start()).append(':').append(token.end());
        if (token.end() < text.length() && !Character.isWhitespace(text.charAt(token.end()))) {
            misc.append("|SpaceAfter=No");
        }
        misc.append("|Kind=").append(token.kind().label());
        if (!token.norm().equals(token.text())) {
            misc.append("|Norm=").append(miscValue(token.norm()));
        }
        if (!tags.isEmpty()) {
            misc.append("|Mention=").append(miscValue(String.join(",", tags)));
        }
        return misc.toString();
    }

    private static void appendLine(String id, String form, String upos, String misc,
                                   StringBuilder out) {
        out.append(id).append('\t').append(field(form)).append("\t_\t").append(upos)
                .append("\t_\t_\t_\t_\t_\t").append(misc).append('\n');
    }

    /** Universal POS where the token kind alone decides it. */
    private static String upos(TokenKind kind) {
        return switch (kind) {
            case PUNCT -> "PUNCT";
            case NUMBER, PERCENT -> "NUM";
            case SYMBOL, EMOJI -> "SYM";
            default -> "_";
        };
    }

    private static String field(String value) {
        return value.isEmpty() ? "_" : Escaping.replace(value, c -> switch (c) {
            case '\t', '\n', '\r', '\u2028', '\u2029', '\u0085', '\u000B', '\u000C' -> " ";
            default -> null;
        });
    }

    private static String miscValue(String value) {
        return field(value).replace('|', '¦').replace(' ', '\u00A0');
    }
}
