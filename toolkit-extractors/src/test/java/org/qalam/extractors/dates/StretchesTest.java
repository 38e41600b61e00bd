package org.qalam.extractors.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.qalam.core.model.Mention;
import org.qalam.core.pipeline.Pipeline;

/**
 * Seasons, the weekend, decades, the rest of a period and a few units; a weekday in apposition
 * to a relative day, and the اليوم that is no today.
 */
class StretchesTest {

    /** Monday 7 December 2026, 10:00. */
    private static final Pipeline PIPELINE =
            Dates.pipeline(ZonedDateTime.of(2026, 12, 7, 10, 0, 0, 0, ZoneOffset.UTC));

    /** Sunday 5 July 2026, in the summer. */
    private static final Pipeline IN_SUMMER =
            Dates.pipeline(ZonedDateTime.of(2026, 7, 5, 10, 0, 0, 0, ZoneOffset.UTC));

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            سافر في الصيف الماضي              | الصيف الماضي              | 2026-06/2026-08
            نلتقي الصيف الجاي                 | الصيف الجاي               | 2027-06/2027-08
            هذا الشتاء بارد                   | هذا الشتاء                | 2026-12/2027-02
            هالشتا برد                        | هالشتا                    | 2026-12/2027-02
            في فصل الربيع المقبل              | فصل الربيع المقبل         | 2027-03/2027-05
            أقيم صيف 2005                     | صيف 2005                  | 2005-06/2005-08
            في صيف عام 2016                   | صيف عام 2016              | 2016-06/2016-08
            شتاء العام الماضي                 | شتاء العام الماضي         | 2024-12/2025-02
            شتاء 2016                         | شتاء 2016                 | 2015-12/2016-02
            نلتقي في عطلة نهاية الأسبوع       | عطلة نهاية الأسبوع        | 2026-12-11/2026-12-12
            الويكند الجاي                     | الويكند الجاي             | 2026-12-18/2026-12-19
            ارتفع في نهاية الأسبوع الماضي     | نهاية الأسبوع الماضي      | 2026-12-04/2026-12-05
            نلتقي نهاية هذا الأسبوع           | نهاية هذا الأسبوع         | 2026-12-11/2026-12-12
            بداية الأسبوع المقبل              | بداية الأسبوع المقبل      | 2026-12-13/2026-12-15
            في منتصف الأسبوع الماضي           | منتصف الأسبوع الماضي      | 2026-11-30/2026-12-02
            خلال العقد الماضي                 | العقد الماضي              | 2010/2019
            في العقد المقبل                   | العقد المقبل              | 2030/2039
            العقدين الماضيين                  | العقدين الماضيين          | 2000/2019
            خلال العقود الثلاثة الماضية       | خلال العقود الثلاثة الماضية | 1990/2019
            منذ عقدين                         | منذ عقدين                 | 2006-12-07
            قبل عقد من الزمن                  | قبل عقد                   | 2016-12-07
            منذ عقد ونصف.                     | منذ عقد ونصف              | 2011-12-07
            منذ ثلاثة عقود                    | منذ ثلاثة عقود            | 1996-12-07
            بقية الأسبوع                      | بقية الأسبوع              | 2026-12-07/2026-12-12
            ما تبقى من العام الحالي           | ما تبقى من العام الحالي   | 2026-12-07/2026-12-31
            باقي هذا الشهر                    | باقي هذا الشهر            | 2026-12-07/2026-12-31
            خلال الأيام القليلة المقبلة       | خلال الأيام القليلة المقبلة | 2026-12-08/2026-12-10
            في السنوات القليلة الماضية        | في السنوات القليلة الماضية | 2023/2025
            في أول أيام عيد الفطر             | أول أيام عيد الفطر        | 2027-03-09
            ثالث أيام عيد الأضحى              | ثالث أيام عيد الأضحى      | 2027-05-18
            أول يوم من رمضان                  | أول يوم من رمضان          | 2027-02-08
            آخر يوم من رمضان                  | آخر يوم من رمضان          | 2027-03-08
            ليلة القدر                        | ليلة القدر                | 2027-03-06
            نلتقي آخر الأسبوع                 | آخر الأسبوع               | 2026-12-11/2026-12-12
            في عيد الأضحى الماضي              | عيد الأضحى الماضي         | 2026-05-27
            بعد العيد الكبير                  | العيد الكبير              | 2027-05-16
            نحتفل ليلة رأس السنة              | ليلة رأس السنة            | 2026-12-31T18:00/2026-12-31T23:00
            ليلة عيد الفطر                    | ليلة عيد الفطر            | 2027-03-08T18:00/2027-03-08T23:00
            نلتقي عند السابعة                 | السابعة                   | 2026-12-07T19:00
            يوم الجمعة الجاية الساعة 5 المغرب | يوم الجمعة الجاية الساعة 5 المغرب | 2026-12-11T17:00
            """)
    void stretches(String text, String span, String value) {
        Mention mention = Dates.longest(PIPELINE, text).orElseThrow();
        assertThat(mention.text()).isEqualTo(span);
        assertThat(mention.value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            الصيف الماضي    | 2025-06/2025-08
            هذا الصيف       | 2026-06/2026-08
            الصيف المقبل    | 2027-06/2027-08
            الشتاء الماضي   | 2025-12/2026-02
            هذا الشتاء      | 2026-12/2027-02
            الشتاء المقبل   | 2026-12/2027-02
            """)
    void aSeasonIsCountedFromTheMonthOfTheReference(String text, String value) {
        assertThat(Dates.longest(IN_SUMMER, text)).get().extracting(Mention::value)
                .isEqualTo(value);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            لمدة عقد.                    | P10Y
            استمرت الحرب عقدين من الزمن  | P20Y
            عقد ونصف تقريبا              | P15Y
            أربعة عقود                   | P40Y
            لمدة عام                     | P1Y
            بمرور عام كامل على انتخابه   | P1Y
            بمرور عام على انتخابه        | P1Y
            ثانية                        | PT1S
            """)
    void decadesAreLengths(String text, String value) {
        assertThat(Dates.longest(PIPELINE, text, "duration")).get().extracting(Mention::value)
                .isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"بعد عقد الاجتماع", "قبل عقد القمة العربية", "وقعت الشركة عقدين مع",
        "لا تعتزم عقد \" اجتماع طارئ \"", "أحداث الربيع العربي", "نذهب إلى البحر في الصيف",
        "بموجب هذا العقد", "خريف العمر", "ذكرى يوم الأرض", "ينتظرون ساعة الصفر",
        "من ناحية ثانية قال", "مدير عام الشركة", "يتابع الموقف لحظة بلحظة", "هذا صيف حار",
        "اجتماع عقد على هامش القمة", "أي عقد أو اتفاق", "وقعت الشركة عقدا، وقالت",
        "وبشكل عام من المتوقع", "جولة ثانية من المفاوضات", "تتغير الأسعار من يوم لآخر",
        "بدأ العزف عند السابعة من عمره", "في نهاية الأسبوع الأول من البطولة"})
    void noDateInEverydayWords(String text) {
        assertThat(Dates.find(PIPELINE, text)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            وقالت الصحيفة اليوم الخميس إن        | اليوم الخميس             | 2026-12-07
            ارتفع النفط أمس الثلاثاء             | أمس الثلاثاء             | 2026-12-06
            يصل غدا الجمعة                       | غدا الجمعة               | 2026-12-08
            أقيمت مساء أمس الثلاثاء              | مساء أمس الثلاثاء        | 2026-12-06T18:00/2026-12-06T23:00
            أصدر صباح اليوم السبت مرسومين        | صباح اليوم السبت         | 2026-12-07T04:00/2026-12-07T11:00
            زار الملك اليوم الاثنين بالمغرب      | اليوم الاثنين            | 2026-12-07
            """)
    void aWeekdayAfterARelativeDayNamesTheSameDay(String text, String span, String value) {
        Mention mention = Dates.only(PIPELINE, text);
        assertThat(mention.text()).isEqualTo(span);
        assertThat(mention.value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"احتفالات اليوم الوطني", "اليوم الأول من المؤتمر",
        "اليوم العالمي لحقوق الإنسان", "في اليوم ذاته", "اليوم الأخير من البطولة"})
    void noTodayInANamedOrCountedDay(String text) {
        assertThat(Dates.find(PIPELINE, text)).isEmpty();
    }

    @Test
    void aWeekdayBeforeADateIsThatDate() {
        assertThat(Dates.find(PIPELINE, "وصل اليوم الخميس 5 مارس")).extracting(Mention::text)
                .containsExactly("اليوم", "الخميس 5 مارس");
    }
}
