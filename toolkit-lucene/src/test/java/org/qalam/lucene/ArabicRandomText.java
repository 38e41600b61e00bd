package org.qalam.lucene;

import java.util.Random;

/** Random Arabic-heavy text for the invariant checks: words, fused words, diacritics, digits, URLs, emoji. */
final class ArabicRandomText {

    private static final String[] WORDS = {
        "الولايات", "المتحدة", "وروسيا", "الْوِلَايَاتُ", "وبالولايات", "حكومته", "وقال", "في", "إلى",
        "عَلَى", "الأكاديمية", "البريطانية", "مسؤولية", "سؤال", "شيء", "هؤلاء", "للجنة", "فلسطين",
        "وزير", "كتاب", "ـــ", "مـــصر", "١٢٫٥٪", "2024", "٣٬٥٠٠", "https://example.com/ع?x=1",
        "www.qalam.org", "info@qalam.org", "#خبر", "@user", "👍🏽", "👨‍👩‍👧", "🇸🇦", "Qalam", "don't",
        "﻿", "\u200f", "\u200d", "«", "»", "؟", "،", "...", "ﻻ", "ﷲ", "ٱلله", "ى", "ئ", "ء", "ة"};
    private static final String LETTERS = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيپچژکگی";
    private static final String MARKS = "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0670\u0654";
    private static final String OTHER = " \n\t.,;:!?-_/\\()[]{}\"'0123456789٠١٢٣٤٥٦٧٨٩٫٬٪%$€\u0640\u200c\u200d";

    private ArabicRandomText() {
    }

    /** A text of up to {@code maxPieces} pieces: dictionary words, fused pairs and random runs. */
    static String next(Random random, int maxPieces) {
        StringBuilder b = new StringBuilder();
        int pieces = 1 + random.nextInt(maxPieces);
        for (int p = 0; p < pieces; p++) {
            switch (random.nextInt(6)) {
                case 0, 1 -> b.append(WORDS[random.nextInt(WORDS.length)]);
                case 2 -> b.append(WORDS[random.nextInt(WORDS.length)]).append(WORDS[random.nextInt(WORDS.length)]);
                case 3 -> {
                    int n = 1 + random.nextInt(12);
                    for (int i = 0; i < n; i++) {
                        b.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
                        if (random.nextInt(3) == 0) {
                            b.append(MARKS.charAt(random.nextInt(MARKS.length())));
                        }
                    }
                }
                case 4 -> b.append(OTHER.charAt(random.nextInt(OTHER.length())));
                default -> b.appendCodePoint(random.nextInt(4) == 0 ? 0x1F300 + random.nextInt(600)
                        : random.nextInt(0x0700));
            }
            if (random.nextInt(3) > 0) {
                b.append(' ');
            }
        }
        return b.toString();
    }
}
