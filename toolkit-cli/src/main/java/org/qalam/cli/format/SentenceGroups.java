package org.qalam.cli.format;

import java.util.ArrayList;
import java.util.List;
import org.qalam.core.model.Document;
import org.qalam.core.model.Layers;
import org.qalam.core.model.Sentence;
import org.qalam.core.model.Span;
import org.qalam.core.model.Token;
import org.qalam.core.pipeline.Analysis;

/**
 * Tokens grouped by the sentence they start in, in one linear pass, each with its mention tags.
 * A document without a sentence layer is one sentence; tokens outside every sentence form groups
 * of their own, so that no token is ever left out of a sentence-based format.
 */
final class SentenceGroups {

    private SentenceGroups() {
    }

    /**
     * One sentence (or run of tokens outside sentences) and its tokens.
     *
     * @param firstToken index of the first token in the document's token layer
     * @param tags the {@link MentionTags} of each token
     */
    record Group(Span span, List<Token> tokens, int firstToken, List<List<String>> tags) {
    }

    /** The groups of the analysed document, tagged with its mentions. */
    static List<Group> of(Analysis analysis) {
        Document document = analysis.document();
        List<Token> tokens = document.select(Layers.TOKENS);
        List<List<String>> tags = MentionTags.of(tokens, analysis.mentions());
        List<Span> sentences = document.layer(Layers.SENTENCES)
                .map(list -> list.stream().map(Sentence::span).toList())
                .orElse(document.text().isEmpty() ? List.of()
                        : List.of(Span.of(0, document.text().length())));
        List<Group> groups = new ArrayList<>();
        int next = 0;
        for (Span sentence : sentences) {
            next = addRun(tokens, tags, next, sentence.start(), null, groups);
            next = addRun(tokens, tags, next, sentence.end(), sentence, groups);
        }
        addRun(tokens, tags, next, Integer.MAX_VALUE, null, groups);
        return groups;
    }

    /** Adds the tokens from {@code from} that start before {@code before}; returns the next index. */
    private static int addRun(List<Token> tokens, List<List<String>> tags, int from, int before,
                              Span sentence, List<Group> groups) {
        int to = from;
        while (to < tokens.size() && tokens.get(to).start() < before) {
            to++;
        }
        if (sentence != null || to > from) {
            Span span = sentence != null ? sentence
                    : Span.of(tokens.get(from).start(), tokens.get(to - 1).end());
            groups.add(new Group(span, tokens.subList(from, to), from, tags.subList(from, to)));
        }
        return to;
    }
}
