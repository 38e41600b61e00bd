package org.qalam.core.model;

/** The keys of the standard layers every Qalam pipeline understands. */
public final class Layers {

    /** Tokens with surface, normalized form and kind; their words once segmented. */
    public static final LayerKey<Token> TOKENS = LayerKey.of("tokens", Token.class);

    /** Sentences. */
    public static final LayerKey<Sentence> SENTENCES = LayerKey.of("sentences", Sentence.class);

    /** Every word of every token, in text order (clitics and fused-word parts). */
    public static final LayerKey<Word> WORDS = LayerKey.of("words", Word.class);

    /** What the extractors found. */
    public static final LayerKey<Mention> MENTIONS = LayerKey.of("mentions", Mention.class);

    private Layers() {
    }
}
