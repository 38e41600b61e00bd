package org.qalam.bench.tools;

/**
 * The one sentence the cold-start measurements run on, written for this project.
 *
 * <p>Why fixed: cold start is compared across runs and commits, so the input must not change.
 * It has two fused words, a number, a date and names, so every step has work to do.
 */
final class Sentences {

    /** A news sentence with fused words (البنكالدولي, لمدينةحلب), a number, a date and names. */
    static final String ONE = "قال وزير المالية سامي العلي أمس إن البنكالدولي سيقدّم 3 ملايين دولار"
            + " لمدينةحلب قبل نهاية العام.";

    private Sentences() {
    }
}
