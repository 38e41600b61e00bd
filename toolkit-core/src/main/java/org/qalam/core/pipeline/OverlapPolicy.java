package org.qalam.core.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.qalam.core.model.Mention;

/**
 * What a pipeline does with a mention that lies inside a longer mention of another extractor:
 * the number 2025 inside the date {@code العام 2025}, the ordinal {@code الثاني} inside the person
 * {@code عبد الله الثاني}.
 *
 * <p>Why at pipeline level: each extractor sees only its own findings; only the pipeline knows
 * that a number is part of a date or a name. Mentions of the same extractor, and mentions of
 * different extractors over exactly the same span, are never dropped. A step that
 * {@code requires()} another's mention type still sees every mention: the policy applies to the
 * finished document.
 */
public enum OverlapPolicy {
    /** Keep every mention. */
    KEEP_ALL,
    /** Drop a mention covered by a strictly longer mention of another extractor (the default). */
    DROP_NESTED;

    /** The mentions this policy keeps, in the given (span) order. */
    public List<Mention> apply(List<Mention> mentions) {
        if (this == KEEP_ALL || mentions.size() < 2) {
            return mentions;
        }
        List<Mention> kept = new ArrayList<>(mentions.size());
        for (Mention mention : mentions) {
            if (!isNested(mention, mentions)) {
                kept.add(mention);
            }
        }
        return kept.size() == mentions.size() ? mentions : kept;
    }

    private static boolean isNested(Mention inner, List<Mention> all) {
        for (Mention outer : all) {
            if (outer.start() > inner.start()) {
                return false;
            }
            if (!outer.source().equals(inner.source()) && outer.span().contains(inner.span())
                    && outer.span().length() > inner.span().length()) {
                return true;
            }
        }
        return false;
    }
}
