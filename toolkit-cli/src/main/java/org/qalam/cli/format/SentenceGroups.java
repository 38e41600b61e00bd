package org.qalam.cli.format;

import java.util.ArrayList;
import java.util.List;
import org.qalam.core.model.Document;
import org.qalam.core.model.Layers;
import org.qalam.core.model.Sentence;
import org.qalam.core.model.Span;
import org.qalam.core.model.Token;

/**
 * Tokens grouped by the sentence they start in, in one linear pass. A document without a
 * sentence layer is one sentence; tokens outside every sentence form groups of their own, so
 * that no token is ever left out of a sentence-based format.
 */
final class SentenceGroups {

    private SentenceGroups() {
    }

    /**
     * One sentence (or run of tokens outside sentences) and its tokens.
     *
     * @param firstToken index of the first token in the document's token layer
     */
    record Group(Span span, List<Token> tokens, int firstToken) {
    }

    static List<Group> of(Document document) {
        List<Token> tokens = document.select(Layers.TOKENS);
        List<Span> sentences = document.layer(Layers.SENTENCES)
                .map(list -> list.stream().map(Sentence::span).toList())
                .orElse(document.text().isEmpty() ? List.of()
                        : List.of(Span.of(0, document.text().length())));
        List<Group> groups = new ArrayList<>();
        int next = 0;
        for (Span sentence : sentences) {
            next = addRun(tokens, next, sentence.start(), null, groups);
            next = addRun(tokens, next, sentence.end(), sentence, groups);
        }
        addRun(tokens, next, Integer.MAX_VALUE, null, groups);
        return groups;
    }

    /** Adds the tokens from {@code from} that start before {@code before}; returns the next index. */
    private static int addRun(List<Token> tokens, int from, int before, Span sentence,
                              List<Group> groups) {
        int to = from;
        while (to < tokens.size() && tokens.get(to).start() < before) {
            to++;
        }
        if (sentence != null) {
            groups.add(new Group(sentence, tokens.subList(from, to), from));
        } else if (to > from) {
            groups.add(new Group(Span.of(tokens.get(from).start(), tokens.get(to - 1).end()),
                    tokens.subList(from, to), from));
        }
        return to;
    }
}
