package org.qalam.arabic.clitic;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.qalam.core.memo.BoundedMemo;
import org.qalam.core.model.Document;
import org.qalam.core.model.Layers;
import org.qalam.core.model.Span;
import org.qalam.core.model.Token;
import org.qalam.core.model.TokenKind;
import org.qalam.core.model.Word;
import org.qalam.core.spi.Extractor;

/**
 * The pipeline step that writes the {@link Layers#WORDS words} layer, and nothing else: each
 * token is split into parts by a {@link TokenPartitioner} (the whole token, or fused-word parts,
 * whose words are marked {@linkplain Word#repaired() repaired}), and each Arabic part is cut into
 * clitics and stem, with their roles, by the {@link CliticSegmenter}.
 *
 * <p>Why a separate class: the segmenter stays a plain library API and the sources of word
 * boundaries are composed here. The words of an Arabic token depend on its text alone, so they
 * are worked out once per word form and kept in a memo of at most {@value #MEMO_FORMS} forms
 * shared by every document and thread that uses this annotator (about 7 MB when full); later tokens
 * of a kept form skip the lexicon look-ups. Thread-safe.
 */
public final class WordsAnnotator implements Extractor {

    /** Word forms whose words are kept for later tokens, at most. */
    static final int MEMO_FORMS = 32_768;

    private final TokenPartitioner partitioner;
    private final CliticSegmenter segmenter;
    private final BoundedMemo<String, FormWords> memo = new BoundedMemo<>(MEMO_FORMS);

    /** An annotator that partitions tokens with {@code partitioner}, then cuts clitics. */
    public WordsAnnotator(TokenPartitioner partitioner, CliticSegmenter segmenter) {
        this.partitioner = requireNonNull(partitioner, "partitioner");
        this.segmenter = requireNonNull(segmenter, "segmenter");
    }

    @Override
    public Document annotate(Document document) {
        String text = document.text();
        List<Token> tokens = document.select(Layers.TOKENS);
        List<Word> all = new ArrayList<>(tokens.size() + tokens.size() / 2);
        for (Token token : tokens) {
            addWords(text, token, all);
        }
        return document.withLayer(Layers.WORDS, all);
    }

    /** The words of one token, in order. */
    public List<Word> words(String text, Token token) {
        List<Word> words = new ArrayList<>(2);
        addWords(text, token, words);
        return List.copyOf(words);
    }

    /** Adds the words of {@code token} to {@code out}, in order. */
    private void addWords(String text, Token token, List<Word> out) {
        if (token.kind() != TokenKind.WORD) {
            out.add(Word.stem(token.span(), token.text(), token.norm()));
            return;
        }
        FormWords kept = memo.get(token.text());
        if (kept == null) {
            kept = memo.keep(token.text(), FormWords.of(token, segment(text, token)));
        }
        kept.placeAt(token, out);
    }

    /** The words of an Arabic word token, worked out with the partitioner and the segmenter. */
    private List<Word> segment(String text, Token token) {
        List<Span> parts = partitioner.parts(token);
        if (parts.size() == 1) {
            return segmenter.segment(token);
        }
        List<Word> words = new ArrayList<>();
        for (Span part : parts) {
            if (!token.span().contains(part) || part.isEmpty()) {
                throw new IllegalStateException("partitioner returned " + part
                        + " outside token " + token);
            }
            for (Word word : segmenter.segment(text, part.start(), part.end(), part.start())) {
                words.add(word.asRepaired());
            }
        }
        return words;
    }
}
