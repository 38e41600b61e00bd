package org.qalam.arabic.lexicon;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Build-time compiler of a Hunspell {@code .aff} / {@code .dic} pair into the compact binary
 * lexicon read by {@link ArabicLexicon}: head words with their flag sets, affix rules with
 * conditions already reduced to the character classes checked on the de-affixed word.
 *
 * <p>Why: parsing 466,000 entries and building Lucene's automata costs over a second at every
 * start; the compiled form loads in a few tens of milliseconds. The reading rules follow Lucene's
 * {@code org.apache.lucene.analysis.hunspell.Dictionary} so that answers stay identical; any
 * directive that the run-time check does not implement fails the build instead of being ignored.
 * Run by the build: {@code LexiconCompiler <ar.aff> <ar.dic> <output>}.
 */
final class LexiconCompiler {

    /** Directives that change what {@code spell()} accepts and that the run-time check lacks. */
    private static final Set<String> UNSUPPORTED = Set.of("COMPLEXPREFIXES", "CIRCUMFIX",
            "KEEPCASE", "FORCEUCASE", "NEEDAFFIX", "PSEUDOROOT", "ONLYINCOMPOUND", "CHECKSHARPS",
            "FULLSTRIP", "BREAK", "FORBIDDENWORD", "COMPOUNDRULE", "COMPOUNDFLAG",
            "COMPOUNDBEGIN", "COMPOUNDMIDDLE", "COMPOUNDEND", "COMPOUNDPERMITFLAG",
            "COMPOUNDFORBIDFLAG", "CHECKCOMPOUNDPATTERN");

    private static final char FLAG_SEPARATOR = 0x1f;
    private static final char MORPH_SEPARATOR = 0x1e;

    private final List<String> aliases = new ArrayList<>();
    private boolean aliasCountSeen;
    private boolean longFlags;
    private final Map<String, Integer> flagIds = new LinkedHashMap<>();
    private final Map<List<Integer>, Integer> flagSets = new LinkedHashMap<>();
    private final List<Rule> rules = new ArrayList<>();
    private String ignore = "";
    private final Map<Character, String> iconv = new TreeMap<>();

    private LexiconCompiler() {
        flagSets.put(List.of(), ArabicLexicon.NO_AFFIXES);
    }

    /** An affix rule as written to the binary form. */
    private record Rule(boolean prefix, int flag, boolean cross, String strip, String append,
            int continuation, Condition condition) {}

    /**
     * A condition on the de-affixed word: {@code classes} checked at its start (prefix) or end
     * (suffix); {@code null} classes means always false.
     */
    private record Condition(List<String> classes) {
        static final Condition TRUE = new Condition(List.of());
        static final Condition FALSE = new Condition(null);
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: LexiconCompiler <aff> <dic> <output>");
        }
        LexiconCompiler compiler = new LexiconCompiler();
        compiler.readAffixes(Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8));
        Map<String, List<Integer>> words =
                compiler.readWords(Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8));
        ByteBuffer buffer = ByteBuffer.allocate(64 << 20);
        compiler.write(words, buffer);
        Path out = Path.of(args[2]);
        Files.createDirectories(out.getParent());
        Files.write(out, Arrays.copyOf(buffer.array(), buffer.position()));
    }

    private void readAffixes(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isEmpty()) {
                continue;
            }
            String first = line.split("\\s")[0];
            String[] args = line.split("\\s+");
            switch (first) {
                case "AF" -> {
                    if (aliasCountSeen) {
                        aliases.add(args.length == 1 ? "" : args[1]);
                    }
                    aliasCountSeen = true;
                }
                case "PFX", "SFX" -> {
                    int count = Integer.parseInt(args[3]);
                    for (int k = 1; k <= count; k++) {
                        rules.add(rule(first.equals("PFX"), args[2].equals("Y"), lines.get(i + k)));
                    }
                    i += count;
                }
                case "IGNORE" -> ignore = args[1];
                case "ICONV" -> {
                    int count = Integer.parseInt(args[1]);
                    for (int k = 1; k <= count; k++) {
                        String[] parts = lines.get(i + k).split("\\s+");
                        if (parts[1].length() != 1) {
                            throw new IllegalStateException("multi-character ICONV: " + parts[1]);
                        }
                        iconv.put(parts[1].charAt(0), parts[2]);
                    }
                    i += count;
                }
                case "FLAG" -> longFlags = args[1].equals("long");
                case "SET" -> {
                    if (!args[1].equals("UTF-8")) {
                        throw new IllegalStateException("only SET UTF-8 is supported");
                    }
                }
                default -> {
                    if (UNSUPPORTED.contains(first)) {
                        throw new IllegalStateException("unsupported directive " + first);
                    }
                }
            }
        }
    }

    private Rule rule(boolean prefix, boolean cross, String line) {
        String[] parts = line.split("\\s+");
        String strip = parts[2].equals("0") ? "" : parts[2];
        String append = parts[3];
        int continuation = 0;
        int slash = append.lastIndexOf('/');
        if (slash >= 0) {
            String flagPart = append.substring(slash + 1);
            append = append.substring(0, slash);
            if (!aliases.isEmpty()) {
                flagPart = aliases.get(Integer.parseInt(flagPart) - 1);
            }
            continuation = flagSet(flagPart);
        }
        if (append.equals("0")) {
            append = "";
        }
        String condition = parts.length > 4 ? parts[4] : ".";
        checkNoCase(strip + append);
        return new Rule(prefix, flag(parts[1]), cross, strip, clean(append), continuation,
                condition(prefix, strip, condition));
    }

    /** Lucene's reduction of a condition to a check on the word without strip and affix. */
    private static Condition condition(boolean prefix, String strip, String condition) {
        boolean regexp = condition.contains("[") || condition.contains(".")
                || condition.contains("-");
        if (condition.equals(".") || prefix && strip.startsWith(condition)
                || !prefix && strip.endsWith(condition) && !regexp) {
            return Condition.TRUE;
        }
        if (!regexp) {
            if (!prefix && condition.endsWith(strip)) {
                return literal(condition.substring(0, condition.length() - strip.length()));
            }
            if (prefix && condition.startsWith(strip)) {
                return literal(condition.substring(strip.length()));
            }
            return Condition.FALSE;
        }
        if (condition.lastIndexOf('[') > condition.lastIndexOf(']')) {
            condition = condition + "]";
        }
        if (!condition.matches("([^\\[\\]\\-|*+?(){}~&<>\"#@\\\\]|\\[\\^?[^\\[\\]\\-\\\\]+\\])+")) {
            throw new IllegalStateException("unsupported condition " + condition);
        }
        List<String> classes = classes(condition);
        int count = classes.size();
        if (count <= strip.length()) {
            String regex = prefix ? ".*" + condition : condition + ".*";
            return strip.matches(regex) ? Condition.TRUE : Condition.FALSE;
        }
        int split = prefix ? strip.length() : count - strip.length();
        String stripPart = String.join("", prefix ? classes.subList(0, split)
                : classes.subList(split, count));
        if (!strip.matches(stripPart)) {
            return Condition.FALSE;
        }
        return new Condition(prefix ? classes.subList(split, count) : classes.subList(0, split));
    }

    /** The single-character patterns of a condition: {@code [..]}, {@code [^..]}, . or a letter. */
    private static List<String> classes(String condition) {
        List<String> classes = new ArrayList<>();
        for (int i = 0; i < condition.length(); ) {
            int end = condition.charAt(i) == '[' ? condition.indexOf(']', i) + 1 : i + 1;
            classes.add(condition.substring(i, end));
            i = end;
        }
        return classes;
    }

    private static Condition literal(String text) {
        List<String> classes = new ArrayList<>();
        for (char c : text.toCharArray()) {
            classes.add("[" + c + "]");
        }
        return new Condition(classes);
    }

    /** Head words in Lucene's reading of a {@code .dic}: each with the flag set of each entry. */
    private Map<String, List<Integer>> readWords(List<String> lines) {
        Map<String, List<Integer>> words = new LinkedHashMap<>();
        for (String raw : lines.subList(1, lines.size())) {
            if (raw.isEmpty() || raw.charAt(0) == '#' || raw.charAt(0) == '\t') {
                continue;
            }
            String line = unescape(raw);
            int flagSep = line.indexOf(FLAG_SEPARATOR);
            int morphSep = line.indexOf(MORPH_SEPARATOR);
            int sep = flagSep < 0 ? morphSep : flagSep;
            String word = clean(line.substring(0, sep));
            if (word.isEmpty()) {
                continue;
            }
            int flags = 0;
            if (flagSep >= 0) {
                String flagPart = line.substring(flagSep + 1, morphSep).strip();
                if (!aliases.isEmpty() && !flagPart.isEmpty()) {
                    flagPart = aliases.get(Integer.parseInt(flagPart) - 1);
                }
                flags = flagSet(flagPart);
            }
            checkNoCase(word);
            words.computeIfAbsent(word, w -> new ArrayList<>(1)).add(flags);
        }
        return words;
    }

    private static String unescape(String entry) {
        StringBuilder sb = new StringBuilder();
        int end = morphBoundary(entry);
        for (int i = 0; i < end; i++) {
            char ch = entry.charAt(i);
            if (ch == '\\' && i + 1 < entry.length()) {
                sb.append(entry.charAt(++i));
            } else if (ch == '/' && i > 0) {
                sb.append(FLAG_SEPARATOR);
            } else if (ch != FLAG_SEPARATOR && ch != MORPH_SEPARATOR) {
                sb.append(ch);
            }
        }
        return sb.append(MORPH_SEPARATOR).toString();
    }

    private static int morphBoundary(String line) {
        int end = spaceOrTab(line, 0);
        while (end >= 0 && end < line.length()) {
            if (line.charAt(end) == '\t' || end > 0 && end + 3 < line.length()
                    && Character.isLetter(line.charAt(end + 1))
                    && Character.isLetter(line.charAt(end + 2)) && line.charAt(end + 3) == ':') {
                break;
            }
            end = spaceOrTab(line, end + 1);
        }
        return end < 0 ? line.length() : end;
    }

    private static int spaceOrTab(String text, int start) {
        int tab = text.indexOf('\t', start);
        int space = text.indexOf(' ', start);
        return tab >= 0 && space >= 0 ? Math.min(tab, space) : Math.max(tab, space);
    }

    /** Removes IGNORE characters, then applies the (single-character) ICONV mappings. */
    private String clean(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (ignore.indexOf(c) < 0) {
                String mapped = iconv.get(c);
                sb.append(mapped == null ? String.valueOf(c) : mapped);
            }
        }
        return sb.toString();
    }

    /** Case variants never reach a cased character, so the check can ignore Lucene's case logic. */
    private static void checkNoCase(String text) {
        for (char c : text.toCharArray()) {
            if (Character.isUpperCase(c) || Character.isLowerCase(c)) {
                throw new IllegalStateException("cased character in dictionary text: " + text);
            }
        }
    }

    private int flag(String text) {
        if (!longFlags) {
            throw new IllegalStateException("only FLAG long is supported");
        }
        if (text.length() != 2 || text.charAt(0) >= 256 || text.charAt(1) >= 256) {
            throw new IllegalStateException("bad long flag: " + text);
        }
        return flagIds.computeIfAbsent(text, t -> flagIds.size());
    }

    private int flagSet(String flagPart) {
        if (flagPart.length() % 2 != 0) {
            throw new IllegalStateException("odd long flags: " + flagPart);
        }
        TreeSet<Integer> ids = new TreeSet<>();
        for (int i = 0; i < flagPart.length(); i += 2) {
            ids.add(flag(flagPart.substring(i, i + 2)));
        }
        return flagSets.computeIfAbsent(List.copyOf(ids), k -> flagSets.size());
    }

    private void write(Map<String, List<Integer>> words, ByteBuffer out) {
        out.putInt(Speller.FORMAT);
        putString(out, ignore);
        out.putShort((short) iconv.size());
        for (Map.Entry<Character, String> e : iconv.entrySet()) {
            out.putChar(e.getKey());
            putString(out, e.getValue());
        }
        out.putShort((short) flagIds.size());
        out.putShort((short) flagSets.size());
        for (List<Integer> set : flagSets.keySet()) {
            out.putShort((short) set.size());
            for (int id : set) {
                out.putShort((short) id);
            }
        }
        out.putShort((short) rules.size());
        for (Rule r : rules) {
            out.put((byte) (r.prefix() ? 1 : 0));
            out.putShort((short) r.flag());
            out.put((byte) (r.cross() ? 1 : 0));
            putString(out, r.strip());
            putString(out, r.append());
            out.putShort((short) r.continuation());
            List<String> classes = r.condition().classes();
            out.putShort((short) (classes == null ? -1 : classes.size()));
            for (String c : classes == null ? List.<String>of() : classes) {
                boolean any = c.equals(".");
                boolean negated = c.startsWith("[^");
                out.put((byte) (any || negated ? 1 : 0));
                putString(out, any ? "" : c.startsWith("[")
                        ? c.substring(negated ? 2 : 1, c.length() - 1) : c);
            }
        }
        TreeSet<Character> alphabet = new TreeSet<>();
        Map<String, short[]> table = new LinkedHashMap<>();
        for (Map.Entry<String, List<Integer>> e : words.entrySet()) {
            String w = e.getKey();
            if (w.length() > 255 || e.getValue().size() > 255) {
                throw new IllegalStateException("entry too long or too repeated: " + w);
            }
            w.chars().forEach(c -> alphabet.add((char) c));
            short[] sets = new short[e.getValue().size()];
            for (int i = 0; i < sets.length; i++) {
                sets[i] = (short) (int) e.getValue().get(i);
            }
            table.put(w, sets);
        }
        StringBuilder letters = new StringBuilder();
        alphabet.forEach(letters::append);
        WordTable.write(out, letters.toString(), table);
    }

    private static void putString(ByteBuffer out, String s) {
        out.putShort((short) s.length());
        for (int i = 0; i < s.length(); i++) {
            out.putChar(s.charAt(i));
        }
    }
}
