package org.qalam.arabic.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.analysis.hunspell.SortingStrategy;

/**
 * The Arabic word list: answers whether a string is a valid Arabic word form (with its clitics), as
 * judged by the Ayaspell Hunspell dictionary (LGPL-2.1 / MPL-1.1, see NOTICE) unpacked at build time.
 *
 * <p>Why: fused-word repair and clitic segmentation need a fast, trustworthy "is this a word?"
 * oracle. Look-ups ignore diacritics and tatweel ({@code الْوِلَايَاتُ} and {@code الولايـات} are
 * words). Instances are immutable and safe to share between threads; {@link #load()} builds the
 * bundled lexicon once per class loader (about a second) and returns the same instance afterwards.
 */
public final class ArabicLexicon {

  private static final String AFF = "ar.aff";
  private static final String DIC = "ar.dic";

  private final Hunspell hunspell;

  private ArabicLexicon(Hunspell hunspell) {
    this.hunspell = hunspell;
  }

  /**
   * Returns the bundled Ayaspell lexicon, loading it on first use.
   *
   * @throws UncheckedIOException if the build did not bundle the dictionary files
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
    String plain = ArabicLetters.strip(word);
    if (plain.isEmpty()) {
      return false;
    }
    return hunspell.spell(plain);
  }

  private static ArabicLexicon readBundled() {
    try (InputStream aff = open(AFF);
        InputStream dic = open(DIC)) {
      Dictionary dictionary =
          new Dictionary(aff, List.of(dic), false, SortingStrategy.inMemory());
      return new ArabicLexicon(new Hunspell(dictionary));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled Arabic lexicon", e);
    } catch (ParseException e) {
      throw new IllegalStateException("the bundled Arabic lexicon is malformed: " + e.getMessage(), e);
    }
  }

  private static InputStream open(String name) throws IOException {
    InputStream in = ArabicLexicon.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException(
          "resource " + name + " missing next to " + ArabicLexicon.class.getName()
              + " (the build unpacks it from org.languagetool:language-ar)");
    }
    return in;
  }

  /** Lazy, thread-safe initialization of the one bundled instance (class-holder idiom). */
  private static final class Holder {
    static final ArabicLexicon INSTANCE = readBundled();
  }
}
