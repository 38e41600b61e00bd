package org.qalam.language.numbers;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * A number expression found by {@link ArabicNumberParser} in a sequence of words: its value, its
 * kind, and which words it used.
 *
 * <p>The words used are {@code [start, start + wordCount)} of the sequence given to the parser.
 * The first word may carry clitics that are not part of the number (و, ف, ب, ل, ك); they are
 * reported in {@link #prefix()} as normalized letters so that a caller can leave them out of a
 * span: the prefix of وبثلاثة is {@code "وب"}. The definite article is not in the prefix: it
 * belongs to the number, and {@link #definite()} says whether it was there (الثلاثة, الثالث).
 *
 * @param value the value; a percentage keeps its number of hundredths (70% is 70)
 * @param kind cardinal, ordinal, percent, fraction or decimal
 * @param start index of the first word used
 * @param wordCount number of words used, at least one
 * @param prefix clitic letters of the first word that precede the number, normalized; often empty
 * @param definite whether the number carries the article ال (الأيام الثلاثة, الساعة الثالثة)
 * @param digits whether any part is written in digits (12 ألف, ١٢٫٥)
 */
public record NumberMatch(
        BigDecimal value,
        NumberKind kind,
        int start,
        int wordCount,
        String prefix,
        boolean definite,
        boolean digits) {

    /** Checks the parts. */
    public NumberMatch {
        requireNonNull(value, "value");
        requireNonNull(kind, "kind");
        requireNonNull(prefix, "prefix");
        if (start < 0 || wordCount < 1) {
            throw new IllegalArgumentException(
                    "invalid word range start=" + start + " wordCount=" + wordCount);
        }
    }

    /** Index just past the last word used. */
    public int end() {
        return start + wordCount;
    }

    /** The value as a plain decimal string without trailing zeros: {@code "12000"}, {@code "12.5"}. */
    public String plainValue() {
        return plain(value);
    }

    /** Whether the value is a whole number. */
    public boolean isInteger() {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    static String plain(BigDecimal number) {
        return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }
}
