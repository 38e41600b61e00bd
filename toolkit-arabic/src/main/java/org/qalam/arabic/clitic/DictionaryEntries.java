package org.qalam.arabic.clitic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.qalam.arabic.lexicon.ArabicLexicon;

/**
 * The head words of the bundled Ayaspell dictionary ({@code ar.dic}, unpacked next to
 * {@link ArabicLexicon} at build time), kept as a set of 64-bit hashes.
 *
 * <p>Why: Hunspell's {@code spell()} also accepts words with clitics (والكتاب), but the clitic
 * segmenter needs to know which strings are listed as words by themselves (وزير, لجنة). The
 * file is decoded in one pass over its bytes without creating a string per entry, so loading
 * takes a fraction of a second; about 300,000 distinct entries take 4 MB. With 64-bit hashes a
 * false "entry" answer has a probability below one in 10^13 per look-up. Immutable and
 * thread-safe.
 */
final class DictionaryEntries {

    private static final String RESOURCE = "ar.dic";
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private final long[] slots;
    private final int size;

    private DictionaryEntries(long[] slots, int size) {
        this.slots = slots;
        this.size = size;
    }

    /** The bundled entries, read once per class loader. */
    static DictionaryEntries bundled() {
        return Holder.INSTANCE;
    }

    /** Entries of a Hunspell {@code .dic} in UTF-8: a count line, then one word/flags per line. */
    static DictionaryEntries read(byte[] dic) {
        Builder builder = new Builder();
        int i = 0;
        while (i < dic.length && dic[i] != '\n') {
            i++;
        }
        i++;
        while (i < dic.length) {
            long hash = FNV_OFFSET;
            int length = 0;
            while (i < dic.length && dic[i] != '/' && dic[i] != '\n' && dic[i] != '\r'
                    && dic[i] != '\t' && dic[i] != ' ') {
                int lead = dic[i] & 0xFF;
                int c;
                if (lead < 0x80) {
                    c = lead;
                    i++;
                } else if (lead < 0xE0 && i + 1 < dic.length) {
                    c = ((lead & 0x1F) << 6) | (dic[i + 1] & 0x3F);
                    i += 2;
                } else if (lead < 0xF0 && i + 2 < dic.length) {
                    c = ((lead & 0x0F) << 12) | ((dic[i + 1] & 0x3F) << 6) | (dic[i + 2] & 0x3F);
                    i += 3;
                } else {
                    int cp = ((lead & 0x07) << 18) | ((dic[i + 1] & 0x3F) << 12)
                            | ((dic[i + 2] & 0x3F) << 6) | (dic[i + 3] & 0x3F);
                    hash = step(hash, Character.highSurrogate(cp));
                    c = Character.lowSurrogate(cp);
                    i += 4;
                }
                hash = step(hash, c);
                length++;
            }
            if (length > 0) {
                builder.add(finish(hash));
            }
            while (i < dic.length && dic[i] != '\n') {
                i++;
            }
            i++;
        }
        return builder.build();
    }

    /** Whether {@code word} is a head word of the dictionary. */
    boolean contains(String word) {
        if (word.isEmpty()) {
            return false;
        }
        long hash = FNV_OFFSET;
        for (int k = 0; k < word.length(); k++) {
            hash = step(hash, word.charAt(k));
        }
        hash = finish(hash);
        int mask = slots.length - 1;
        for (int slot = (int) hash & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
            if (slots[slot] == hash) {
                return true;
            }
        }
        return false;
    }

    /** Number of distinct entries. */
    int size() {
        return size;
    }

    private static long step(long hash, int c) {
        return (hash ^ c) * FNV_PRIME;
    }

    /** Murmur3's final mix, so that the low bits used as the slot index are well spread. */
    private static long finish(long hash) {
        long h = hash;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

    /** Open-addressing set of non-zero longs that doubles when 70% full. */
    private static final class Builder {
        private long[] slots = new long[1 << 16];
        private int size;

        void add(long hash) {
            if (size * 10L >= slots.length * 7L) {
                long[] old = slots;
                slots = new long[old.length * 2];
                size = 0;
                for (long value : old) {
                    if (value != 0) {
                        insert(value);
                    }
                }
            }
            insert(hash);
        }

        private void insert(long hash) {
            int mask = slots.length - 1;
            int slot = (int) hash & mask;
            while (slots[slot] != 0) {
                if (slots[slot] == hash) {
                    return;
                }
                slot = (slot + 1) & mask;
            }
            slots[slot] = hash;
            size++;
        }

        DictionaryEntries build() {
            return new DictionaryEntries(slots, size);
        }
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
                return read(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled Arabic dictionary", e);
            }
        }
    }
}
