package org.qalam.lucene;

import java.util.Locale;

/**
 * What {@link QalamCliticsFilter} does with a word that has clitics ({@code والكتاب} = و + ال +
 * كتاب): index the stem in place of the surface form, or both at the same position.
 *
 * <p>Why a choice: replacing gives the best recall with one term per word; stacking keeps exact
 * surface matches (phrase queries on the written form, highlighting of the whole word) at the cost
 * of a second term.
 */
public enum CliticMode {
    /** The stem replaces the surface form ({@code والكتاب} → {@code كتاب}). */
    REPLACE,
    /** The surface form, then the stem at the same position (position increment 0). */
    STACK;

    /** The mode named {@code name} ({@code replace} or {@code stack}, any case). */
    public static CliticMode parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "unknown clitic mode '" + name + "': expected replace or stack", e);
        }
    }
}
