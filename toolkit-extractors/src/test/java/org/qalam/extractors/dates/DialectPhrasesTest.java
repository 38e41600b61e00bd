package org.qalam.extractors.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qalam.core.pipeline.Pipeline;
import org.qalam.core.spi.ReferenceTime;
import org.qalam.extractors.testing.Steps;

/**
 * Dates, times and lengths of time as people write them in each dialect: Egyptian (EGY),
 * Levantine (LEV), Gulf (GLF), Iraqi (IRQ), Maghrebi (MAG); and the Modern Standard Arabic
 * sentences where a dialect word is an everyday word and must give no date. Our own phrases.
 */
class DialectPhrasesTest {

    /** Wednesday 1 September 2021, 10:38:04. */
    private static final ReferenceTime REFERENCE = ReferenceTime.parse("2021-09-01T10:38:04");
    private static final Pipeline PIPELINE =
            Steps.pipeline("dates", "numbers").referenceTime(REFERENCE).build();

    /** Each text gives one mention of the type, over the covered words, with the value. */
    @ParameterizedTest(name = "{0} {1} -> {3} = {4}")
    @CsvSource(delimiter = '|', textBlock = """
            EGY | الأسبوع الجاي يوم التلات  | date     | الأسبوع الجاي يوم التلات  | 2021-09-07
            EGY | نتقابل يوم التلات         | date     | يوم التلات                | 2021-09-07
            EGY | التلات الجاي              | date     | التلات الجاي              | 2021-09-07
            EGY | يوم الاربع                | date     | يوم الاربع                | 2021-09-08
            EGY | الامتحان في شهر تلاتة     | date     | شهر تلاتة                 | 2022-03
            EGY | هسافر شهر عشرة            | date     | شهر عشرة                  | 2021-10
            EGY | اتجوزت سنة ألفين وعشرين   | date     | سنة ألفين وعشرين          | 2020
            EGY | قعدت اربعتاشر يوم         | duration | اربعتاشر يوم              | P14D
            EGY | بقالي سبعتاشر سنة         | duration | سبعتاشر سنة               | P17Y
            EGY | نخلص قبل الضهر            | date     | قبل الضهر                 | 2021-09-01T04:00/2021-09-01T11:00
            EGY | قعدنا تلت ايام            | duration | تلت ايام                  | P3D
            EGY | الميعاد الساعة 8 م        | date     | الساعة 8 م                | 2021-09-01T20:00
            EGY | الساعة 10 ص               | date     | الساعة 10 ص               | 2021-09-01T10:00
            LEV | بكانون التاني             | date     | كانون التاني              | 2022-01
            LEV | في تشرين التاني           | date     | تشرين التاني              | 2021-11
            LEV | التلاتا الجاية            | date     | التلاتا الجاية            | 2021-09-07
            LEV | بوصل بعد شي ساعة          | date     | بعد شي ساعة               | 2021-09-01T11:38
            LEV | صحيت الصبحية              | date     | الصبحية                   | 2021-09-01T04:00/2021-09-01T11:00
            LEV | شهر 5 الجاي               | date     | شهر 5 الجاي               | 2022-05
            LEV | بين الساعة ستة وسبعة      | date     | بين الساعة ستة وسبعة      | 2021-09-01T18:00/2021-09-01T19:00
            LEV | بين الخميس والجمعة        | date     | بين الخميس والجمعة        | 2021-09-02/2021-09-03
            LEV | الساعة تنتين ونص          | date     | الساعة تنتين ونص          | 2021-09-01T14:30
            LEV | استنيت ساعتين الا ربع     | duration | ساعتين الا ربع            | PT1H45M
            LEV | نتلاقى عالخمسة            | date     | الخمسة                    | 2021-09-01T17:00
            LEV | عالسبعة ونص               | date     | السبعة ونص                | 2021-09-01T19:30
            LEV | الليلة الجاية             | date     | الليلة الجاية             | 2021-09-02T18:00/2021-09-02T23:00
            GLF | الأسبوع اللي طاف          | date     | الأسبوع اللي طاف          | 2021-W34
            GLF | الأسبوع الياي             | date     | الأسبوع الياي             | 2021-W36
            GLF | الشهر اللي ياي            | date     | الشهر اللي ياي            | 2021-10
            GLF | الليلة اللي فاتت          | date     | الليلة اللي فاتت          | 2021-08-31T18:00/2021-08-31T23:00
            GLF | عام ألفين وخمسة وعشرين    | date     | عام ألفين وخمسة وعشرين    | 2025
            GLF | باجر مع الساعة تسعة       | date     | باجر مع الساعة تسعة       | 2021-09-02T09:00
            GLF | نطلع بعد العشا            | date     | بعد العشا                 | 2021-09-01T18:00/2021-09-01T23:00
            GLF | وين انت الحين             | date     | الحين                     | 2021-09-01T10:38:04
            GLF | تعال ذحين                 | date     | ذحين                      | 2021-09-01T10:38:04
            GLF | باجر بعد صلاة المغرب      | date     | باجر بعد صلاة المغرب      | 2021-09-02T18:00/2021-09-02T23:00
            IRQ | باچر                      | date     | باچر                      | 2021-09-02
            IRQ | عكب باچر                  | date     | عكب باچر                  | 2021-09-03
            IRQ | يصير الامتحان في مايس     | date     | مايس                      | 2022-05
            MAG | غدوة                      | date     | غدوة                      | 2021-09-02
            MAG | نجي بعد غدوة              | date     | بعد غدوة                  | 2021-09-03
            MAG | شفتو لبارح                | date     | لبارح                     | 2021-08-31
            MAG | أجي غدوة مع الستة ونص     | date     | غدوة مع الستة ونص         | 2021-09-02T06:30
            MAG | نهار الخميس               | date     | نهار الخميس               | 2021-09-02
            MAG | نهار الحد                 | date     | نهار الحد                 | 2021-09-05
            MAG | الحد الجاي                | date     | الحد الجاي                | 2021-09-05
            MAG | من الحد للخميس            | date     | من الحد للخميس            | 2021-09-05/2021-09-09
            MAG | الثلاث الجاي              | date     | الثلاث الجاي              | 2021-09-07
            MAG | في فيفري                  | date     | فيفري                     | 2022-02
            MAG | السيمانة الجاية           | date     | السيمانة الجاية           | 2021-W36
            MAG | هاد السيمانة              | date     | هاد السيمانة              | 2021-W35
            MAG | هاذ العام                 | date     | هاذ العام                 | 2021
            MAG | الخميس اللي داز           | date     | الخميس اللي داز           | 2021-08-26
            MAG | العام اللي داز            | date     | العام اللي داز            | 2020
            MAG | هاد الليلة                | date     | هاد الليلة                | 2021-09-01T18:00/2021-09-01T23:00
            MAG | دابا                      | date     | دابا                      | 2021-09-01T10:38:04
            MAG | الساعة طناش               | date     | الساعة طناش               | 2021-09-01T12:00
            MAG | سيمانة                    | duration | سيمانة                    | P1W
            MAG | خمسطاش يوم                | duration | خمسطاش يوم                | P15D
            MAG | قعدت جوج سوايع            | duration | جوج سوايع                 | PT2H
            MAG | جوج سيمانات               | duration | جوج سيمانات               | P2W
            MAG | جوج يامات                 | duration | جوج يامات                 | P2D
            MAG | ربع سنين                  | duration | ربع سنين                  | P4Y
            MAG | شفتو قبل شي يامات         | date     | قبل شي يامات              | 2021-08-29
            MAG | غدا فالصباح               | date     | غدا فالصباح               | 2021-09-02T04:00/2021-09-02T11:00
            MAG | البارح فالليل             | date     | البارح فالليل             | 2021-08-31T18:00/2021-08-31T23:00
            MAG | نتشوفو مع الستة دالعشية   | date     | الستة دالعشية             | 2021-09-01T18:00
            MAG | بقا فالسبيطار ربع يام     | duration | ربع يام                   | P4D
            MAG | الامتحان نهار 12 يونيو 2022 | date   | نهار 12 يونيو 2022        | 2022-06-12
            IRQ | الجمعة الفاتت سافرنا      | date     | الجمعة الفاتت             | 2021-08-27
            GLF | الساعة تسع المسا          | date     | الساعة تسع المسا          | 2021-09-01T21:00
            EGY | روحت من تلات أيام         | date     | من تلات أيام              | 2021-08-29
            EGY | نتقابل بكره بليل          | date     | بكره بليل                 | 2021-09-02T18:00/2021-09-02T23:00
            """)
    void eachPhraseIsOneMention(String dialect, String text, String type, String covered,
                                String value) {
        assertThat(Steps.mentions(PIPELINE, type, text)).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo(covered);
            assertThat(m.value()).isEqualTo(value);
        });
    }

    /**
     * Sentences where التلات, الثلاث, الاربع, الحد, مع, الحين or ثلث are everyday words, and
     * greetings (مسا الخير): no date and no length of time.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            وصلت الفرق الثلاث إلى النهائي
            قررت الدول الأربع تعزيز التعاون
            هذه الثلاث دول وقعت الاتفاق
            التلات بنات راحوا السوق
            يجب الحد من انتشار الفيروس
            الحد الأقصى للسرعة مئة كيلومتر
            توقف النقاش عند هذا الحد
            اجتمع الرئيس مع الخمسة الكبار
            غدوا لاجئين في بلادهم
            عاد الوفد توا من رحلته
            حصل على ألف صوت
            مسا الخير يا جماعة
            مساء النور
            ومنذ ذلك الحين تغير كل شيء
            يزورنا بين الحين والآخر
            خصص ثلث ساعات العمل للتدريب
            """)
    void everydayWordsGiveNoDate(String sentence) {
        assertThat(PIPELINE.analyze(sentence).mentions()).noneMatch(m -> m.type().equals(
                DatesExtractor.TYPE) || m.type().equals(DatesExtractor.DURATION));
    }

    /** السنوات الثلاث الماضية: the last three years, not last Tuesday. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            خلال السنوات الثلاث الماضية | 2018/2020
            خلال السنوات الأربع المقبلة | 2022/2025
            """)
    void aCountAfterAPluralIsNoWeekday(String text, String value) {
        assertThat(Dates.only(PIPELINE, text).value()).isEqualTo(value);
    }
}
