package org.qalam.arabic.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.analysis.hunspell.SortingStrategy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Differential test: {@link ArabicLexicon#isWord} must answer exactly as Lucene's Hunspell
 * {@code spell()} on the same Ayaspell files (unpacked by the build into {@code target/ayaspell}).
 */
class LuceneAgreementTest {

    private static final Path AYASPELL = Path.of("target", "ayaspell");
    private static final String LETTERS = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي";

    private static Hunspell lucene;
    private static ArabicLexicon lexicon;
    private static List<String> dicLines;
    private static List<String> affLines;

    @BeforeAll
    static void load() throws Exception {
        Path aff = AYASPELL.resolve("ar.aff");
        Path dic = AYASPELL.resolve("ar.dic");
        try (InputStream a = Files.newInputStream(aff); InputStream d = Files.newInputStream(dic)) {
            lucene = new Hunspell(new Dictionary(a, List.of(d), false, SortingStrategy.inMemory()));
        }
        lexicon = ArabicLexicon.load();
        dicLines = Files.readAllLines(dic, StandardCharsets.UTF_8);
        affLines = Files.readAllLines(aff, StandardCharsets.UTF_8);
    }

    @Test
    void agreesOnGeneratedAffixedForms() {
        List<String[]> rules = new ArrayList<>();
        for (String line : affLines) {
            String[] parts = line.trim().split("\\s+");
            if ((parts[0].equals("PFX") || parts[0].equals("SFX")) && parts.length >= 4
                    && !parts[2].matches("[YN]")) {
                String append = parts[3].replaceAll("/.*", "");
                rules.add(new String[] {parts[0], parts[2].equals("0") ? "" : parts[2],
                    append.equals("0") ? "" : append});
            }
        }
        Random random = new Random(42);
        Set<String> forms = new LinkedHashSet<>();
        for (int n = 0; n < 1000; n++) {
            String stem = dicLines.get(1 + random.nextInt(dicLines.size() - 1))
                    .replaceAll("[/\\t ].*", "");
            forms.add(stem);
            for (int k = 0; k < 30; k++) {
                String form = stem;
                int affixes = 1 + random.nextInt(3);
                for (int a = 0; a < affixes; a++) {
                    form = apply(rules.get(random.nextInt(rules.size())), form);
                }
                forms.add(form);
            }
        }
        assertAgreement("generated affixed forms", forms);
    }

    @Test
    void agreesOnFormsTheFlagsAllow() {
        List<String> aliases = new ArrayList<>();
        Map<String, List<String[]>> byFlag = new HashMap<>();
        for (String line : affLines) {
            String[] parts = line.trim().split("\\s+");
            if (parts[0].equals("AF") && parts.length > 1 && !parts[1].matches("\\d+")) {
                aliases.add(parts[1]);
            } else if ((parts[0].equals("PFX") || parts[0].equals("SFX")) && parts.length >= 4
                    && !parts[2].matches("[YN]")) {
                String[] append = parts[3].split("/");
                String continuation = append.length > 1
                        ? aliases.get(Integer.parseInt(append[1]) - 1) : "";
                byFlag.computeIfAbsent(parts[1], f -> new ArrayList<>()).add(new String[] {
                    parts[0], parts[2].equals("0") ? "" : parts[2],
                    append[0].equals("0") ? "" : append[0], continuation});
            }
        }
        Random random = new Random(11);
        Set<String> forms = new LinkedHashSet<>();
        while (forms.size() < 150_000) {
            String[] entry = dicLines.get(1 + random.nextInt(dicLines.size() - 1))
                    .split("[\\t ]")[0].split("/");
            if (entry.length < 2 || entry[0].startsWith("#")) {
                continue;
            }
            String stem = entry[0];
            List<String[]> rules = rulesOf(aliases.get(Integer.parseInt(entry[1]) - 1), byFlag);
            for (int k = 0; k < 12 && !rules.isEmpty(); k++) {
                String[] rule = rules.get(random.nextInt(rules.size()));
                String form = apply(rule, stem);
                forms.add(form);
                List<String[]> next = rulesOf(rule[3], byFlag);
                for (int j = 0; j < 3 && !next.isEmpty(); j++) {
                    String twice = apply(next.get(random.nextInt(next.size())), form);
                    forms.add(twice);
                    String[] other = rules.get(random.nextInt(rules.size()));
                    forms.add(apply(other, twice));
                }
            }
        }
        assertAgreement("forms the flags allow", forms);
    }

    private static List<String[]> rulesOf(String flags, Map<String, List<String[]>> byFlag) {
        List<String[]> rules = new ArrayList<>();
        for (int i = 0; i + 1 < flags.length(); i += 2) {
            rules.addAll(byFlag.getOrDefault(flags.substring(i, i + 2), List.of()));
        }
        return rules;
    }

    private static String apply(String[] rule, String form) {
        String strip = rule[1];
        if (rule[0].equals("PFX")) {
            return rule[2] + (form.startsWith(strip) ? form.substring(strip.length()) : form);
        }
        return (form.endsWith(strip) ? form.substring(0, form.length() - strip.length()) : form)
                + rule[2];
    }

    @Test
    void agreesOnRandomStrings() {
        Random random = new Random(7);
        String alphabet = LETTERS + "ٱﻻﻷ-.0123456789ًٌٍَُِّْـٰ aZ";
        Set<String> strings = new LinkedHashSet<>();
        for (int n = 0; n < 120_000; n++) {
            int length = 1 + random.nextInt(n % 2 == 0 ? 4 : 10);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < length; i++) {
                String pool = random.nextInt(10) == 0 ? alphabet : LETTERS;
                sb.append(pool.charAt(random.nextInt(pool.length())));
            }
            strings.add(sb.toString());
        }
        assertAgreement("random strings", strings);
    }

    @Test
    void agreesOnEveryHeadWord() {
        Set<String> words = new LinkedHashSet<>();
        for (String line : dicLines.subList(1, dicLines.size())) {
            words.add(line.replaceAll("[/\\t].*", ""));
        }
        assertAgreement("dictionary head words", words);
    }

    @Test
    void agreesOnSharedDataTokensAndTheirSubstrings() throws IOException {
        String root = System.getProperty("qalam.shared.data", "../shared/data");
        Path qalb = Path.of(root, "qalb-space", "qalb14-dev.tsv");
        Path wikinews = Path.of(root, "wikinews", "WikiNewsTruth.txt");
        assumeTrue(Files.isRegularFile(qalb) && Files.isRegularFile(wikinews),
                "shared data absent, skipping the corpus part of the differential test");
        Set<String> tokens = new LinkedHashSet<>();
        for (Path file : List.of(qalb, wikinews)) {
            for (String token : Files.readString(file, StandardCharsets.UTF_8).split("\\s+")) {
                String plain = ArabicLexicon.withoutVowelMarks(token);
                if (!plain.isEmpty()) {
                    tokens.add(plain);
                }
            }
        }
        Set<String> all = new LinkedHashSet<>(tokens);
        for (String token : tokens) {
            for (int i = 0; i < token.length(); i++) {
                for (int j = i + 1; j <= Math.min(token.length(), i + 12); j++) {
                    all.add(token.substring(i, j));
                }
            }
        }
        assertAgreement("corpus tokens (" + tokens.size() + ") and substrings", all);
    }

    private static void assertAgreement(String what, Set<String> inputs) {
        List<String> disagreements = new ArrayList<>();
        int words = 0;
        for (String input : inputs) {
            String plain = ArabicLexicon.withoutVowelMarks(input);
            boolean expected = !plain.isEmpty() && lucene.spell(plain);
            boolean actual = lexicon.isWord(input);
            if (expected) {
                words++;
            }
            if (expected != actual) {
                disagreements.add(input + " (Lucene " + expected + ")");
            }
        }
        System.out.printf("Lexicon vs Lucene Hunspell, %s: %,d inputs (%,d words), %,d"
                + " disagreements%n", what, inputs.size(), words, disagreements.size());
        assertThat(disagreements).as(what).isEmpty();
    }
}
