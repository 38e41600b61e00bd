package org.qalam.arabic.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;
import org.qalam.arabic.orthography.ArabicLetters;
import org.qalam.arabic.orthography.ArabicMarks;

/**
 * The Arabic word list: answers whether a string is a valid Arabic word form (with its clitics), as
 * judged by the Ayaspell Hunspell dictionary (LGPL-2.1 / MPL-1.1, see NOTICE), compiled at build
 * time.
 *
 * <p>Why: fused-word repair and clitic segmentation need a fast, trustworthy "is this a word?"
 * oracle. Answers are those of Lucene's Hunspell {@code spell()} on the same dictionary, but the
 * lexicon loads in a few tens of milliseconds instead of over a second. Look-ups ignore diacritics
 * and tatweel ({@code الْوِلَايَاتُ} and {@code الولايـات} are words). Instances are immutable and
 * safe to share between threads; {@link #load()} reads the bundled lexicon once per class loader
 * and returns the same instance afterwards.
 */
public final class ArabicLexicon {

    /** The compiled lexicon, written next to this class by {@link LexiconCompiler}. */
    static final String RESOURCE = "ar-lexicon.bin";

    private static final int[] NO_CLASSES = new int[0];
    /** The class of an entry without affix flags: the compiler gives the empty set this number. */
    static final int NO_AFFIXES = 0;

    private final Speller speller;

    private ArabicLexicon(Speller speller) {
        this.speller = speller;
    }

    /**
     * Returns the bundled Ayaspell lexicon, loading it on first use.
     *
     * @throws UncheckedIOException if the build did not bundle the compiled lexicon
     */
    public static ArabicLexicon load() {
        return Holder.INSTANCE;
    }

    /**
     * Whether {@code word} is a valid word form, ignoring diacritics and tatweel. Empty input, or
     * input that is nothing but diacritics, is not a word.
     */
    public boolean isWord(CharSequence word) {
        Objects.requireNonNull(word, "word");
        String plain = withoutVowelMarks(word);
        if (plain.isEmpty()) {
            return false;
        }
        return speller.spell(plain);
    }

    /**
     * Whether {@code word} is listed as a head word of the dictionary by itself (وزير, لجنة, but
     * not والكتاب, which is only a valid form), ignoring diacritics and tatweel.
     */
    public boolean isEntry(CharSequence word) {
        Objects.requireNonNull(word, "word");
        String plain = speller.clean(withoutVowelMarks(word));
        return !plain.isEmpty() && speller.words().find(plain.toCharArray(), 0, plain.length()) >= 0;
    }

    /**
     * The affix class of each dictionary entry of head word {@code word}, ignoring diacritics and
     * tatweel; empty when it is no head word. An entry's class is the set of affixes the
     * dictionary lets it take, so words inflected alike share it: nouns of one pattern, verbs of
     * one conjugation, names that take neither article nor suffix (غانا, هولندا). عين has entries
     * as a noun and as a verb, some of one class. The numbers are those of the bundled
     * dictionary: stable for one build of it, meaningless across dictionaries.
     */
    public int[] entryClasses(CharSequence word) {
        Objects.requireNonNull(word, "word");
        String plain = speller.clean(withoutVowelMarks(word));
        WordTable words = speller.words();
        int w = plain.isEmpty() ? -1 : words.find(plain.toCharArray(), 0, plain.length());
        if (w < 0) {
            return NO_CLASSES;
        }
        int first = words.entryStart(w);
        int[] classes = new int[words.entryStart(w + 1) - first];
        for (int e = 0; e < classes.length; e++) {
            classes[e] = words.flagSet(first + e);
        }
        return classes;
    }

    /**
     * Whether every dictionary entry of head word {@code word} takes no affix at all: listed only
     * as it stands, like particles and fixed forms. Ayaspell lists some cliticized verbs so
     * (وقام, وعاد), never the common nouns that only look cliticized (وزير, بلد take affixes).
     */
    public boolean isBareEntry(CharSequence word) {
        int[] classes = entryClasses(word);
        return classes.length > 0 && Arrays.stream(classes).allMatch(c -> c == NO_AFFIXES);
    }

    private static ArabicLexicon readBundled() {
        try (InputStream in = ArabicLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("resource " + RESOURCE + " missing next to "
                        + ArabicLexicon.class.getName()
                        + " (the build compiles it from org.languagetool:language-ar)");
            }
            return new ArabicLexicon(new Speller(ByteBuffer.wrap(in.readAllBytes())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled Arabic lexicon", e);
        }
    }

    /** Lazy, thread-safe initialization of the one bundled instance (class-holder idiom). */
    private static final class Holder {
        static final ArabicLexicon INSTANCE = readBundled();
    }

    /** {@code s} without vowel marks and tatweel, which never change which word is written. */
    static String withoutVowelMarks(CharSequence s) {
        int n = s.length();
        int i = 0;
        while (i < n && !isIgnorable(s.charAt(i))) {
            i++;
        }
        if (i == n) {
            return s.toString();
        }
        StringBuilder b = new StringBuilder(n).append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (!isIgnorable(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isIgnorable(char c) {
        return ArabicMarks.isVowelMark(c) || c == ArabicLetters.TATWEEL;
    }
}
