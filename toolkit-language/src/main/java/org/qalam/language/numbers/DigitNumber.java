package org.qalam.language.numbers;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A number written in digits, read from one folded word: {@code 12}, {@code -1.2}, {@code 1,250,000},
 * {@code ١٢٫٥} (folded to {@code 12٫5}), {@code ١٬٢٥٠}, {@code .77}, {@code 70%}, {@code 3/4}.
 *
 * <p>Separators: ٫ is always decimal and ٬ and {@code '} always group thousands. With {@code .},
 * {@code ,} and {@code ،}, the last of two different separators is the decimal one
 * ({@code 1,234.5}, {@code 12،220,13}); one kind repeated groups thousands when every group has
 * three digits; a lone {@code ,} or {@code ،} before exactly three digits groups thousands
 * ({@code 1,250}) and is decimal otherwise ({@code ٤,٨}); a lone {@code .} is decimal.
 *
 * @param value the value
 * @param decimal whether a decimal separator was written
 * @param percent whether a percent sign follows
 * @param fraction whether written as numerator/denominator
 * @param digits the digits as written, for a number that is the decimal part after فاصلة
 */
record DigitNumber(BigDecimal value, boolean decimal, boolean percent, boolean fraction,
                   String digits) {

    /** Precision of quotients: 15 significant digits, as the common peer test suites print them. */
    static final MathContext QUOTIENT = new MathContext(15, RoundingMode.HALF_EVEN);

    private static final char ARABIC_DECIMAL = '\u066B';
    private static final char ARABIC_THOUSANDS = '\u066C';
    private static final char ARABIC_COMMA = '\u060C';
    private static final char ARABIC_PERCENT = '\u066A';
    private static final char MINUS = '\u2212';

    /** Reads {@code word} (already folded) if the whole of it is a number in digits. */
    static Optional<DigitNumber> parse(String word) {
        int end = word.length();
        boolean percent = false;
        if (end > 0 && (word.charAt(end - 1) == '%' || word.charAt(end - 1) == ARABIC_PERCENT)) {
            percent = true;
            end--;
        }
        int start = 0;
        boolean negative = false;
        if (start < end && (word.charAt(start) == '-' || word.charAt(start) == MINUS
                || word.charAt(start) == '+')) {
            negative = word.charAt(start) != '+';
            start++;
        }
        if (start >= end) {
            return Optional.empty();
        }
        int slash = word.indexOf('/', start);
        Optional<DigitNumber> number = slash < 0 || slash >= end
                ? decimal(word, start, end, percent)
                : ratio(word, start, slash, end, percent);
        return negative ? number.map(DigitNumber::negate) : number;
    }

    private DigitNumber negate() {
        return new DigitNumber(value.negate(), decimal, percent, fraction, digits);
    }

    private static Optional<DigitNumber> ratio(String word, int start, int slash, int end,
                                               boolean percent) {
        String numerator = word.substring(start, slash);
        String denominator = word.substring(slash + 1, end);
        if (!allDigits(numerator) || !allDigits(denominator)) {
            return Optional.empty();
        }
        BigDecimal divisor = new BigDecimal(denominator);
        if (divisor.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(numerator).divide(divisor, QUOTIENT);
        return Optional.of(new DigitNumber(value, false, percent, true, ""));
    }

    private static Optional<DigitNumber> decimal(String word, int start, int end, boolean percent) {
        int decimalAt = decimalSeparator(word, start, end);
        StringBuilder integer = new StringBuilder();
        StringBuilder groups = new StringBuilder();
        int groupLength = -1;
        boolean groupsOk = true;
        int firstGroup = -1;
        int intEnd = decimalAt < 0 ? end : decimalAt;
        for (int i = start; i < intEnd; i++) {
            char c = word.charAt(i);
            if (isDigit(c)) {
                integer.append(c);
                groupLength++;
            } else if (isSeparator(c)) {
                if (groupLength < 0) {
                    return Optional.empty();
                }
                if (firstGroup < 0) {
                    firstGroup = groupLength + 1;
                } else if (groupLength + 1 != 3) {
                    groupsOk = false;
                }
                groups.append(c);
                groupLength = -1;
            } else {
                return Optional.empty();
            }
        }
        if (groups.length() > 0 && (groupLength + 1 != 3 || firstGroup > 3 || !groupsOk)) {
            return Optional.empty();
        }
        String fractionDigits = "";
        if (decimalAt >= 0) {
            fractionDigits = word.substring(decimalAt + 1, end);
            if (fractionDigits.isEmpty() || !allDigits(fractionDigits)) {
                return Optional.empty();
            }
        }
        if (integer.length() == 0 && fractionDigits.isEmpty()) {
            return Optional.empty();
        }
        String plain = (integer.length() == 0 ? "0" : integer.toString())
                + (fractionDigits.isEmpty() ? "" : "." + fractionDigits);
        return Optional.of(new DigitNumber(new BigDecimal(plain), decimalAt >= 0, percent, false,
                integer.toString()));
    }

    /**
     * Index of the decimal separator in {@code [start, end)}, or -1 when there is none; the
     * remaining separators group thousands.
     */
    private static int decimalSeparator(String word, int start, int end) {
        int arabicDecimal = word.indexOf(ARABIC_DECIMAL, start);
        if (arabicDecimal >= 0 && arabicDecimal < end) {
            return arabicDecimal;
        }
        int last = -1;
        int count = 0;
        boolean mixed = false;
        char kind = 0;
        for (int i = start; i < end; i++) {
            char c = word.charAt(i);
            if (c == '.' || c == ',' || c == ARABIC_COMMA) {
                if (kind != 0 && kind != c) {
                    mixed = true;
                }
                kind = c;
                last = i;
                count++;
            }
        }
        if (last < 0) {
            return -1;
        }
        if (mixed) {
            return last;
        }
        if (count > 1) {
            return -1;
        }
        int after = end - last - 1;
        int before = last - start;
        boolean thousandsShape = after == 3 && before >= 1 && before <= 3
                && !(before == 1 && word.charAt(start) == '0');
        if (kind == '.' || !thousandsShape) {
            return last;
        }
        return -1;
    }

    private static boolean isSeparator(char c) {
        return c == ',' || c == '.' || c == ARABIC_COMMA || c == ARABIC_THOUSANDS || c == '\'';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean allDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
