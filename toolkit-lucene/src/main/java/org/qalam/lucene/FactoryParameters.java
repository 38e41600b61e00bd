package org.qalam.lucene;

import java.util.Map;

/**
 * The check that ends the constructor of every Qalam analysis factory: each Lucene getter removes
 * the parameter it reads, so whatever is left was misspelt or is not supported.
 *
 * <p>Why one place: a schema with an unknown parameter must fail the same way, with the same
 * message, in Solr, OpenSearch and {@code CustomAnalyzer}, whichever factory it names.
 */
final class FactoryParameters {

    private FactoryParameters() {
    }

    /** Throws {@link IllegalArgumentException} naming the parameters left unread in {@code args}. */
    static void rejectUnread(Map<String, String> args) {
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }
}
