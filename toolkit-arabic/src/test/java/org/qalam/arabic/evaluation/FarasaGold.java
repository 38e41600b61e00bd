package org.qalam.arabic.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.qalam.arabic.orthography.Assimilations;

/**
 * One token of {@code WikiNews.pos.ref} (Farasa segmentation and POS tags), mapped to Qalam's
 * clitic scheme: leading و ف ب ك ل ال س stay separate; a final pronoun (PRON) of the enclitic set
 * stays separate; من or عن + ما or من stay two words (مما = من + ما); everything else (noun
 * suffixes ة ات ين, case endings, verb subject suffixes ت وا ون) is joined back onto the stem.
 * The surface is rebuilt from the segments, undoing Farasa's restoration of the alef of ل + ال
 * (لل) and of the ن of من before ما (مما).
 */
record FarasaGold(String surface, List<String> segments, boolean arabic) {

    private static final Set<String> PROCLITICS = Set.of("و", "ف", "ب", "ك", "ل", "ال", "س");
    private static final Set<String> ENCLITICS = Set.of(
            "ه", "ها", "هم", "هما", "هن", "كم", "كن", "كما", "نا", "ني", "ي", "ك");

    /** The gold token of one data line, or null for the header and title separators. */
    static FarasaGold parse(String line) {
        if (line.isEmpty() || line.startsWith("refTok")) {
            return null;
        }
        String[] columns = line.split("\t");
        String[] segments = columns[0].equals("+") ? new String[] {"+"} : columns[0].split("\\+");
        String[] tags = columns.length > 1 ? columns[1].split("\\+") : new String[0];
        boolean aligned = tags.length == segments.length;
        List<String> parts = new ArrayList<>(List.of(segments));
        parts.removeIf(String::isEmpty);
        if (parts.isEmpty()) {
            return null;
        }
        String surface = surface(parts);
        List<String> mapped = new ArrayList<>();
        int i = 0;
        while (i < parts.size() - 1 && PROCLITICS.contains(parts.get(i))) {
            mapped.add(parts.get(i));
            i++;
        }
        int last = parts.size();
        if (last - i == 2 && isAssimilated(parts.get(i), parts.get(i + 1))) {
            mapped.addAll(parts.subList(i, last));
            return new FarasaGold(surface, List.copyOf(mapped), true);
        }
        String tail = parts.get(last - 1);
        boolean enclitic = last - 1 > i && ENCLITICS.contains(tail)
                && (!aligned || tags[tags.length - 1].equals("PRON"));
        int stemEnd = enclitic ? last - 1 : last;
        mapped.add(String.join("", parts.subList(i, stemEnd)));
        if (enclitic) {
            mapped.add(tail);
        }
        boolean arabic = surface.chars().anyMatch(c -> c >= 0x0621 && c <= 0x064A);
        return new FarasaGold(surface, List.copyOf(mapped), arabic);
    }

    /** Whether من + ما (or عن, or من after them) is written with one letter fewer: مما. */
    private static boolean isAssimilated(String first, String second) {
        return Assimilations.words(first.charAt(0) + second).equals(List.of(first, second));
    }

    /**
     * The written token: ل + ال is written لل, and only ل when the stem starts with ل; من + ما
     * is written مما.
     */
    private static String surface(List<String> parts) {
        StringBuilder surface = new StringBuilder();
        for (int k = 0; k < parts.size(); k++) {
            String part = parts.get(k);
            boolean afterLam = k > 0 && parts.get(k - 1).equals("ل");
            if (part.equals("ال") && afterLam && k + 1 < parts.size()) {
                if (!parts.get(k + 1).startsWith("ل")) {
                    surface.append('ل');
                }
            } else if (k + 1 < parts.size() && isAssimilated(part, parts.get(k + 1))) {
                surface.append(part.charAt(0));
            } else {
                surface.append(part);
            }
        }
        return surface.toString();
    }
}
