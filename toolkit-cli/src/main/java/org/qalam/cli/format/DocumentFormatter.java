package org.qalam.cli.format;

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
}
