package org.qalam.arabic.normalize;

/**
 * What a {@link Normalizer} changes. Tools disagree on Arabic normalization (Lucene keeps the
 * superscript alef U+0670, CAMeL Tools strips it; some unify ة with ه, others do not), so every
 * rewrite is named here and every profile keeps a map back to the original offsets.
 *
 * <p>Why profiles rather than a bag of flags: a search index and a display layer need coherent,
 * documented sets of rewrites, and two runs with the same profile must agree.
 */
public enum NormalizationProfile {

    /**
     * Aggressive folding for matching and indexing; every rewrite maps one source char (or a
     * letter with its combining hamza or madda) to zero or more output chars:
     * <ul>
     *   <li>alef forms أ إ آ ٱ (U+0623, U+0625, U+0622, U+0671) and a bare alef followed by a
     *       combining madda or hamza → ا;</li>
     *   <li>ى (alef maqsura) → ي; Farsi yeh ی (U+06CC) → ي; keheh ک (U+06A9) → ك;</li>
     *   <li>ة (teh marbuta) → ه;</li>
     *   <li>و or ي followed by a combining hamza above → ؤ, ئ (the precomposed letters stay);</li>
     *   <li>every diacritic of {@link org.qalam.arabic.diacritics.Diacritics} is stripped,
     *       superscript alef U+0670 included (as CAMeL Tools does; Lucene keeps it);</li>
     *   <li>tatweel ـ is removed;</li>
     *   <li>Arabic-Indic ٠-٩ and Persian ۰-۹ digits → ASCII 0-9; the Arabic decimal separator ٫ →
     *       {@code .}, the thousands separator ٬ → {@code ,}, the Arabic percent ٪ → {@code %};</li>
     *   <li>presentation forms and ligatures (U+FB50–U+FDFF, U+FE70–U+FEFE) are decomposed to
     *       their compatibility letters (ﻻ → لا, ﷲ → الله), which then go through the rules above;</li>
     *   <li>bidi controls and zero-width chars are removed, except a ZWJ inside an emoji
     *       sequence;</li>
     *   <li>Latin, Greek and Cyrillic capitals are lower-cased.</li>
     * </ul>
     * Hamza on its own (ء) and the hamza seats ؤ ئ are kept: they distinguish words (سؤال, مسائل).
     */
    SEARCH,

    /**
     * Only safe clean-up that never changes how a reader understands the text:
     * <ul>
     *   <li>tatweel ـ is removed;</li>
     *   <li>bidi controls and zero-width chars are removed, except a ZWJ inside an emoji
     *       sequence;</li>
     *   <li>the result is in Unicode NFC (ا + combining hamza → أ), composed run by run so that
     *       offsets stay exact.</li>
     * </ul>
     * Letters, diacritics, digits and presentation forms are kept as written.
     */
    DISPLAY
}
