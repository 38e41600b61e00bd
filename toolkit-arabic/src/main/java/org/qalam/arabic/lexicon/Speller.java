package org.qalam.arabic.lexicon;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Hunspell's spelling check over the compiled lexicon: prefix, suffix and cross-product
 * stripping with twofold suffixes (continuation classes), input conversion, ignored characters,
 * numbers, trailing dots and hyphen breaks, following Lucene's {@code Hunspell.spell()} step by
 * step for the directives the Ayaspell dictionary uses.
 *
 * <p>Why: the same answers as Lucene without its second-long dictionary construction. Directives
 * outside this set make {@link LexiconCompiler} fail the build. Immutable and thread-safe.
 *
 * <p>Speed: many rules of one affix strip the same letters and differ only in their condition or
 * flag (Ayaspell has 1,407 suffix rules but 534 distinct strips per affix), so the rules of an
 * affix are kept grouped by strip and the head word a strip leaves is looked up once per group.
 * The order rules are tried in never changes an answer: a word is spelled right when any rule
 * accepts it.
 */
final class Speller {

    /** First int of the compiled resource; change it with the format. */
    static final int FORMAT = 0x514C5803;

    private static final int MAX_BREAKS = 10;
    /** No affix rule: no prefix stripped, or no outer suffix yet. */
    private static final int NONE = -1;

    private final char[] ignore;
    private final char[] convertFrom;
    private final String[] convertTo;
    private final long[][] flagSets;
    private final int[] flag;
    private final boolean[] cross;
    private final char[][] strip;
    private final int[] continuation;
    private final char[][][] conditionChars;
    private final boolean[][] conditionNegated;
    private final int[] conditionLength;
    private final long[] secondStage;
    private final AffixTrie prefixes;
    private final AffixTrie suffixes;
    private final WordTable words;

    /** Reads a lexicon written by {@link LexiconCompiler}. */
    Speller(ByteBuffer in) {
        if (in.getInt() != FORMAT) {
            throw new IllegalStateException("unknown compiled lexicon format");
        }
        ignore = string(in).toCharArray();
        Arrays.sort(ignore);
        int conversions = in.getShort();
        convertFrom = new char[conversions];
        convertTo = new String[conversions];
        for (int i = 0; i < conversions; i++) {
            convertFrom[i] = in.getChar();
            convertTo[i] = string(in);
        }
        int flags = in.getShort();
        flagSets = new long[in.getShort()][];
        for (int s = 0; s < flagSets.length; s++) {
            flagSets[s] = new long[(flags + 63) >>> 6];
            for (int k = in.getShort(); k > 0; k--) {
                int f = in.getShort();
                flagSets[s][f >>> 6] |= 1L << f;
            }
        }
        int rules = in.getShort();
        flag = new int[rules];
        cross = new boolean[rules];
        strip = new char[rules][];
        continuation = new int[rules];
        conditionChars = new char[rules][][];
        conditionNegated = new boolean[rules][];
        conditionLength = new int[rules];
        secondStage = new long[(flags + 63) >>> 6];
        Map<String, int[]> pre = new HashMap<>();
        Map<String, int[]> suf = new HashMap<>();
        Map<String, char[]> strips = new HashMap<>();
        for (int r = 0; r < rules; r++) {
            boolean prefix = in.get() != 0;
            flag[r] = in.getShort();
            cross[r] = in.get() != 0;
            strip[r] = strips.computeIfAbsent(string(in), String::toCharArray);
            String append = string(in);
            continuation[r] = in.getShort();
            readCondition(in, r);
            Map<String, int[]> byAppend = prefix ? pre : suf;
            int[] old = byAppend.getOrDefault(append, new int[0]);
            int[] ids = Arrays.copyOf(old, old.length + 1);
            ids[old.length] = r;
            byAppend.put(append, ids);
            if (!prefix) {
                long[] bits = flagSets[continuation[r]];
                for (int k = 0; k < bits.length; k++) {
                    secondStage[k] |= bits[k];
                }
            }
        }
        pre.replaceAll((append, ids) -> groupedByStrip(ids));
        suf.replaceAll((append, ids) -> groupedByStrip(ids));
        prefixes = AffixTrie.of(pre, false);
        suffixes = AffixTrie.of(suf, true);
        words = WordTable.read(in);
    }

    /** {@code ids} reordered so that rules with the same strip (one shared array) are adjacent. */
    private int[] groupedByStrip(int[] ids) {
        return IntStream.of(ids).boxed()
                .sorted(Comparator.comparing((Integer r) -> new String(strip[r]))
                        .thenComparing(r -> r))
                .mapToInt(Integer::intValue).toArray();
    }

    private void readCondition(ByteBuffer in, int r) {
        int count = in.getShort();
        conditionLength[r] = count;
        conditionChars[r] = new char[Math.max(count, 0)][];
        conditionNegated[r] = new boolean[Math.max(count, 0)];
        for (int k = 0; k < count; k++) {
            // "." is stored as the negation of the empty class: every character passes.
            conditionNegated[r][k] = in.get() != 0;
            char[] chars = string(in).toCharArray();
            Arrays.sort(chars);
            conditionChars[r][k] = chars;
        }
    }

    private static String string(ByteBuffer in) {
        char[] chars = new char[in.getShort()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = in.getChar();
        }
        return new String(chars);
    }

    /** The head-word table (entries as listed, after ignored characters and input conversion). */
    WordTable words() {
        return words;
    }

    /** Lucene's {@code Hunspell.spell(word)}. */
    boolean spell(String word) {
        if (word.isEmpty()) {
            return true;
        }
        String clean = clean(word);
        if (clean.endsWith(".")) {
            int length = clean.length() - 1;
            while (length > 0 && clean.charAt(length - 1) == '.') {
                length--;
            }
            return spellClean(clean.substring(0, length))
                    || spellClean(clean.substring(0, length + 1));
        }
        return spellClean(clean);
    }

    /** Removes ignored characters and applies the input conversion table. */
    String clean(String word) {
        StringBuilder sb = null;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean skip = Arrays.binarySearch(ignore, c) >= 0;
            int conversion = skip ? -1 : conversion(c);
            if (sb == null && (skip || conversion >= 0)) {
                sb = new StringBuilder(word.length() + 4).append(word, 0, i);
            }
            if (sb != null && !skip) {
                if (conversion >= 0) {
                    sb.append(convertTo[conversion]);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? word : sb.toString();
    }

    private int conversion(char c) {
        for (int i = 0; i < convertFrom.length; i++) {
            if (convertFrom[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /*
     * Lucene's case variants are left out: the compiler verified that no dictionary entry or
     * affix holds a cased character, so a variant of a word with a cased character never matches.
     */
    private boolean spellClean(String word) {
        if (isNumber(word)) {
            return true;
        }
        char[] chars = word.toCharArray();
        if (check(chars, chars.length)) {
            return true;
        }
        return !tooManyBreaks(word) && tryBreaks(word);
    }

    private static boolean isNumber(String s) {
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (isDigit(c)) {
                i++;
            } else if (c == '.' || c == ',' || c == '-') {
                if (i == 0 || i >= s.length() - 1 || !isDigit(s.charAt(i + 1))) {
                    return false;
                }
                i += 2;
            } else {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private boolean tryBreaks(String word) {
        if (word.length() > 1 && word.startsWith("-") && spell(word.substring(1))) {
            return true;
        }
        if (word.length() > 1 && word.endsWith("-")
                && spell(word.substring(0, word.length() - 1))) {
            return true;
        }
        int pos = word.indexOf('-');
        return canBreakAt(word, pos) || pos > 0 && canBreakAt(word, word.indexOf('-', pos + 1));
    }

    private static boolean tooManyBreaks(String word) {
        int occurrences = 0;
        for (int pos = word.indexOf('-'); pos >= 0; pos = word.indexOf('-', pos + 1)) {
            if (++occurrences >= MAX_BREAKS) {
                return true;
            }
        }
        return false;
    }

    private boolean canBreakAt(String word, int pos) {
        return pos > 0 && pos < word.length() - 1 && spell(word.substring(0, pos))
                && spell(word.substring(pos + 1));
    }

    /** Whether the cleaned word is an entry, or an entry with affixes its flags allow. */
    private boolean check(char[] w, int length) {
        if (words.find(w, 0, length) >= 0) {
            return true;
        }
        int node = 0;
        for (int i = 0; i < length; i++) {
            if (i > 0 && (node = prefixes.child(node, w[i - 1])) < 0) {
                break;
            }
            char[] stripped = null;
            char[] stem = null;
            int word = -1;
            for (int p : prefixes.rules(node)) {
                if (!conditionHolds(p, w, i, length - i, true)) {
                    continue;
                }
                if (strip[p] != stripped) {
                    stripped = strip[p];
                    stem = new char[stripped.length + length - i];
                    System.arraycopy(stripped, 0, stem, 0, stripped.length);
                    System.arraycopy(w, i, stem, stripped.length, length - i);
                    word = words.find(stem, 0, stem.length);
                }
                if (isRoot(word, p, p) || cross[p] && checkSuffixes(stem, NONE, p)) {
                    return true;
                }
            }
        }
        return checkSuffixes(w, NONE, NONE);
    }

    /**
     * Whether {@code w} is an entry with suffixes: an outer suffix when {@code outer} is
     * {@link #NONE}, possibly with an inner one before it, else an inner suffix that allows the
     * outer suffix {@code outer} as its continuation; after the prefix {@code prefix} (or
     * {@link #NONE}).
     */
    private boolean checkSuffixes(char[] w, int outer, int prefix) {
        int length = w.length;
        int node = 0;
        for (int i = length; i >= 1; i--) {
            if (i < length && (node = suffixes.child(node, w[i])) < 0) {
                break;
            }
            char[] stripped = null;
            char[] stem = null;
            int word = -1;
            for (int s : suffixes.rules(node)) {
                if (!mayStrip(s, outer, prefix) || !conditionHolds(s, w, 0, i, false)) {
                    continue;
                }
                if (strip[s] != stripped) {
                    stripped = strip[s];
                    stem = unsuffixed(w, i, s);
                    word = words.find(stem, 0, stem.length);
                }
                if (isRoot(word, s, prefix)
                        || outer == NONE && cross[s] && isSecondStage(flag[s])
                        && checkSuffixes(stem, s, prefix)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether suffix {@code s} may be stripped: an outer one combines with a prefix only if it
     * allows cross products; an inner one must allow them too, be another rule than the outer
     * suffix and take it as its continuation.
     */
    private boolean mayStrip(int s, int outer, int prefix) {
        if (outer == NONE) {
            return prefix == NONE || cross[s];
        }
        return s != outer && cross[s] && has(continuation[s], flag[outer]);
    }

    private char[] unsuffixed(char[] w, int end, int s) {
        char[] stem = new char[end + strip[s].length];
        System.arraycopy(w, 0, stem, 0, end);
        System.arraycopy(strip[s], 0, stem, end, strip[s].length);
        return stem;
    }

    /**
     * Whether head word {@code w} (-1 for a stem that is none) has an entry that takes
     * {@code affix} (the innermost stripped) and the prefix {@code prefix} (-1 for none), each
     * flag found on the entry or on the other affix.
     */
    private boolean isRoot(int w, int affix, int prefix) {
        if (w < 0) {
            return false;
        }
        int affixFlag = flag[affix];
        boolean affixByPrefix = prefix >= 0 && has(continuation[prefix], affixFlag);
        boolean prefixByAffix = prefix >= 0 && has(continuation[affix], flag[prefix]);
        for (int e = words.entryStart(w); e < words.entryStart(w + 1); e++) {
            int set = words.flagSet(e);
            if ((affixByPrefix || has(set, affixFlag))
                    && (prefix < 0 || prefixByAffix || has(set, flag[prefix]))) {
                return true;
            }
        }
        return false;
    }

    private boolean conditionHolds(int rule, char[] w, int offset, int length, boolean prefix) {
        int count = conditionLength[rule];
        if (count < 0 || length < count) {
            return false;
        }
        int start = prefix ? offset : offset + length - count;
        for (int k = 0; k < count; k++) {
            boolean listed = Arrays.binarySearch(conditionChars[rule][k], w[start + k]) >= 0;
            if (listed == conditionNegated[rule][k]) {
                return false;
            }
        }
        return true;
    }

    /** Whether flag {@code f} is the continuation class of some suffix. */
    private boolean isSecondStage(int f) {
        return (secondStage[f >>> 6] & (1L << f)) != 0;
    }

    private boolean has(int set, int f) {
        return (flagSets[set][f >>> 6] & (1L << f)) != 0;
    }
}
