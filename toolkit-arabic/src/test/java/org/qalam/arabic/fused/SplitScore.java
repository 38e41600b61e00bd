package org.qalam.arabic.fused;

import java.util.List;

/**
 * The scores of one fused-word splitter on one evaluation set, as the cells of a row of its score
 * table.
 *
 * <p>Why: the corpus-adaptive comparison prints the default and the adaptive splitter side by side
 * on each set, in the columns that set's own evaluation uses.
 */
interface SplitScore {

    /** F1 of the splits (QALB) or of the restored boundaries (WikiNews). */
    double f1();

    /** The row's cells after the variant's name, separated by {@code " | "}. */
    String cells();

    /** The splitter's errors, one tab-separated line each, for {@code target/}. */
    List<String> errors();
}
