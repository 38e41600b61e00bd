package org.qalam.extractors.numbers;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.qalam.arabic.normalize.Normalizer;

/**
 * Words that name what a number counts or measures (شخص, دولار, كيلومتر), in their singular,
 * dual-free plural and accusative forms, each mapped to its singular.
 *
 * <p>The numbers extractor keeps the unit as the mention's {@code unit} attribute instead of
 * swallowing it into the span; a curated list keeps ordinary nouns after numbers out.
 */
final class NumberUnits {

    private static final Normalizer FOLDING = Normalizer.search();
    private static final Map<String, String> UNITS = build();
    /** Units of money, length, weight, volume and area: what half of is a quantity (نص كيلو). */
    private static final Set<String> MEASURES = Set.of(
            "دولار", "يورو", "جنيه", "ريال", "درهم", "دينار", "ليرة", "روبل", "ين", "يوان", "فرنك",
            "شيكل", "متر", "كيلومتر", "سنتيمتر", "مليمتر", "ميل", "قدم", "غرام", "كيلوغرام",
            "طن", "لتر", "مليلتر", "برميل", "هكتار", "دونم", "فدان");

    private NumberUnits() {
    }

    /**
     * The singular of the unit that {@code word} names, if it names one; {@code next} is the word
     * after it or null, for the unit written in two words (كيلو متر).
     */
    static Optional<String> of(String word, String next) {
        Optional<String> unit = of(word);
        if (unit.isPresent() && next != null && FOLDING.normalize(word).equals("كيلو")
                && of(next).filter("متر"::equals).isPresent()) {
            return Optional.of("كيلومتر");
        }
        return unit;
    }

    /** The singular of the unit that {@code word} names, if it names one. */
    static Optional<String> of(String word) {
        String folded = FOLDING.normalize(word);
        String unit = UNITS.get(folded);
        if (unit == null && folded.length() > 3 && folded.endsWith("ا")) {
            unit = UNITS.get(folded.substring(0, folded.length() - 1));
        }
        return Optional.ofNullable(unit);
    }

    /** Whether {@code word} names a unit of money, length, weight, volume or area. */
    static boolean isMeasure(String word) {
        return of(word).filter(MEASURES::contains).isPresent();
    }

    private static Map<String, String> build() {
        Map<String, String> units = new HashMap<>();
        String[][] table = {
            {"شخص", "أشخاص"}, {"نسمة"}, {"قتيل", "قتلى"}, {"جريح", "جرحى"},
            {"لاجئ", "لاجئين", "لاجئون"}, {"نازح", "نازحين", "نازحون"}, {"مواطن", "مواطنين"},
            {"طفل", "أطفال"}, {"امرأة", "نساء"}, {"رجل", "رجال"}, {"جندي", "جنود"},
            {"مقاتل", "مقاتلين", "مقاتلون"}, {"مدني", "مدنيين", "مدنيون"}, {"طالب", "طلاب"},
            {"عامل", "عمال"}, {"موظف", "موظفين"}, {"شهيد", "شهداء"}, {"معتقل", "معتقلين"},
            {"دولار", "دولارات", "$"}, {"يورو", "€"}, {"جنيه", "جنيهات", "£"},
            {"ريال", "ريالات"}, {"درهم", "دراهم"}, {"دينار", "دنانير"}, {"ليرة", "ليرات"},
            {"روبل"}, {"ين", "¥"}, {"يوان"}, {"فرنك"}, {"شيكل"},
            {"متر", "أمتار"}, {"كيلومتر", "كيلومترات", "كم"},
            {"سنتيمتر", "سم"}, {"مليمتر", "ملم", "مم"}, {"ميل", "أميال"}, {"قدم", "أقدام"},
            {"غرام", "غرامات", "جرام", "جرامات"},
            {"كيلوغرام", "كيلوغرامات", "كيلوجرام", "كيلوجرامات", "كغ", "كجم", "كيلو"},
            {"طن", "أطنان"}, {"لتر", "لترات"}, {"مليلتر", "مل"}, {"برميل", "براميل"},
            {"هكتار", "هكتارات"}, {"دونم", "دونمات"}, {"فدان", "أفدنة"},
            {"ثانية", "ثوان", "ثواني"}, {"دقيقة", "دقائق"}, {"ساعة", "ساعات"},
            {"يوم", "أيام"}, {"أسبوع", "أسابيع"}, {"شهر", "أشهر", "شهور"},
            {"سنة", "سنوات", "سنين"}, {"عام", "أعوام"},
            {"درجة", "درجات"}, {"نقطة", "نقاط"}, {"مرة", "مرات"}, {"صفحة", "صفحات"},
        };
        for (String[] forms : table) {
            for (String form : forms) {
                units.put(FOLDING.normalize(form), forms[0]);
            }
        }
        return Map.copyOf(units);
    }
}
