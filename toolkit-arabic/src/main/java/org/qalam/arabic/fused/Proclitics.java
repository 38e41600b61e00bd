package org.qalam.arabic.fused;

import java.util.Set;

/** The prefixes Arabic writes attached to the next word: conjunctions, prepositions, article. */
final class Proclitics {

    private static final Set<String> CHAINS =
            Set.of(
                    "و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "وب", "فب",
                    "ول", "فل", "وك", "فك", "وبال", "فبال", "وكال", "فكال");

    private Proclitics() {}

    /** Whether {@code letters} is nothing but proclitics (و, ب, ال, بال, لل…). */
    static boolean isProcliticChain(String letters) {
        return CHAINS.contains(letters);
    }
}
