package org.qalam.core.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * One stem with the clitics written on it, read off the {@link Layers#WORDS words} layer:
 * وبالأردن = و + ب + ال + أردن; a fused token holds several groups (والإماراتوالسعودية =
 * و + ال + إمارات | و + ال + سعودية).
 *
 * <p>Why: numbers, dates, entities and plugins all want "the word without its clitics" and one
 * rule for where a mention starts and ends. {@link #coreSpan()} is that rule: a mention covers the
 * article and the stem; conjunctions, prepositions and the future particle before it, and a
 * pronoun after it, stay outside (للعام → العام is written ل|لعام, the span starts at the second
 * ل, which realizes ال).
 *
 * @param words the group's words in reading order: proclitics, at most one stem, pronouns
 */
public record CliticGroup(List<Word> words) {

    /** Copies the words; a group is never empty. */
    public CliticGroup {
        words = List.copyOf(requireNonNull(words, "words"));
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a clitic group needs at least one word");
        }
    }

    /**
     * The groups of {@code words} (a words layer or a part of it, in reading order): a group
     * ends after its stem and pronouns, so the next proclitic or stem starts a new one.
     */
    public static List<CliticGroup> of(List<Word> words) {
        List<CliticGroup> groups = new ArrayList<>(words.size());
        List<Word> current = new ArrayList<>(4);
        boolean hasStem = false;
        for (Word word : words) {
            boolean opens = word.role().isProclitic() || word.role() == WordRole.STEM;
            if (opens && !current.isEmpty() && (hasStem
                    || current.get(current.size() - 1).role() == WordRole.PRONOUN)) {
                groups.add(new CliticGroup(current));
                current = new ArrayList<>(4);
                hasStem = false;
            }
            current.add(word);
            hasStem |= word.role() == WordRole.STEM;
        }
        if (!current.isEmpty()) {
            groups.add(new CliticGroup(current));
        }
        return groups;
    }

    /** The stem, or the last word of a group that has none (بها = ب + ها). */
    public Word stem() {
        for (Word word : words) {
            if (word.role() == WordRole.STEM) {
                return word;
            }
        }
        return words.get(words.size() - 1);
    }

    /** Whether the group has the article ال. */
    public boolean isDefinite() {
        return has(WordRole.ARTICLE);
    }

    /** Whether the group has a word of {@code role}. */
    public boolean has(WordRole role) {
        for (Word word : words) {
            if (word.role() == role) {
                return true;
            }
        }
        return false;
    }

    /** Whether fused-word repair produced the group's words. */
    public boolean isRepaired() {
        return words.get(0).repaired();
    }

    /** From the first word to the last, clitics included. */
    public Span span() {
        return Span.of(words.get(0).start(), words.get(words.size() - 1).end());
    }

    /**
     * Where a mention of this group starts and ends: from the article (or the stem when there is
     * none) to the end of the stem; proclitics before and pronouns after stay outside.
     */
    public Span coreSpan() {
        Word stem = stem();
        int start = stem.start();
        for (Word word : words) {
            if (word.role() == WordRole.ARTICLE) {
                start = Math.min(word.start(), stem.start());
                break;
            }
        }
        return Span.of(start, Math.max(start, stem.end()));
    }
}
