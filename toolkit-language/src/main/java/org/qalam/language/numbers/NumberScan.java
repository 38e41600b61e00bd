package org.qalam.language.numbers;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.qalam.language.numbers.NumberWords.Reading;
import org.qalam.language.numbers.NumberWords.Role;

/**
 * One parse of a number expression, word by word: a running total, the group below the last
 * scale (with which of its hundreds, tens and units slots are filled), and flags for the kind.
 *
 * <p>Why a class of its own: the grammar of Arabic numerals (units before tens, hundreds and
 * scales multiplying what precedes them, و between parts) is a small state machine, and the state
 * lives for one call only, which keeps {@link ArabicNumberParser} stateless.
 */
final class NumberScan {

    private static final int UNITS = 1;
    private static final int TENS = 2;
    private static final int HUNDREDS = 4;
    private static final int FULL = UNITS | TENS | HUNDREDS;

    private static final String AND = WordPiece.AND;
    private static final String ARTICLE = WordPiece.ARTICLE;
    private static final Set<String> TEEN_TAILS = Set.of("عشر", "عشره");
    private static final Set<String> PERCENT_SIGNS = Set.of("%", "\u066A");
    /** بالمئة and the Maghrebi فالمية (ف for في). */
    private static final Set<String> PER_HUNDRED =
            Set.of("بالمئه", "بالمائه", "بالميه", "فالمئه", "فالمائه", "فالميه");
    private static final Set<String> HUNDRED_DEFINITE = Set.of("المئه", "المائه", "الميه");
    private static final String IN = "في";

    private final ParserInput words;
    private final int start;
    private BigDecimal total = BigDecimal.ZERO;
    private BigDecimal group = BigDecimal.ZERO;
    private int slots;
    private BigDecimal lastScale;
    private boolean definite;
    private boolean ordinal;
    private boolean digits;
    private boolean decimal;
    private boolean ratio;
    private boolean fraction;
    private boolean percent;
    private boolean closed;
    private boolean scaled;
    /** بعد, between an ordinal and the base it counts on from: الخامس بعد الألف. */
    private static final String AFTER = "\u0628\u0639\u062f";
    private int terms;
    private BigDecimal decimalPart = BigDecimal.ZERO;

    NumberScan(ParserInput words, int start) {
        this.words = words;
        this.start = start;
    }

    /** The longest expression from {@code start}, if there is one. */
    Optional<NumberMatch> run() {
        WordPiece head = words.read(start, true);
        if (head == null) {
            return Optional.empty();
        }
        String prefix = head.prefix();
        boolean negative = false;
        int pos = start;
        if (head.has(Role.NEGATIVE)) {
            if (start + 1 >= words.size()) {
                return Optional.empty();
            }
            negative = true;
            pos++;
            head = words.read(pos, true);
            if (head == null || !head.prefix().isEmpty()) {
                return Optional.empty();
            }
        }
        definite = head.definite();
        WordPiece singleTerm = head;
        while (pos < words.size() && !closed) {
            int next = step(pos, terms == 0 ? head : null);
            if (next < 0) {
                break;
            }
            pos = next;
            terms++;
        }
        if (terms == 0 || rejectedAlone(singleTerm)) {
            return Optional.empty();
        }
        BigDecimal value = total.add(group);
        if (fraction || ratio) {
            value = value.round(DigitNumber.QUOTIENT);
        }
        int end = pos;
        if (!closed && !fraction && lastScale == null) {
            int afterDecimal = decimalWords(end);
            if (afterDecimal > end) {
                value = value.add(decimalPart);
                end = afterDecimal;
                decimal = true;
                BigDecimal scale = scaleAt(end);
                if (scale != null) {
                    // ثلاثة فاصلة اثنين مليار: the scale multiplies the whole decimal
                    value = whole(value.multiply(scale));
                    scaled = true;
                    end++;
                }
            }
        }
        if (ordinal && !decimal && end + 1 < words.size() && words.folded(end).equals(AFTER)) {
            BigDecimal base = definiteBaseAt(end + 1);
            if (base != null && value.compareTo(base) < 0) {
                // الخامس بعد الألف: the 1005th; الحادي عشر بعد المائة: the 111th
                value = value.add(base);
                end += 2;
            }
        }
        if (!percent && !ordinal) {
            int afterPercent = percentWords(end);
            if (afterPercent > end) {
                percent = true;
                end = afterPercent;
            }
        }
        if (negative) {
            value = value.negate();
        }
        return Optional.of(new NumberMatch(value, kind(value), start, end - start, prefix,
                definite, digits));
    }

    /** The value of المائة, الألف or المليون at {@code pos}, a base an ordinal counts on from. */
    private BigDecimal definiteBaseAt(int pos) {
        WordPiece piece = words.read(pos, false);
        if (piece == null || piece.conj() || !piece.definite()) {
            return null;
        }
        for (Reading reading : piece.readings()) {
            if (reading.role() == Role.HUNDRED || reading.role() == Role.SCALE
                    || reading.role() == Role.SCALE_DUAL) {
                return reading.role() == Role.SCALE_DUAL
                        ? reading.value().multiply(BigDecimal.valueOf(2)) : reading.value();
            }
        }
        return null;
    }

    /** The value of an indefinite singular scale word (مليار, مليون, ألف) at {@code pos}, or null. */
    private BigDecimal scaleAt(int pos) {
        WordPiece piece = pos < words.size() ? words.read(pos, false) : null;
        if (piece == null || piece.conj() || piece.definite() || !piece.prefix().isEmpty()) {
            return null;
        }
        for (Reading reading : piece.readings()) {
            if (reading.role() == Role.SCALE) {
                return reading.value();
            }
        }
        return null;
    }

    /** {@code value} without a fraction part of zeros: 3200000000, not 3200000000.0. */
    private static BigDecimal whole(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * A definite "two" alone is usually Monday (الاثنين); an indefinite ثانية is a second; and
     * بالمئة alone is the percent word, not "the hundredth".
     */
    private boolean rejectedAlone(WordPiece piece) {
        if (terms != 1 || digits) {
            return false;
        }
        String stem = piece.stem();
        return (piece.definite() && (stem.equals("اثنين") || stem.equals("اثنان")))
                || (!piece.definite() && stem.equals("ثانيه"))
                || (piece.definite() && !piece.prefix().isEmpty() && piece.has(Role.HUNDRED));
    }

    private NumberKind kind(BigDecimal value) {
        boolean integer = value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
        if (percent) {
            return NumberKind.PERCENT;
        }
        if (ordinal || (definite && !digits && !fraction
                && value.compareTo(BigDecimal.TEN) > 0)) {
            return NumberKind.ORDINAL;
        }
        if (ratio || (fraction && !integer)) {
            return NumberKind.FRACTION;
        }
        if (decimal && !scaled) {
            return NumberKind.DECIMAL;
        }
        return NumberKind.CARDINAL;
    }

    /**
     * Reads one term at {@code pos} (with the و before it, if any) and returns the index after
     * it, or -1 if the term does not continue the expression.
     */
    private int step(int pos, WordPiece head) {
        int p = pos;
        boolean conj = false;
        WordPiece piece;
        if (head != null) {
            piece = head;
        } else {
            if (words.folded(p).equals(AND)) {
                conj = true;
                p++;
                if (p >= words.size()) {
                    return -1;
                }
            }
            piece = words.read(p, false);
            if (piece == null || (conj && piece.conj())) {
                return -1;
            }
            conj |= piece.conj();
            if (piece.definite() && !definite && !conj) {
                return -1;
            }
        }
        if (piece.digits() != null) {
            return digitsTerm(piece.digits(), conj, p);
        }
        if (first() && !piece.definite() && piece.has(Role.FRACTION)
                && definiteNounAt(p + 1)) {
            for (Reading reading : piece.readings()) {
                if (reading.role() == Role.FRACTION) {
                    return term(reading, conj, p);
                }
            }
        }
        for (Reading reading : piece.readings()) {
            int next = term(reading, conj, p);
            if (next >= 0) {
                return next;
            }
        }
        return -1;
    }

    private boolean first() {
        return terms == 0;
    }

    private int digitsTerm(DigitNumber number, boolean conj, int p) {
        BigDecimal value = number.value();
        boolean integer = !number.decimal() && !number.fraction();
        if (first()) {
            group = value;
            slots = !integer ? FULL : slotsOf(value);
            digits = true;
            decimal = number.decimal();
            ratio = number.fraction();
            percent = number.percent();
            closed = percent || ratio;
            return p + 1;
        }
        if (number.fraction() && !conj && terms == 1 && digits && !decimal && !ratio
                && lastScale == null && value.signum() > 0 && value.compareTo(BigDecimal.ONE) < 0) {
            group = group.signum() < 0 ? group.subtract(value) : group.add(value);
            ratio = true;
            closed = true;
            return p + 1;
        }
        if (!integer || number.percent() || value.signum() < 0) {
            return -1;
        }
        if (slots == 0 && total.signum() > 0) {
            group = value;
            slots = slotsOf(value);
        } else if (slots == HUNDREDS && conj && value.compareTo(BigDecimal.valueOf(100)) < 0) {
            group = group.add(value);
            slots |= UNITS | TENS;
        } else {
            return -1;
        }
        digits = true;
        return p + 1;
    }

    private static int slotsOf(BigDecimal value) {
        if (value.compareTo(BigDecimal.TEN) < 0) {
            return UNITS;
        }
        return value.compareTo(BigDecimal.valueOf(100)) < 0 ? UNITS | TENS : FULL;
    }

    private int term(Reading reading, boolean conj, int p) {
        BigDecimal value = reading.value();
        return switch (reading.role()) {
            case ZERO -> {
                if (!first()) {
                    yield -1;
                }
                slots = FULL;
                yield p + 1;
            }
            case UNIT -> unit(reading, conj, p);
            case TEEN_HEAD -> {
                if (isTeenTail(p + 1)) {
                    yield teen(reading, value.add(BigDecimal.TEN), conj, p + 2);
                }
                yield tensFollow(p + 1) ? unit(reading, conj, p) : -1;
            }
            case TEEN -> teen(reading, value, conj, p + 1);
            case TENS -> {
                boolean fits = first() || ((slots & TENS) == 0
                        && (slots == 0 ? total.signum() > 0 && conj
                                : (slots & UNITS) == 0 || conj));
                if (!fits) {
                    yield -1;
                }
                group = group.add(value);
                slots |= TENS;
                yield p + 1;
            }
            case HUNDRED -> hundred(reading, conj, p);
            case HUNDREDS -> {
                if (!first() && !(slots == 0 && total.signum() > 0)) {
                    yield -1;
                }
                group = value;
                slots = HUNDREDS;
                ordinal |= reading.ordinal();
                yield p + 1;
            }
            case SCALE, SCALE_PLURAL, SCALE_DUAL -> scale(reading, conj, p);
            case FRACTION -> {
                if (first()) {
                    if (reading.loose() && (definite || !definiteNounAt(p + 1))) {
                        yield -1;
                    }
                    startFraction(value);
                    yield p + 1;
                }
                if (!conj || reading.loose()) {
                    yield -1;
                }
                addFraction(value);
                yield p + 1;
            }
            case FRACTION_DUAL -> {
                BigDecimal twoParts = BigDecimal.valueOf(2).divide(value, DigitNumber.QUOTIENT);
                if (first()) {
                    startFraction(twoParts);
                } else if (conj) {
                    addFraction(twoParts);
                } else {
                    yield -1;
                }
                yield p + 1;
            }
            case FRACTION_PLURAL -> {
                if (first() || conj || slots == 0 || fraction) {
                    yield -1;
                }
                group = total.add(group).divide(value, DigitNumber.QUOTIENT);
                total = BigDecimal.ZERO;
                slots = FULL;
                fraction = true;
                closed = true;
                yield p + 1;
            }
            case TEEN_TAIL, DECIMAL_POINT, NEGATIVE -> -1;
        };
    }

    private int unit(Reading reading, boolean conj, int p) {
        BigDecimal value = reading.value();
        if (reading.role() == Role.UNIT && reading.ordinal() && value.equals(BigDecimal.ONE)) {
            return firstOnly(p);
        }
        if (value.compareTo(BigDecimal.TEN) < 0 && isTeenTail(p + 1)) {
            int next = teen(reading, value.add(BigDecimal.TEN), conj, p + 2);
            if (next >= 0) {
                return next;
            }
        }
        BigDecimal denominator = fractionPluralAt(p + 1);
        if (denominator != null && !reading.ordinal()) {
            BigDecimal share = value.divide(denominator, DigitNumber.QUOTIENT);
            if (first()) {
                startFraction(share);
                closed = true;
                return p + 2;
            }
            if (conj) {
                addFraction(share);
                return p + 2;
            }
        }
        boolean fits = first()
                || (slots == 0 && total.signum() > 0 && conj)
                || slots == HUNDREDS
                || ((slots == TENS || slots == (TENS | HUNDREDS)) && conj);
        if (!fits) {
            return -1;
        }
        group = group.add(value);
        slots |= UNITS;
        ordinal |= reading.ordinal();
        return p + 1;
    }

    /** أول and الأولى stand alone: 11th is الحادي عشر, and أول عشرة is "the first ten". */
    private int firstOnly(int p) {
        if (!first()) {
            return -1;
        }
        group = BigDecimal.ONE;
        slots = FULL;
        ordinal = true;
        closed = true;
        return p + 1;
    }

    private int teen(Reading reading, BigDecimal value, boolean conj, int next) {
        boolean fits = first() || slots == HUNDREDS
                || (slots == 0 && total.signum() > 0 && conj);
        if (!fits) {
            return -1;
        }
        group = group.add(value);
        slots |= UNITS | TENS;
        ordinal |= reading.ordinal();
        return next;
    }

    private int hundred(Reading reading, boolean conj, int p) {
        BigDecimal hundred = reading.value();
        if (slots == UNITS && !conj && group.signum() > 0
                && group.compareTo(BigDecimal.TEN) < 0 && group.scale() <= 0) {
            group = group.multiply(hundred);
        } else if (first() || (slots == 0 && total.signum() > 0)) {
            group = hundred;
        } else {
            return -1;
        }
        slots = HUNDREDS;
        return p + 1;
    }

    private int scale(Reading reading, boolean conj, int p) {
        BigDecimal scale = reading.value();
        if (lastScale != null && scale.compareTo(lastScale) >= 0) {
            return -1;
        }
        boolean empty = slots == 0;
        switch (reading.role()) {
            case SCALE, SCALE_PLURAL -> {
                if (!empty && !conj) {
                    total = total.add(group.multiply(scale));
                } else if (empty && reading.role() == Role.SCALE && (first() || conj)) {
                    total = total.add(scale);
                } else {
                    return -1;
                }
            }
            default -> {
                if (!empty && !conj) {
                    return -1;
                }
                if (!empty) {
                    total = total.add(group);
                } else if (!first() && !conj) {
                    return -1;
                }
                total = total.add(scale.add(scale));
            }
        }
        group = BigDecimal.ZERO;
        slots = 0;
        lastScale = scale;
        scaled = true;
        return p + 1;
    }

    private void startFraction(BigDecimal value) {
        group = value;
        slots = FULL;
        fraction = true;
    }

    /** و + a fraction after a whole number: مليون ونصف is a million and a half million. */
    private void addFraction(BigDecimal value) {
        if (slots == 0 && lastScale != null) {
            total = total.add(value.multiply(lastScale));
        } else {
            group = group.add(value);
        }
        fraction = true;
        closed = true;
    }

    private boolean isTeenTail(int index) {
        return index < words.size() && TEEN_TAILS.contains(words.folded(index));
    }

    /** Whether و and a tens word follow: الحادي والعشرون. */
    private boolean tensFollow(int index) {
        if (index >= words.size()) {
            return false;
        }
        String folded = words.folded(index);
        if (folded.equals(AND)) {
            index++;
            if (index >= words.size()) {
                return false;
            }
        } else if (!folded.startsWith(AND)) {
            return false;
        }
        WordPiece piece = words.read(index, false);
        return piece != null && piece.has(Role.TENS);
    }

    private BigDecimal fractionPluralAt(int index) {
        if (index >= words.size()) {
            return null;
        }
        Reading plural = NumberWords.readings(words.folded(index)).stream()
                .filter(reading -> reading.role() == Role.FRACTION_PLURAL)
                .findFirst().orElse(null);
        return plural == null ? null : plural.value();
    }

    /** Whether a definite word that is no number follows: خمس الفطيرة, ثمن الوزن. */
    private boolean definiteNounAt(int index) {
        if (index >= words.size()) {
            return false;
        }
        String folded = words.folded(index);
        return folded.startsWith(ARTICLE) && folded.length() > 3
                && words.read(index, false) == null;
    }

    /** Reads فاصلة and the digits after it; returns the index after them, or {@code end}. */
    private int decimalWords(int end) {
        if (end + 1 >= words.size()) {
            return end;
        }
        WordPiece point = words.read(end, false);
        if (point == null || !point.has(Role.DECIMAL_POINT) || !point.prefix().isEmpty()) {
            return end;
        }
        WordPiece after = words.read(end + 1, false);
        if (after == null || !after.prefix().isEmpty()) {
            return end;
        }
        String fractionDigits;
        int next;
        if (after.digits() != null) {
            DigitNumber number = after.digits();
            if (number.decimal() || number.fraction() || number.percent()
                    || number.value().signum() < 0) {
                return end;
            }
            fractionDigits = number.digits();
            next = end + 2;
        } else {
            Optional<NumberMatch> read = new NumberScan(words, end + 1).run();
            int scale = read.isEmpty() ? -1 : read.get().end() - 1;
            if (scale > end + 1 && scaleAt(scale) != null) {
                // ثلاثة فاصلة اثنين مليار: the scale closes the decimal, not its fraction digits
                read = new NumberScan(words.upTo(scale), end + 1).run();
            }
            if (read.isEmpty() || read.get().kind() != NumberKind.CARDINAL
                    || !read.get().isInteger() || read.get().value().signum() < 0) {
                return end;
            }
            fractionDigits = read.get().plainValue();
            next = read.get().end();
        }
        decimalPart = new BigDecimal("0." + fractionDigits);
        return next;
    }

    /** Reads %, ٪, بالمئة, فالمية or في المئة after the number; returns the index after it. */
    private int percentWords(int end) {
        if (end >= words.size()) {
            return end;
        }
        String folded = words.folded(end);
        if (PERCENT_SIGNS.contains(folded) || PER_HUNDRED.contains(folded)) {
            return end + 1;
        }
        if (folded.equals(IN) && end + 1 < words.size()
                && HUNDRED_DEFINITE.contains(words.folded(end + 1))) {
            return end + 2;
        }
        return end;
    }
}
