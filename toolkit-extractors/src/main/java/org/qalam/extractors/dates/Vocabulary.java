package org.qalam.extractors.dates;

import java.time.DayOfWeek;
import java.util.Set;

/**
 * The words the date grammar knows, written by us: month names of every family (Egyptian and
 * Gulf يناير, Levantine and Iraqi كانون الثاني, Maghreb جانفي and غشت), Hijri months, weekdays,
 * relative words, units and parts of the day.
 */
final class Vocabulary {

    /** A unit of an offset or a span, and how many of it a word says by itself. */
    record Unit(Grain grain, int count) {
    }

    /** Which way a relative word points. */
    enum Direction {
        /** الماضي, السابق. */
        PAST,
        /** الحالي, هذا. */
        THIS,
        /** القادم, المقبل. */
        NEXT
    }

    /** The part of the day a time is said in, which decides between 3:00 and 15:00. */
    enum DayPart {
        /** صباحا, فجرا, قبل الظهر. */
        MORNING,
        /** ظهرا: 12 stays, 1 to 5 are afternoon hours. */
        NOON,
        /** عصرا, بعد الظهر: 3 is 15:00. */
        AFTERNOON,
        /** مساء, بعد المغرب: 8 is 20:00. */
        EVENING,
        /** ليلا: 8 is 20:00, 2 is 02:00. */
        NIGHT
    }

    static final Phrases<Integer> MONTHS = Phrases.<Integer>builder()
            .add("يناير|جانفي|ينير|كانون الثاني|كانون ثاني", 1)
            .add("فبراير|فيفري|فبراير|شباط|فبرير", 2)
            .add("مارس|آذار|مارس", 3)
            .add("أبريل|إبريل|أفريل|نيسان|ابريل", 4)
            .add("مايو|أيار|ماي", 5)
            .add("يونيو|يونيه|حزيران|جوان|يونيو", 6)
            .add("يوليو|يوليه|تموز|جويلية|جويليه|يوليوز", 7)
            .add("أغسطس|أغشت|آب|أوت|غشت|اغسطس", 8)
            .add("سبتمبر|أيلول|شتنبر", 9)
            .add("أكتوبر|تشرين الأول|تشرين أول|اكتوبر", 10)
            .add("نوفمبر|تشرين الثاني|تشرين ثاني|نونبر", 11)
            .add("ديسمبر|كانون الأول|كانون أول|دجنبر", 12)
            .build();

    /** Month names that are also everyday words (آب father, ماي water): need a day or a year. */
    static final Phrases<Boolean> AMBIGUOUS_MONTHS = Phrases.of("آب", "ماي");

    static final Phrases<Integer> HIJRI_MONTHS = Phrases.<Integer>builder()
            .add("محرم|المحرم", 1)
            .add("صفر", 2)
            .add("ربيع الأول|ربيع أول", 3)
            .add("ربيع الثاني|ربيع الآخر|ربيع ثاني|ربيع آخر", 4)
            .add("جمادى الأولى|جمادى الأول|جمادى أولى", 5)
            .add("جمادى الآخرة|جمادى الثانية|جمادى الآخر|جمادى ثاني|جمادى الثاني", 6)
            .add("رجب", 7)
            .add("شعبان", 8)
            .add("رمضان", 9)
            .add("شوال", 10)
            .add("ذو القعدة|ذي القعدة|ذا القعدة", 11)
            .add("ذو الحجة|ذي الحجة|ذا الحجة", 12)
            .build();

    /** The era marks after a Hijri year: هـ, هجري, للهجرة. */
    static final Phrases<Boolean> HIJRI_ERA = Phrases.of("هـ", "ه", "هجري", "هجرية", "للهجرة");

    /** The adjective that makes a year Hijri: العام الهجري الماضي. */
    static final Phrases<Boolean> HIJRI_ADJECTIVE = Phrases.of("الهجري", "الهجرية");

    /** The era marks after a Gregorian year: م, ميلادي, للميلاد. */
    static final Phrases<Boolean> GREGORIAN_ERA = Phrases.of("م", "ميلادي", "ميلادية", "للميلاد");

    /** Weekdays with the article, which stand alone: الخميس. */
    static final Phrases<DayOfWeek> WEEKDAYS = Phrases.<DayOfWeek>builder()
            .add("الأحد", DayOfWeek.SUNDAY)
            .add("الاثنين|الإثنين|الاتنين", DayOfWeek.MONDAY)
            .add("الثلاثاء|الثلاثا", DayOfWeek.TUESDAY)
            .add("الأربعاء|الأربعا", DayOfWeek.WEDNESDAY)
            .add("الخميس", DayOfWeek.THURSDAY)
            .add("الجمعة", DayOfWeek.FRIDAY)
            .add("السبت", DayOfWeek.SATURDAY)
            .build();

    /** Weekdays without the article, read only inside a phrase: ثاني أربعاء, ثلاثاء الأسبوع. */
    static final Phrases<DayOfWeek> BARE_WEEKDAYS = Phrases.<DayOfWeek>builder()
            .add("أحد", DayOfWeek.SUNDAY)
            .add("اثنين|إثنين", DayOfWeek.MONDAY)
            .add("ثلاثاء|ثلاثا", DayOfWeek.TUESDAY)
            .add("أربعاء|أربعا", DayOfWeek.WEDNESDAY)
            .add("خميس", DayOfWeek.THURSDAY)
            .add("جمعة", DayOfWeek.FRIDAY)
            .add("سبت", DayOfWeek.SATURDAY)
            .build();

    static final Phrases<Direction> DIRECTIONS = Phrases.<Direction>builder()
            .add("الماضي|الماضية|الماض|السابق|السابقة|المنصرم|المنصرمة|الفائت|الفائتة|المنقضي"
                    + "|الأخير|الأخيرة|الماضيين|الماضيتين|السابقين|الأخيرين|المنصرمين", Direction.PAST)
            .add("الحالي|الحالية|الجاري|الجارية|هذا|هذه", Direction.THIS)
            .add("القادم|القادمة|المقبل|المقبلة|التالي|التالية|الجاي|الجاية|اللاحق|المقبلين"
                    + "|المقبلتين|القادمين|القادمتين|التاليين|اللي جاي|الي جاي|اللي جاية"
                    + "|الي جاية", Direction.NEXT)
            .add("اللي فات|الي فات|اللي فاتت|الي فاتت|اللي قبله|اللي راح|اللي راحت",
                    Direction.PAST)
            .build();

    /** بعد and قبل between a unit and a direction: الأسبوع بعد القادم is two weeks on. */
    static final Phrases<Direction> BEYOND = Phrases.<Direction>builder()
            .add("بعد", Direction.NEXT)
            .add("قبل", Direction.PAST)
            .build();

    /** هذا, هذه: the current one. */
    static final Phrases<Boolean> THIS = Phrases.of("هذا", "هذه");

    /** Calendar units named with the article: الأسبوع الماضي, هذا الشهر. */
    static final Phrases<Grain> PERIODS = Phrases.<Grain>builder()
            .add("الأسبوع|الاسبوع", Grain.WEEK)
            .add("الشهر", Grain.MONTH)
            .add("العام|السنة", Grain.YEAR)
            .build();

    /** Units of an offset; a dual says two by itself, a singular one, a plural needs a number. */
    static final Phrases<Unit> UNITS = offsetUnits().build();

    /** Units of a length of time: those of an offset, seconds, and لحظة (a second). */
    static final Phrases<Unit> DURATION_UNITS = offsetUnits()
            .add("ثانية|لحظة", new Unit(Grain.SECOND, 1)).add("ثوان", new Unit(Grain.SECOND, 0))
            .add("ثانيتين|ثانيتان", new Unit(Grain.SECOND, 2))
            .build();

    /** طوال before a definite unit: طوال اليوم is a day long. */
    static final Phrases<Boolean> WHOLE = Phrases.of("طوال", "طول", "على مدار", "على مدى");

    /** A definite unit after طوال: اليوم, الأسبوع, الشهر, العام. */
    static final Phrases<Grain> WHOLE_UNITS = Phrases.<Grain>builder()
            .add("اليوم|النهار", Grain.DAY)
            .add("الأسبوع", Grain.WEEK)
            .add("الشهر", Grain.MONTH)
            .add("العام|السنة", Grain.YEAR)
            .build();

    /** واحد after a singular unit: عام واحد. */
    static final Phrases<Boolean> ONE = Phrases.of("واحد", "واحدة");

    /** Fractions of a unit by their denominator: نص ساعة, سنة وربع. */
    static final Phrases<Integer> UNIT_FRACTIONS = Phrases.<Integer>builder()
            .add("ربع", 4)
            .add("نصف", 2)
            .add("ثلث", 3)
            .build();

    /** Plural units with the article, as in الأيام الثلاثة الماضية. */
    static final Phrases<Grain> DEFINITE_UNITS = Phrases.<Grain>builder()
            .add("الأيام", Grain.DAY)
            .add("الأسابيع", Grain.WEEK)
            .add("الأشهر|الشهور", Grain.MONTH)
            .add("الأعوام|السنوات|السنين", Grain.YEAR)
            .add("الساعات", Grain.HOUR)
            .add("الدقائق", Grain.MINUTE)
            .build();

    /** Dual units with the article, as in اليومين الماضيين. */
    static final Phrases<Grain> DEFINITE_DUALS = Phrases.<Grain>builder()
            .add("اليومين", Grain.DAY)
            .add("الأسبوعين", Grain.WEEK)
            .add("الشهرين", Grain.MONTH)
            .add("العامين|السنتين", Grain.YEAR)
            .add("الساعتين", Grain.HOUR)
            .build();

    /** Words before a range of years: بين عامي 2014 و2018. */
    static final Phrases<Boolean> YEARS_WORD = Phrases.of("عامي", "سنتي", "الأعوام", "السنوات",
            "الفترة");

    /** Parts of a year and their length in months: الربع الثالث, النصف الأول. */
    static final Phrases<Integer> YEAR_PARTS = Phrases.<Integer>builder()
            .add("الربع", 3)
            .add("الثلث", 4)
            .add("النصف", 6)
            .build();

    /** Decades by their tens: السبعينيات is 70. */
    static final Phrases<Integer> DECADES = Phrases.<Integer>builder()
            .add("العشرينيات|العشرينات|عشرينيات", 20)
            .add("الثلاثينيات|الثلاثينات|ثلاثينيات", 30)
            .add("الأربعينيات|الأربعينات|أربعينيات", 40)
            .add("الخمسينيات|الخمسينات|خمسينيات", 50)
            .add("الستينيات|الستينات|ستينيات", 60)
            .add("السبعينيات|السبعينات|سبعينيات", 70)
            .add("الثمانينيات|الثمانينات|ثمانينيات", 80)
            .add("التسعينيات|التسعينات|تسعينيات", 90)
            .build();

    /** Centuries named after a decade, by their first year less the decade: 1900. */
    static final Phrases<Integer> CENTURIES = Phrases.<Integer>builder()
            .add("القرن الماضي|من القرن الماضي|القرن العشرين|من القرن العشرين", 1900)
            .add("القرن التاسع عشر|من القرن التاسع عشر", 1800)
            .add("القرن الحالي|من القرن الحالي|القرن الحادي والعشرين|من القرن الحادي والعشرين", 2000)
            .build();

    /** Vague counts: بضعة أيام, عدة أسابيع. */
    static final Phrases<Boolean> FEW = Phrases.of("بضعة", "بضع", "عدة", "كم", "كام");

    static final Phrases<DayPart> DAY_PARTS = Phrases.<DayPart>builder()
            .add("صباحا|صباح|الصبح|الصباح|هذا الصباح|صباح اليوم|فجرا|الفجر|فجر|قبل الظهر"
                    + "|قبل الظهيرة|في الصباح|من صباح|من صباح اليوم|من فجر|من فجر اليوم",
                    DayPart.MORNING)
            .add("ظهرا|الظهر|ظهر|الظهيرة|ظهيرة", DayPart.NOON)
            .add("عصرا|العصر|عصر|بعد العصر|بعد الظهر|بعد الظهيرة|بعد ظهر|من بعد ظهر"
                    + "|من عصر|من عصر اليوم|من بعد ظهر اليوم", DayPart.AFTERNOON)
            .add("مساء|مساءا|المساء|هذا المساء|مساء اليوم|في المساء|قبل المغرب|المغرب|مغربا"
                    + "|بعد المغرب|العشاء|بعد العشاء|من مساء|من مساء اليوم", DayPart.EVENING)
            .add("ليلا|الليل|بالليل|في الليل|ليل|هذه الليلة|الليلة|من ليل|من ليلة", DayPart.NIGHT)
            .build();

    /** A part of the day said alone, today's: الفجر, بالليل, مساء. */
    static final Phrases<DayPart> PART_ALONE = Phrases.<DayPart>builder()
            .add("فجرا|الفجر|صباحا|الصبح", DayPart.MORNING)
            .add("ظهرا", DayPart.NOON)
            .add("عصرا|بعد الظهر|بعد الظهيرة", DayPart.AFTERNOON)
            .add("مساء|المساء|بعد المغرب", DayPart.EVENING)
            .add("ليلا", DayPart.NIGHT)
            .build();

    /** Hours with a name: noon, and midnight as the end of the reference day (hour 24). */
    static final Phrases<Integer> NAMED_HOURS = Phrases.<Integer>builder()
            .add("منتصف النهار|الظهيرة|وقت الظهيرة|منتصف الظهر", 12)
            .add("منتصف الليل|نصف الليل", 24)
            .build();

    /** Parts of the day named before a day: صباح الغد, مساء أمس, بعد ظهر اليوم. */
    static final Phrases<DayPart> PART_BEFORE_DAY = Phrases.<DayPart>builder()
            .add("صباح|فجر", DayPart.MORNING)
            .add("ظهر|ظهيرة", DayPart.NOON)
            .add("بعد ظهر|عصر", DayPart.AFTERNOON)
            .add("مساء|ليل|ليلة", DayPart.EVENING)
            .build();

    /** Parts of the day on their own, today: هذا الصباح, هذا المساء. */
    static final Phrases<DayPart> PART_TODAY = Phrases.<DayPart>builder()
            .add("هذا الصباح|صباح اليوم", DayPart.MORNING)
            .add("بعد ظهر اليوم", DayPart.AFTERNOON)
            .add("هذا المساء|مساء اليوم", DayPart.EVENING)
            .build();

    /** الليلة as a time span of its own: this evening. */
    static final Phrases<Boolean> TONIGHT = Phrases.of("الليلة", "هذه الليلة", "الليلة دي");

    static final Phrases<Boolean> HOUR_WORD = Phrases.of("الساعة");
    static final Phrases<Boolean> MINUTE_WORD = Phrases.of("دقيقة", "دقائق", "دقيقه");
    static final Phrases<Boolean> EXCEPT = Phrases.of("إلا", "الا", "غير");
    static final Phrases<Integer> FRACTIONS = Phrases.<Integer>builder()
            .add("ربع|الربع|ربعا", 15)
            .add("نصف|النصف|نص|نصا", 30)
            .add("ثلث|الثلث|ثلثا", 20)
            .build();
    static final Phrases<Boolean> TIME_ZONE = Phrases.of("بتوقيت غرينتش", "بتوقيت جرينتش",
            "بتوقيت gmt", "بتوقيت utc", "gmt", "utc", "بتوقيت غرينيتش");

    static final Phrases<Boolean> NOW = Phrases.of("الآن", "حالا", "في هذه اللحظة",
            "هذه اللحظة", "حتى اللحظة");
    static final Phrases<Integer> DAYS = Phrases.<Integer>builder()
            .add("اليوم|هذا اليوم|في هذا اليوم", 0)
            .add("أمس|الأمس|البارحة|امبارح|يوم أمس|اليوم الماضي|اليوم السابق|اليوم المنصرم"
                    + "|اليوم الفائت", -1)
            .add("غدا|غد|الغد|بكرة|بكرا|بكره|يوم غد|اليوم التالي|اليوم الذي يلي", 1)
            .add("أول أمس|أول البارحة|قبل أمس|قبل البارحة|يوم قبل أمس|اليوم قبل أمس"
                    + "|اليوم القبل البارحة|اليوم الذي قبل أمس|اليوم الي قبل امبارح"
                    + "|اليوم اللي قبل امبارح|اليوم الذي قبل البارحة|قبل امبارح|قبل يوم أمس|أمس الأول|أول من أمس", -2)
            .add("بعد غد|بعد الغد|يوم بعد غد|اليوم الذي بعد الغد|اليوم الذي بعد غد"
                    + "|اليوم الي بعد بكرة|اليوم اللي بعد بكرة|بعد بكرة|بعد بكرا", 2)
            .build();

    /** Words that name a day as a unit before a weekday: يوم الخميس. */
    static final Phrases<Boolean> DAY_WORD = Phrases.of("يوم");
    static final Phrases<Boolean> MONTH_WORD = Phrases.of("شهر");
    static final Phrases<Boolean> THE_MONTH = Phrases.of("الشهر");
    static final Phrases<Boolean> WEEK_WORD = Phrases.of("أسبوع", "الأسبوع");
    static final Phrases<Boolean> YEAR_WORD = Phrases.of("عام", "سنة", "العام", "السنة");
    static final Phrases<Boolean> OF = Phrases.of("من", "في");
    static final Phrases<Boolean> AGREEING = Phrases.of("الموافق", "الموافقة", "في", "،", ",");
    static final Phrases<Boolean> UNTIL = Phrases.of("إلى", "الى", "حتى", "لغاية", "للـ", "ل",
            "لحد", "لين", "ل حد");
    static final Phrases<Boolean> FROM = Phrases.of("من");
    /** Words after which four digits are a year: في 2019, منذ 2011, حتى 2030. */
    static final Phrases<Boolean> YEAR_PREPOSITIONS = Phrases.of("في", "منذ", "حتى", "قبل", "بعد",
            "مطلع", "بداية", "نهاية", "أواخر", "أوائل", "منتصف", "خلال", "عامي", "وحتى", "إلى");
    /** Words that open an interval at a date and leave its end open: منذ 2011. */
    static final Phrases<Boolean> SINCE = Phrases.of("منذ", "ابتداء من", "اعتبارا من", "بدءا من",
            "من بعد");
    /** Words that close an interval at a date and leave its start open: حتى نهاية الشهر. */
    static final Phrases<Boolean> OPEN_UNTIL = Phrases.of("حتى", "لغاية", "إلى غاية", "لحد",
            "لحين", "وحتى", "لين");
    static final Phrases<Boolean> BETWEEN = Phrases.of("بين", "ما بين", "فيما بين");
    static final Phrases<Boolean> LAST = Phrases.of("آخر", "الأخير", "الأخيرة", "أخير");
    static final Phrases<Boolean> FIRST = Phrases.of("أول", "الأول", "الأولى");
    static final Phrases<Boolean> MIDDLE = Phrases.of("منتصف", "نص", "نصف", "أواسط", "وسط");
    static final Phrases<Boolean> BEGINNING = Phrases.of("بداية", "مطلع", "أول", "بدايات", "مستهل");
    static final Phrases<Boolean> EARLY = Phrases.of("أوائل");
    static final Phrases<Boolean> LATE = Phrases.of("أواخر");
    static final Phrases<Boolean> END = Phrases.of("نهاية", "نهايات");
    /** آخر before a definite period: آخر الشهر, آخر السنة are its last part, like نهاية. */
    static final Phrases<Boolean> LAST_OF = Phrases.of("آخر", "أواخر");

    static final Phrases<Boolean> AGO = Phrases.of("قبل", "منذ");
    static final Phrases<Boolean> APPROXIMATELY = Phrases.of("أكثر من", "أقل من", "حوالي",
            "حوالى", "نحو", "قرابة", "زهاء", "ما يقرب من", "ما يزيد على", "ما يزيد عن");
    static final Phrases<Boolean> IN = Phrases.of("بعد", "كمان", "بعد كمان");
    static final Phrases<Boolean> WITHIN = Phrases.of("خلال", "في غضون", "غضون", "طوال",
            "على مدى", "على مدار", "في");
    /** Words before a count that make an offset a span from now: خلال أسبوعين. */
    static final Phrases<Boolean> WITHIN_OFFSET = Phrases.of("خلال", "في غضون", "غضون");
    static final Phrases<Boolean> FROM_NOW = Phrases.of("من الآن", "من اليوم");
    static final Phrases<Boolean> AFTER = Phrases.of("بعد");

    private Vocabulary() {
    }

    /**
     * Every word of every phrase above: a fused-word repair that would cut one of them (جانفي is
     * not جان + في) is undone by {@link Atoms}, as the grammar knows the word whole.
     */
    static final Set<String> WORDS = Phrases.wordsOf(
            MONTHS, AMBIGUOUS_MONTHS, HIJRI_MONTHS, HIJRI_ERA, HIJRI_ADJECTIVE, GREGORIAN_ERA, WEEKDAYS,
            BARE_WEEKDAYS, DIRECTIONS, BEYOND, THIS, PERIODS, UNITS, DEFINITE_UNITS,
            DEFINITE_DUALS, YEARS_WORD, YEAR_PARTS, DECADES, CENTURIES, FEW, DAY_PARTS,
            DURATION_UNITS, WHOLE, WHOLE_UNITS, ONE, UNIT_FRACTIONS, PART_ALONE, NAMED_HOURS, PART_BEFORE_DAY, PART_TODAY, TONIGHT, HOUR_WORD, MINUTE_WORD,
            EXCEPT, FRACTIONS, TIME_ZONE, NOW, DAYS, DAY_WORD, MONTH_WORD, THE_MONTH,
            WEEK_WORD, YEAR_WORD, OF, AGREEING, UNTIL, FROM, YEAR_PREPOSITIONS, BETWEEN,
            SINCE, OPEN_UNTIL, LAST, FIRST, MIDDLE, BEGINNING, EARLY, LATE, END, LAST_OF, AGO, APPROXIMATELY, IN,
            WITHIN, WITHIN_OFFSET, FROM_NOW, AFTER);

    /**
     * Words of five letters or more that a dialect writes fused after ه (هالسنة) or ع
     * (عالخميس): units, weekdays, days, the hour and parts of the day.
     */
    static final Set<String> FUSABLE = Phrases.wordsOf(PERIODS, WEEKDAYS, DAYS, HOUR_WORD,
            DAY_PARTS, DEFINITE_UNITS, DEFINITE_DUALS);

    /** Days to minutes, singular, dual and plural: the units offsets and durations share. */
    private static Phrases.Builder<Unit> offsetUnits() {
        return Phrases.<Unit>builder()
                .add("يوم|يوما", new Unit(Grain.DAY, 1)).add("أيام", new Unit(Grain.DAY, 0))
                .add("يومين|يومان", new Unit(Grain.DAY, 2))
                .add("أسبوع|أسبوعا", new Unit(Grain.WEEK, 1)).add("أسابيع", new Unit(Grain.WEEK, 0))
                .add("أسبوعين|أسبوعان", new Unit(Grain.WEEK, 2))
                .add("شهر|شهرا", new Unit(Grain.MONTH, 1)).add("أشهر|شهور", new Unit(Grain.MONTH, 0))
                .add("شهرين|شهران", new Unit(Grain.MONTH, 2))
                .add("عام|سنة|عاما", new Unit(Grain.YEAR, 1)).add("أعوام|سنوات|سنين", new Unit(Grain.YEAR, 0))
                .add("عامين|عامان|سنتين|سنتان", new Unit(Grain.YEAR, 2))
                .add("ساعة", new Unit(Grain.HOUR, 1)).add("ساعات", new Unit(Grain.HOUR, 0))
                .add("ساعتين|ساعتان", new Unit(Grain.HOUR, 2))
                .add("دقيقة", new Unit(Grain.MINUTE, 1)).add("دقائق", new Unit(Grain.MINUTE, 0))
                .add("دقيقتين|دقيقتان", new Unit(Grain.MINUTE, 2));
    }
}
