package org.qalam.examples.web;

import java.util.Map;
import java.util.Optional;

/**
 * The metric words of social media counts, by their folded form (no diacritics, أ إ آ → ا,
 * ة → ه), as the words layer gives a stem: متابع and متابعين are followers.
 *
 * <p>Why folded forms: the plugin compares the words layer's {@code folded} field and never
 * normalizes text itself.
 */
final class Metric {

    private static final Map<String, String> BY_FOLDED_STEM = Map.ofEntries(
            Map.entry("متابع", "followers"), Map.entry("متابعين", "followers"),
            Map.entry("متابعون", "followers"), Map.entry("followers", "followers"),
            Map.entry("مشاهده", "views"), Map.entry("مشاهدات", "views"),
            Map.entry("views", "views"),
            Map.entry("اعجاب", "likes"), Map.entry("اعجابات", "likes"),
            Map.entry("likes", "likes"),
            Map.entry("تغريده", "posts"), Map.entry("تغريدات", "posts"),
            Map.entry("مشاركه", "shares"), Map.entry("مشاركات", "shares"));

    private Metric() {
    }

    /** The metric a folded stem names ({@code followers}, {@code views}, ...), if any. */
    static Optional<String> of(String foldedStem) {
        return Optional.ofNullable(BY_FOLDED_STEM.get(foldedStem));
    }
}
