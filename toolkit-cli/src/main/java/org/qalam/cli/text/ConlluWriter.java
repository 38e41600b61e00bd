package org.qalam.cli.text;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.qalam.arabic.sentence.SentenceSplitter;
import org.qalam.core.model.Sentence;
import org.qalam.core.model.Token;
import org.qalam.core.model.Word;

/**
 * Writes tokens as CoNLL-U: one block per sentence with {@code # sent_id} and {@code # text},
 * a token of several words as a multi-word range line ({@code 1-3  والكتاب}) followed by its
 * words, {@code SpaceAfter=No} where the next token touches, and the token's UTF-16 span in the
 * line as {@code TokenRange=start:end}. Columns we do not fill are {@code _}.
 */
final class ConlluWriter {

    private final SentenceSplitter splitter;

    ConlluWriter(SentenceSplitter splitter) {
        this.splitter = splitter;
    }

    /** Writes the sentences of one line; a blank line writes nothing. */
    void write(String id, String text, List<Token> tokens, Writer out) throws IOException {
        if (tokens.isEmpty()) {
            return;
        }
        List<Sentence> sentences = splitter.split(text, tokens);
        int next = 0;
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            out.append("# sent_id = ").append(id).append(sentences.size() > 1 ? "-" + (s + 1) : "")
                    .append('\n');
            out.append("# text = ").append(sentence.span().coveredText(text)).append('\n');
            int wordId = 1;
            while (next < tokens.size() && tokens.get(next).end() <= sentence.end()) {
                Token token = tokens.get(next);
                boolean glued = next + 1 < tokens.size()
                        && tokens.get(next + 1).start() == token.end();
                String misc = (glued ? "SpaceAfter=No|" : "") + "TokenRange=" + token.start()
                        + ":" + token.end();
                List<Word> words = token.words();
                if (words.size() > 1) {
                    row(out, wordId + "-" + (wordId + words.size() - 1), token.text(), misc);
                    for (Word word : words) {
                        row(out, Integer.toString(wordId++), word.form(), "_");
                    }
                } else {
                    row(out, Integer.toString(wordId++), token.text(), misc);
                }
                next++;
            }
            out.append('\n');
        }
    }

    private static void row(Writer out, String id, String form, String misc) throws IOException {
        out.append(id).append('\t').append(clean(form))
                .append("\t_\t_\t_\t_\t_\t_\t_\t").append(misc).append('\n');
    }

    /** CoNLL-U forms may not contain tabs or line breaks. */
    private static String clean(String form) {
        return form.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
