package org.qalam.cli.analyze;

/** How {@code qalam analyze} writes each document. */
public enum OutputFormat {
    /** One indented JSON object per document. */
    JSON,
    /** One compact JSON object per line (JSON Lines). */
    JSONL
}
