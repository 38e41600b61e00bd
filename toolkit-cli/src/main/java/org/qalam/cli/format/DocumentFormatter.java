package org.qalam.cli.format;

import java.io.IOException;
import java.io.Writer;
import org.qalam.core.pipeline.Analysis;

/**
 * Renders analyses as text in one output format. Formatters are stateless and thread-safe, so
 * that documents can be rendered on worker threads and written in input order.
 */
public interface DocumentFormatter {

    /** Written once at the start of each output (a header row), or the empty string. */
    default String header() {
        return "";
    }

    /** One document, ending with a line break. */
    String format(Analysis analysis);

    /** Writes one document to {@code out}; formats that can stream do so without a copy. */
    default void write(Analysis analysis, Writer out) throws IOException {
        out.write(format(analysis));
    }
}
