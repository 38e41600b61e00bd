package org.qalam.cli.text;

/** How {@code qalam tokenize} writes each line. */
public enum TokenizeFormat {
    /** Tokens separated by single spaces, one output line per input line. */
    TEXT,
    /** CoNLL-U as {@code qalam analyze --format conllu} writes it: clitics as multi-word tokens. */
    CONLLU,
    /** One JSON object per non-empty line, as {@code qalam analyze --format jsonl} writes it. */
    JSONL
}
