package org.qalam.core.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * The mentions this policy keeps, in the given order, which must be span order (start
     * ascending, end descending), as {@link org.qalam.core.model.Document} keeps layers. One pass:
     * for each extractor it remembers the farthest end of the mentions that started before the
     * current one, and of those that start where it starts.
     */
    public List<Mention> apply(List<Mention> mentions) {
        if (this == KEEP_ALL || mentions.size() < 2) {
            return mentions;
        }
        Map<String, Integer> endBefore = new HashMap<>();
        Map<String, Integer> endAtStart = new HashMap<>();
        int start = -1;
        List<Mention> kept = new ArrayList<>(mentions.size());
        for (Mention mention : mentions) {
            if (mention.start() != start) {
                endAtStart.forEach((source, end) -> endBefore.merge(source, end, Math::max));
                endAtStart.clear();
                start = mention.start();
            }
            if (!isNested(mention, endBefore, endAtStart)) {
                kept.add(mention);
            }
            endAtStart.merge(mention.source(), mention.end(), Math::max);
        }
        return kept.size() == mentions.size() ? mentions : kept;
    }

    /**
     * Whether another extractor has a mention that started earlier and ends at or after this
     * one's end, or starts here and ends after it: a strictly longer mention around it.
     */
    private static boolean isNested(Mention inner, Map<String, Integer> endBefore,
                                    Map<String, Integer> endAtStart) {
        for (Map.Entry<String, Integer> before : endBefore.entrySet()) {
            if (!before.getKey().equals(inner.source()) && before.getValue() >= inner.end()) {
                return true;
            }
        }
        for (Map.Entry<String, Integer> here : endAtStart.entrySet()) {
            if (!here.getKey().equals(inner.source()) && here.getValue() > inner.end()) {
                return true;
            }
        }
        return false;
    }
}
