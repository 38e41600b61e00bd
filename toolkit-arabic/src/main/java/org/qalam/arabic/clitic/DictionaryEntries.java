package org.qalam.arabic.clitic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.qalam.arabic.lexicon.ArabicLexicon;

/**
 * The head words of the bundled Ayaspell dictionary ({@code ar.dic}, unpacked next to
 * {@link ArabicLexicon} at build time), packed into one sorted char array for binary search.
 *
 * <p>Why: Hunspell's {@code spell()} also accepts words with clitics (والكتاب), but the clitic
 * segmenter needs to know which strings are listed as words by themselves (وزير, لجنة). About
 * 7 MB of heap for 465,000 entries; immutable and thread-safe.
 */
final class DictionaryEntries {

    private static final String RESOURCE = "ar.dic";

    private final char[] chars;
    private final int[] offsets;

    private DictionaryEntries(char[] chars, int[] offsets) {
        this.chars = chars;
        this.offsets = offsets;
    }

    /** The bundled entries, read once per class loader. */
    static DictionaryEntries bundled() {
        return Holder.INSTANCE;
    }

    /** Entries read from a Hunspell {@code .dic} stream (first line: count; then word/flags). */
    static DictionaryEntries read(InputStream dic) throws IOException {
        List<String> words = new ArrayList<>(470_000);
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(dic, StandardCharsets.UTF_8))) {
            String line = reader.readLine();
            while ((line = reader.readLine()) != null) {
                int end = 0;
                while (end < line.length() && line.charAt(end) != '/'
                        && !Character.isWhitespace(line.charAt(end))) {
                    end++;
                }
                if (end > 0) {
                    words.add(line.substring(0, end));
                }
            }
        }
        String[] sorted = words.toArray(String[]::new);
        Arrays.sort(sorted);
        int total = 0;
        int unique = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || !sorted[i].equals(sorted[i - 1])) {
                sorted[unique++] = sorted[i];
                total += sorted[i].length();
            }
        }
        char[] chars = new char[total];
        int[] offsets = new int[unique + 1];
        int at = 0;
        for (int i = 0; i < unique; i++) {
            offsets[i] = at;
            sorted[i].getChars(0, sorted[i].length(), chars, at);
            at += sorted[i].length();
        }
        offsets[unique] = at;
        return new DictionaryEntries(chars, offsets);
    }

    /** Whether {@code word} is a head word of the dictionary. */
    boolean contains(String word) {
        int low = 0;
        int high = offsets.length - 2;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int order = compare(mid, word);
            if (order < 0) {
                low = mid + 1;
            } else if (order > 0) {
                high = mid - 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** Number of distinct entries. */
    int size() {
        return offsets.length - 1;
    }

    private int compare(int entry, String word) {
        int from = offsets[entry];
        int length = offsets[entry + 1] - from;
        int common = Math.min(length, word.length());
        for (int k = 0; k < common; k++) {
            int diff = chars[from + k] - word.charAt(k);
            if (diff != 0) {
                return diff;
            }
        }
        return length - word.length();
    }

    /** Lazy, thread-safe loading of the bundled entries. */
    private static final class Holder {
        static final DictionaryEntries INSTANCE = load();

        private static DictionaryEntries load() {
            try (InputStream in = ArabicLexicon.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new UncheckedIOException(new IOException("resource " + RESOURCE
                            + " missing next to " + ArabicLexicon.class.getName()
                            + " (the build unpacks it from org.languagetool:language-ar)"));
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled Arabic dictionary", e);
            }
        }
    }
}
