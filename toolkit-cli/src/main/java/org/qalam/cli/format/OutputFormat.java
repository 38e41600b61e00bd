package org.qalam.cli.format;

/** How {@code qalam analyze} writes each document; chosen with {@code --format}. */
public enum OutputFormat {
    /** One indented JSON object per document. */
    JSON("json"),
    /** One compact JSON object per line (JSON Lines). */
    JSONL("jsonl"),
    /** CoNLL-U: one line per token and word, multi-word tokens for clitics and fused words. */
    CONLLU("conllu"),
    /** Tab-separated values: a header, then one row per token. */
    TSV("tsv"),
    /** An aligned view for people: sentences, tokens, mentions. */
    TEXT("txt");

    private final String extension;

    OutputFormat(String extension) {
        this.extension = extension;
    }

    /** File name extension of outputs written in an output folder. */
    public String extension() {
        return extension;
    }

    /** A formatter; {@code color} adds ANSI colours where the format has any (text). */
    public DocumentFormatter formatter(boolean color) {
        return switch (this) {
            case JSON -> new JsonFormatter(false);
            case JSONL -> new JsonFormatter(true);
            case CONLLU -> new ConlluFormatter();
            case TSV -> new TsvFormatter();
            case TEXT -> new TextFormatter(color);
        };
    }
}
