package org.qalam.language.numbers;

import java.util.Locale;

/**
 * What a number expression denotes: a count, a rank, a share of a hundred, a fraction or a
 * decimal; written in lower case as the {@code kind} attribute of a {@code number} mention.
 */
public enum NumberKind {
    /** A count: ثلاثة, 12 ألف, نصف مليون. */
    CARDINAL,
    /** A rank: الثالث, الحادي عشر, الخامسة والعشرون. */
    ORDINAL,
    /** A percentage; the value is the number of hundredths: 70% has value 70. */
    PERCENT,
    /** A fraction written in words or as a/b: نصف, ثلاثة أرباع, ٣/٤. */
    FRACTION,
    /** A number written with a decimal separator or فاصلة: ١٢٫٥, 3.25. */
    DECIMAL;

    /** The lower-case name used in attributes and output formats. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
