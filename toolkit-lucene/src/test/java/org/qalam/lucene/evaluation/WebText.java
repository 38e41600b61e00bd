package org.qalam.lucene.evaluation;

import java.util.Random;

/**
 * Turns clean Arabic into "web" Arabic: a share of the spaces between two Arabic words deleted,
 * and hamzas dropped at random (أ إ آ → ا, ؤ → و, ئ → ي, a lone ء removed).
 */
final class WebText {

    private final Random random;
    private final double spaceDeletion;
    private final double hamzaDrop;

    WebText(long seed, double spaceDeletion, double hamzaDrop) {
        this.random = new Random(seed);
        this.spaceDeletion = spaceDeletion;
        this.hamzaDrop = hamzaDrop;
    }

    String corrupt(String clean) {
        StringBuilder b = new StringBuilder(clean.length());
        int n = clean.length();
        for (int i = 0; i < n; i++) {
            char c = clean.charAt(i);
            if (c == ' ' && i > 0 && i + 1 < n && isArabicLetter(clean.charAt(i - 1))
                    && isArabicLetter(clean.charAt(i + 1)) && random.nextDouble() < spaceDeletion) {
                continue;
            }
            if (isHamza(c) && random.nextDouble() < hamzaDrop) {
                char bare = dropHamza(c);
                if (bare != 0) {
                    b.append(bare);
                }
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }

    private static boolean isArabicLetter(char c) {
        return c >= '\u0621' && c <= '\u064A' && c != '\u0640';
    }

    private static boolean isHamza(char c) {
        return c == 'أ' || c == 'إ' || c == 'آ' || c == 'ؤ' || c == 'ئ' || c == 'ء';
    }

    private static char dropHamza(char c) {
        return switch (c) {
            case 'أ', 'إ', 'آ' -> 'ا';
            case 'ؤ' -> 'و';
            case 'ئ' -> 'ي';
            default -> 0;
        };
    }
}
