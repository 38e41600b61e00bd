package org.qalam.language.numbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qalam.language.lists.WordList;

/**
 * The number words of Modern Standard Arabic, with their case, gender and spelling variants and
 * the common dialect forms (Egyptian تلاتة, Levantine تنتين, Moroccan جوج), keyed by
 * {@link Folding folded} spelling; the dialects' one-word teens come from the data file
 * {@code dialect-teens.txt}.
 *
 * <p>Written by hand from the grammar of Arabic numerals; a word may have several readings
 * (خمس is five or a fifth), and the parser picks the one its context allows.
 */
final class NumberWords {

    /** The grammatical role of a number word. */
    enum Role {
        /** صفر. */
        ZERO,
        /** 1 to 10, cardinal (ثلاثة) or ordinal (الثالث). */
        UNIT,
        /** The first part of a teen or of 21 that cannot stand alone: أحد, إحدى, اثنا, حادي. */
        TEEN_HEAD,
        /** عشر, عشرة after a unit: ثلاثة عشر. */
        TEEN_TAIL,
        /** A teen in one word (Egyptian حداشر, اتناشر). */
        TEEN,
        /** 20 to 90. */
        TENS,
        /** مائة, مئة: 100 alone or multiplied by a unit before it (ثلاث مائة). */
        HUNDRED,
        /** 200 to 900 in one word: مائتان, ثلاثمائة, تلتمية, خمسميت. */
        HUNDREDS,
        /** ألف, مليون, مليار and دزينة, singular: multiplies the group before it. */
        SCALE,
        /** The dual of a scale: ألفان, مليونين (twice the scale). */
        SCALE_DUAL,
        /**
         * A scale that needs a count before it: the plural (ثلاثة آلاف) and the accusative singular
         * (عشرين ألفًا), whose bare form ألفا is more often a name.
         */
        SCALE_PLURAL,
        /** A unit fraction: نصف, ربع, ثلث. */
        FRACTION,
        /** The dual of a fraction: ثلثان (2/3). */
        FRACTION_DUAL,
        /** The plural of a fraction, a denominator after a count: ثلاثة أرباع. */
        FRACTION_PLURAL,
        /** فاصلة, the decimal point read aloud. */
        DECIMAL_POINT,
        /** سالب, ناقص before a number. */
        NEGATIVE
    }

    /**
     * One reading of a word.
     *
     * @param role grammatical role
     * @param value the number (for a fraction its value, for a plural fraction its denominator)
     * @param ordinal whether the word is an ordinal form (ثالث, الأولى)
     * @param loose whether the reading is rare beside another meaning of the word, so that the
     *     parser takes it only where the context asks for it (خمس الفطيرة, but not ثمن الحجرة)
     */
    record Reading(Role role, BigDecimal value, boolean ordinal, boolean loose) {
    }

    /** The teens the dialects write as one word (اربعتعش, سبعطعش), one value a line. */
    private static final String DIALECT_TEENS = "dialect-teens.txt";

    private static final Map<String, List<Reading>> WORDS = build();

    private NumberWords() {
    }

    /** The readings of a folded word; empty if it is no number word. */
    static List<Reading> readings(String folded) {
        return WORDS.getOrDefault(folded, List.of());
    }

    private static Map<String, List<Reading>> build() {
        Map<String, List<Reading>> words = new HashMap<>();
        Builder b = new Builder(words);
        b.add(Role.ZERO, 0, "صفر");
        b.add(Role.UNIT, 1, "واحد", "واحدة", "واحدًا");
        b.add(Role.UNIT, 2, "اثنان", "اثنين", "اثنتان", "اثنتين", "ثنتان", "ثنتين", "اتنين",
                "تنين", "ثنين", "تنتين", "جوج");
        b.add(Role.UNIT, 3, "ثلاث", "ثلاثة", "تلات", "تلاتة", "تلاته");
        b.add(Role.UNIT, 4, "أربع", "أربعة", "اربعه", "ربعة");
        b.add(Role.UNIT, 5, "خمس", "خمسة");
        b.add(Role.UNIT, 6, "ست", "ستة");
        b.add(Role.UNIT, 7, "سبع", "سبعة");
        b.add(Role.UNIT, 8, "ثمان", "ثماني", "ثمانية", "ثمانى", "تمن", "تمانية", "تمنية",
                "ثمنية");
        b.add(Role.UNIT, 9, "تسع", "تسعة");
        b.add(Role.UNIT, 10, "عشر", "عشرة");
        b.add(Role.TEEN_TAIL, 10, "عشر", "عشرة");
        b.add(Role.TEEN_HEAD, 1, "أحد", "إحدى");
        b.add(Role.TEEN_HEAD, 2, "اثنا", "اثني", "اثنى", "اثنتا", "اثنتي", "اثنتى", "ثنتا",
                "ثنتي");
        b.addOrdinal(Role.TEEN_HEAD, 1, "حادي", "حادية");
        b.addOrdinal(Role.UNIT, 1, "أول", "أولى");
        b.addOrdinal(Role.UNIT, 2, "ثاني", "ثان", "ثانية", "تاني", "تانية");
        b.addOrdinal(Role.UNIT, 3, "ثالث", "ثالثة", "تالت", "تالتة");
        b.addOrdinal(Role.UNIT, 4, "رابع", "رابعة");
        b.addOrdinal(Role.UNIT, 5, "خامس", "خامسة");
        b.addOrdinal(Role.UNIT, 6, "سادس", "سادسة");
        b.addOrdinal(Role.UNIT, 7, "سابع", "سابعة");
        b.addOrdinal(Role.UNIT, 8, "ثامن", "ثامنة", "تامن", "تامنة");
        b.addOrdinal(Role.UNIT, 9, "تاسع", "تاسعة");
        b.addOrdinal(Role.UNIT, 10, "عاشر", "عاشرة");
        b.add(Role.TEEN, 11, "حداشر", "احداشر", "حيداشر");
        b.add(Role.TEEN, 12, "اتناشر", "اثناشر", "اطناشر", "طناشر");
        b.add(Role.TEEN, 13, "تلتاشر", "تلاتاشر");
        b.add(Role.TEEN, 14, "اربعتاشر", "اربعطاشر", "اربتاشر");
        b.add(Role.TEEN, 15, "خمستاشر", "خمسطاشر");
        b.add(Role.TEEN, 16, "ستاشر", "سطاشر");
        b.add(Role.TEEN, 17, "سبعتاشر", "سبعطاشر", "سبتاشر");
        b.add(Role.TEEN, 18, "تمنتاشر", "تمنطاشر", "تمانتاشر");
        b.add(Role.TEEN, 19, "تسعتاشر", "تسعطاشر");
        for (String entry : WordList.read(NumberWords.class, DIALECT_TEENS)) {
            String[] fields = entry.split("\\s+");
            b.add(Role.TEEN, Long.parseLong(fields[0]),
                    Arrays.copyOfRange(fields, 1, fields.length));
        }
        b.add(Role.TENS, 20, "عشرون", "عشرين");
        b.add(Role.TENS, 30, "ثلاثون", "ثلاثين", "تلاتين");
        b.add(Role.TENS, 40, "أربعون", "أربعين");
        b.add(Role.TENS, 50, "خمسون", "خمسين");
        b.add(Role.TENS, 60, "ستون", "ستين");
        b.add(Role.TENS, 70, "سبعون", "سبعين");
        b.add(Role.TENS, 80, "ثمانون", "ثمانين", "تمانين", "تمنين");
        b.add(Role.TENS, 90, "تسعون", "تسعين");
        b.add(Role.HUNDRED, 100, "مائة", "مئة", "مية", "ميه");
        b.add(Role.HUNDREDS, 200, "مائتان", "مائتين", "مئتان", "مئتين", "مائتا", "مائتي",
                "مئتا", "مئتي", "ميتين", "متين");
        String[][] hundredStems = {
            {"ثلاث", "ثلث", "تلت", "تلات"}, {"أربع", "ربع"}, {"خمس"}, {"ست"}, {"سبع"},
            {"ثمان", "ثماني", "تمن", "تمان"}, {"تسع"}};
        for (int i = 0; i < hundredStems.length; i++) {
            for (String stem : hundredStems[i]) {
                // the Levantine construct form before a noun: خمسميت ليرة
                b.add(Role.HUNDREDS, (i + 3) * 100, stem + "مائة", stem + "مئة", stem + "مية",
                        stem + "ميت");
            }
        }
        scale(b, 1_000, new String[] {"ألف"}, new String[] {"ألفان", "ألفين", "ألفي"},
                new String[] {"آلاف", "ألوف", "تلاف", "تالاف", "ألفا"});
        scale(b, 1_000_000, new String[] {"مليون"},
                new String[] {"مليونان", "مليونين", "مليوني"}, new String[] {"ملايين", "مليونا"});
        scale(b, 1_000_000_000, new String[] {"مليار", "بليون"},
                new String[] {"ملياران", "مليارين", "ملياري", "بليونان", "بليونين"},
                new String[] {"مليارات", "بلايين", "مليارا"});
        scale(b, 1_000_000_000_000L, new String[] {"تريليون", "ترليون"},
                new String[] {"تريليونان", "تريليونين", "ترليونين"},
                new String[] {"تريليونات", "ترليونات"});
        scale(b, 12, new String[] {"دزينة", "دستة"},
                new String[] {"دزينتان", "دزينتين", "دستتان", "دستتين"},
                new String[] {"دزينات", "دستات"});
        b.addFraction(2, false, "نصف");
        b.addFraction(3, false, "ثلث");
        b.addFraction(4, false, "ربع");
        b.addFraction(6, false, "سدس");
        b.addFraction(5, true, "خمس");
        b.addFraction(7, true, "سبع");
        b.addFraction(8, true, "ثمن");
        b.addFraction(9, true, "تسع");
        b.addFraction(10, true, "عشر");
        b.add(Role.FRACTION_DUAL, 3, "ثلثان", "ثلثين", "ثلثي");
        b.add(Role.FRACTION_PLURAL, 3, "أثلاث");
        b.add(Role.FRACTION_PLURAL, 4, "أرباع");
        b.add(Role.FRACTION_PLURAL, 5, "أخماس");
        b.add(Role.FRACTION_PLURAL, 6, "أسداس");
        b.add(Role.FRACTION_PLURAL, 7, "أسباع");
        b.add(Role.FRACTION_PLURAL, 8, "أثمان");
        b.add(Role.FRACTION_PLURAL, 9, "أتساع");
        b.add(Role.FRACTION_PLURAL, 10, "أعشار");
        b.add(Role.DECIMAL_POINT, 0, "فاصلة", "فاصل");
        b.add(Role.NEGATIVE, -1, "سالب", "ناقص");
        Map<String, List<Reading>> frozen = new HashMap<>();
        words.forEach((word, readings) -> frozen.put(word, List.copyOf(readings)));
        return Map.copyOf(frozen);
    }

    private static void scale(Builder b, long value, String[] singular, String[] dual,
                              String[] plural) {
        b.add(Role.SCALE, value, singular);
        b.add(Role.SCALE_DUAL, value, dual);
        b.add(Role.SCALE_PLURAL, value, plural);
    }

    /** Adds readings under folded keys. */
    private record Builder(Map<String, List<Reading>> words) {

        void add(Role role, long value, String... spellings) {
            put(new Reading(role, BigDecimal.valueOf(value), false, false), spellings);
        }

        void addOrdinal(Role role, long value, String... spellings) {
            put(new Reading(role, BigDecimal.valueOf(value), true, false), spellings);
        }

        void addFraction(int denominator, boolean loose, String spelling) {
            BigDecimal value = BigDecimal.ONE.divide(BigDecimal.valueOf(denominator),
                    DigitNumber.QUOTIENT);
            put(new Reading(Role.FRACTION, value, false, loose), spelling);
        }

        private void put(Reading reading, String... spellings) {
            for (String spelling : spellings) {
                List<Reading> readings = words.computeIfAbsent(Folding.fold(spelling),
                        key -> new ArrayList<>());
                if (!readings.contains(reading)) {
                    readings.add(reading);
                }
            }
        }
    }
}
