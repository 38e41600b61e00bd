package org.qalam.core.model;

import static java.util.Objects.requireNonNull;

/**
 * A syntactic word inside a token: a clitic (و, ب, ال, ه), a stem, or one part of a fused word;
 * the elements of the {@link Layers#WORDS words} layer, the one home of words.
 *
 * <p>Like a CoNLL-U multi-word token part, a word has its own {@code form}, which may differ from
 * the letters it covers where orthography changed (لل of للأمم is ل + ال). Its span covers the
 * letters that realize it in the original text; an unwritten word (the ال of للجنة = ل + ال +
 * لجنة) has an empty span where it would stand.
 *
 * @param span the letters that realize the word
 * @param form the word as written on its own
 * @param role what the word does inside its token
 * @param folded the form under the toolkit's search folding (no diacritics, أ إ آ → ا, ى → ي,
 *               ة → ه), the key extractors match word lists against
 * @param repaired whether fused-word repair produced the word: its token lost a space
 *                 (جنوبسوريا → جنوب | سوريا)
 */
public record Word(Span span, String form, WordRole role, String folded, boolean repaired)
        implements Annotation {

    /** Rejects null parts and an empty form. */
    public Word {
        requireNonNull(span, "span");
        requireNonNull(form, "form");
        requireNonNull(role, "role");
        requireNonNull(folded, "folded");
        if (form.isEmpty()) {
            throw new IllegalArgumentException("a word needs a non-empty form");
        }
    }

    /** A stem that is a whole token, not repaired, whose folded form is {@code folded}. */
    public static Word stem(Span span, String form, String folded) {
        return new Word(span, form, WordRole.STEM, folded, false);
    }

    /** This word marked as produced by fused-word repair. */
    public Word asRepaired() {
        return repaired ? this : new Word(span, form, role, folded, true);
    }
}
