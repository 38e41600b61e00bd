package org.qalam.lucene;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeFactory;
import org.qalam.arabic.token.ArabicTokenizer;
import org.qalam.core.model.TokenKind;

/**
 * A Lucene {@link Tokenizer} that cuts text the way Qalam does: Arabic words with their
 * diacritics, numbers in any digit script with Arabic separators (١٢٫٥), percentages, URLs,
 * e-mail addresses, hashtags, mentions and emoji sequences each kept whole; punctuation and
 * symbols are dropped, as Lucene's {@code StandardTokenizer} drops them.
 *
 * <p>Why: Lucene's {@code StandardTokenizer} breaks {@code ١٢٫٥}, URLs and emoji sequences
 * apart, which no later filter can repair. The token type is {@link QalamTokenTypes#of(TokenKind)}
 * ({@code <WORD>}, {@code <NUMBER>}, ...), which the Qalam filters read to leave non-words alone.
 * The whole input is read before the first token (Qalam's scanner looks ahead for URLs and
 * numbers); tokens longer than {@code maxTokenLength} chars are skipped.
 */
public final class QalamTokenizer extends Tokenizer {

    /** Default longest token kept, as in Lucene's {@code StandardTokenizer}. */
    public static final int DEFAULT_MAX_TOKEN_LENGTH = 255;

    private static final int READ_CHUNK = 4096;
    private static final int INITIAL_TOKENS = 64;
    private static final int FIELDS = 3;
    private static final TokenKind[] KINDS = TokenKind.values();

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

    private final int maxTokenLength;
    private final StringBuilder text = new StringBuilder(READ_CHUNK);
    private final char[] chunk = new char[READ_CHUNK];
    /** start, end, kind ordinal of every token of the current input. */
    private int[] tokens = new int[INITIAL_TOKENS * FIELDS];
    private int count;
    private int next;
    private int skipped;

    /** A tokenizer with the default maximum token length. */
    public QalamTokenizer() {
        this(TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, DEFAULT_MAX_TOKEN_LENGTH);
    }

    /** A tokenizer using {@code factory} that skips tokens longer than {@code maxTokenLength}. */
    public QalamTokenizer(AttributeFactory factory, int maxTokenLength) {
        super(factory);
        if (maxTokenLength < 1) {
            throw new IllegalArgumentException("maxTokenLength must be at least 1: " + maxTokenLength);
        }
        this.maxTokenLength = maxTokenLength;
    }

    @Override
    public boolean incrementToken() {
        clearAttributes();
        while (next < count) {
            int at = next++ * FIELDS;
            int start = tokens[at];
            int end = tokens[at + 1];
            if (end - start > maxTokenLength) {
                skipped++;
                continue;
            }
            termAtt.setEmpty().append(text, start, end);
            offsetAtt.setOffset(correctOffset(start), correctOffset(end));
            posIncAtt.setPositionIncrement(1 + skipped);
            skipped = 0;
            typeAtt.setType(QalamTokenTypes.of(KINDS[tokens[at + 2]]));
            return true;
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        text.setLength(0);
        for (int read = input.read(chunk); read != -1; read = input.read(chunk)) {
            text.append(chunk, 0, read);
        }
        count = 0;
        next = 0;
        skipped = 0;
        ArabicTokenizer.standard().scan(text, (start, end, kind) -> {
            if (QalamTokenTypes.indexed(kind)) {
                add(start, end, kind);
            }
        });
    }

    private void add(int start, int end, TokenKind kind) {
        int at = count * FIELDS;
        if (at + FIELDS > tokens.length) {
            tokens = Arrays.copyOf(tokens, tokens.length * 2);
        }
        tokens[at] = start;
        tokens[at + 1] = end;
        tokens[at + 2] = kind.ordinal();
        count++;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int last = correctOffset(text.length());
        offsetAtt.setOffset(last, last);
        posIncAtt.setPositionIncrement(posIncAtt.getPositionIncrement() + skipped);
    }

    @Override
    public void close() throws IOException {
        super.close();
        text.setLength(0);
        if (text.capacity() > READ_CHUNK * FIELDS) {
            text.trimToSize();
        }
        count = 0;
    }
}
