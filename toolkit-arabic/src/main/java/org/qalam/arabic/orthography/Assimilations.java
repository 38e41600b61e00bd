package org.qalam.arabic.orthography;

import java.util.List;
import java.util.Map;

/**
 * Two function words written as one with a letter fewer: the preposition من or عن before ما or
 * من, its ن assimilated into the م that follows (مما = من + ما, عما = عن + ما, ممن = من + من,
 * عمن = عن + من).
 *
 * <p>Why here: the clitic segmenter writes such a token as two words, the first realized by its
 * first letter alone, as ال is by the second ل of لل; treebanks and Farasa cut them so. Immutable.
 */
public final class Assimilations {

    private static final Map<String, List<String>> WORDS = Map.of(
            "\u0645\u0645\u0627", List.of("\u0645\u0646", "\u0645\u0627"),
            "\u0639\u0645\u0627", List.of("\u0639\u0646", "\u0645\u0627"),
            "\u0645\u0645\u0646", List.of("\u0645\u0646", "\u0645\u0646"),
            "\u0639\u0645\u0646", List.of("\u0639\u0646", "\u0645\u0646"));

    private Assimilations() {
    }

    /**
     * The two words that undiacritized {@code letters} write with one letter fewer, the first
     * realized by the first letter alone; empty when {@code letters} is no such form.
     */
    public static List<String> words(String letters) {
        return WORDS.getOrDefault(letters, List.of());
    }
}
