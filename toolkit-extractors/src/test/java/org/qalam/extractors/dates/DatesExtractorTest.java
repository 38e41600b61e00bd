package org.qalam.extractors.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qalam.core.model.Mention;
import org.qalam.core.pipeline.Pipeline;
import org.qalam.core.spi.ReferenceTime;

class DatesExtractorTest {

    /** Tuesday 24 November 2026, 10:00: the reference of the examples below. */
    private static final Pipeline PIPELINE =
            Dates.pipeline(ZonedDateTime.of(2026, 11, 24, 10, 0, 0, 0, ZoneOffset.UTC));

    @Test
    void acceptanceExamplesOfTheIssue() {
        Mention agreement = Dates.only(PIPELINE, "وقع الاتفاق في 15 كانون الثاني 2020");
        assertThat(agreement.value()).isEqualTo("2020-01-15");
        assertThat(agreement.text()).isEqualTo("15 كانون الثاني 2020");
        assertThat(agreement.sortedAttributes()).containsEntry("grain", "day")
                .containsEntry("calendar", "gregorian").containsEntry("relative", "false");

        // --reference-date 2026-11-24 is midnight of that day in the system zone
        Pipeline cli = Dates.pipeline(ReferenceTime.of(LocalDate.of(2026, 11, 24)).dateTime());
        Mention yesterday = Dates.find(cli, "وصل أمس").get(0);
        assertThat(yesterday.value()).isEqualTo("2026-11-23");
        assertThat(yesterday.attributes()).containsEntry("relative", "true");
        assertThat(yesterday.source()).isEqualTo("dates");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ولد في 3 يناير 1990            | 1990-01-03
            ولد في 3 جانفي 1990            | 1990-01-03
            في 7 فيفري 2021                | 2021-02-07
            في 7 شباط 2021                 | 2021-02-07
            في 1 آذار 2021                 | 2021-03-01
            في 9 ابريل 2019                | 2019-04-09
            في 9 أبريل 2019                | 2019-04-09
            في 9 نيسان 2019                | 2019-04-09
            في 2 ماي 2018                  | 2018-05-02
            في 2 أيار 2018                 | 2018-05-02
            في 5 يونيه 2017                | 2017-06-05
            في 5 جوان 2017                 | 2017-06-05
            في 5 حزيران 2017               | 2017-06-05
            في 14 جويلية 2016              | 2016-07-14
            في 14 يوليه 2016               | 2016-07-14
            في 14 تموز 2016                | 2016-07-14
            في 20 أوت 2015                 | 2015-08-20
            في 20 غشت 2015                 | 2015-08-20
            في 20 آب 2015                  | 2015-08-20
            في 11 أيلول 2001               | 2001-09-11
            في 6 تشرين الأول 1973          | 1973-10-06
            في 6 أكتوبر 1973               | 1973-10-06
            في 2 تشرين الثاني 1917         | 1917-11-02
            في 25 كانون الأول 2000         | 2000-12-25
            في ٢٥ ديسمبر ٢٠٠٠              | 2000-12-25
            في ۲۵ دسمبر ۲۰۰۰ أو ۲۵ ديسمبر ۲۰۰۰ | 2000-12-25
            نشر في 2023/05/10              | 2023-05-10
            نشر في ١٠/٥/٢٠٢٣               | 2023-05-10
            نشر في 10-05-2023              | 2023-05-10
            منذ عام 1965                   | 1965/..
            في سنة ٢٠١٩                    | 2019
            خلال العام 2019                | 2019
            عام 2019م                      | 2019
            في مارس 2020                   | 2020-03
            في 15 حزيران/يونيو 2020        | 2020-06-15
            في 3 آذار (مارس) 2021          | 2021-03-03
            يعيش هناك منذ 2011 وحتى الآن   | 2011/2026
            تكتمل الخطة في 2030.           | 2030
            في الربع الثالث من عام 2016    | 2016-07/2016-09
            خلال النصف الأول من العام      | 2026-01/2026-06
            في الثمانينيات                 | 1980/1989
            في الستينيات من القرن الماضي   | 1960/1969
            وقعا في عامي 2011 و2012        | 2011/2012
            من 23 يوليو إلى 8 أغسطس 2021   | 2021-07-23/2021-08-08
            من 28 ديسمبر إلى 3 يناير 2021  | 2020-12-28/2021-01-03
            """)
    void gregorianDates(String text, String value) {
        assertThat(Dates.longest(PIPELINE, text)).get().extracting(Mention::value).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            اليوم                          | 2026-11-24
            أمس                            | 2026-11-23
            بالأمس                         | 2026-11-23
            أول أمس                        | 2026-11-22
            غدا                            | 2026-11-25
            غداً                           | 2026-11-25
            بعد غد                         | 2026-11-26
            يوم الخميس                     | 2026-11-26
            الخميس المقبل                  | 2026-11-26
            الخميس القادم                  | 2026-11-26
            الخميس الماضي                  | 2026-11-19
            الأسبوع الماضي                 | 2026-W47
            الأسبوع المقبل                 | 2026-W49
            الأسبوع الحالي                 | 2026-W48
            الشهر الماضي                   | 2026-10
            الشهر المقبل                   | 2026-12
            العام الماضي                   | 2025
            العام المقبل                   | 2027
            العام الحالي                   | 2026
            قبل ثلاثة أيام                 | 2026-11-21
            قبل 3 أيام                     | 2026-11-21
            منذ عامين                      | 2024-11-24
            منذ يومين                      | 2026-11-22
            بعد أسبوع                      | 2026-12-01
            بعد أسبوعين                    | 2026-12-08
            بعد شهرين                      | 2027-01-24
            قبل ساعتين                     | 2026-11-24T08:00
            خلال الأيام الثلاثة الماضية    | 2026-11-21/2026-11-23
            الأسابيع الثلاثة القادمة       | 2026-W49/2026-W51
            الساعة الثالثة عصرا            | 2026-11-24T15:00
            الساعة 10:30 صباحا             | 2026-11-24T10:30
            الساعة 10:30 مساء              | 2026-11-24T22:30
            خلال الساعات الـ24 الماضية     | 2026-11-23T10:00/2026-11-24T10:00
            الساعة العاشرة من صباح اليوم   | 2026-11-24T10:00
            ليلة أمس                       | 2026-11-23T18:00/2026-11-23T23:00
            صباح الخميس                    | 2026-11-26T04:00/2026-11-26T11:00
            بعد نصف ساعة                   | 2026-11-24T10:30
            في الخامس عشر من الشهر         | 2026-11-15
            الأسبوع بعد القادم             | 2026-W50
            الشهر قبل الماضي               | 2026-09
            أمس الأول                      | 2026-11-22
            أول من أمس                     | 2026-11-22
            مطلع العام المقبل              | 2027-01/2027-03
            أواخر عام 2019                 | 2019-10/2019-12
            منتصف العام                    | 2026-05/2026-07
            رمضان المقبل                   | 2027-02-08/2027-03-08
            شهر شوال                       | 2027-03-09/2027-04-07
            الساعة الثامنة مساءً           | 2026-11-24T20:00
            غدا الساعة الثالثة عصرا        | 2026-11-25T15:00
            """)
    void relativeExpressions(String text, String value) {
        assertThat(Dates.longest(PIPELINE, text)).get().extracting(Mention::value).isEqualTo(value);
    }

    @Test
    void hijriDatesConvertWithUmmAlQura() {
        Mention ramadan = Dates.only(PIPELINE, "بدأ الصيام في 15 رمضان 1445 هـ");
        assertThat(ramadan.value()).isEqualTo("2024-03-25");
        assertThat(ramadan.sortedAttributes()).containsEntry("calendar", "hijri")
                .containsEntry("hijri", "1445-09-15");
        Mention muharram = Dates.only(PIPELINE, "1 محرم 1446");
        assertThat(muharram.value()).isEqualTo("2024-07-07");
        Mention month = Dates.only(PIPELINE, "في رمضان 1445");
        assertThat(month.value()).isEqualTo("2024-03-11/2024-04-09");
    }

    @Test
    void hijriDatesOutsideTheCalendarSayWhyInsteadOfThrowing() {
        Mention old = Dates.only(PIPELINE, "توفي في 3 رمضان 1200 هـ");
        assertThat(old.value()).isEqualTo("1200-09-03");
        assertThat(old.sortedAttributes()).containsEntry("calendar", "hijri")
                .containsEntry("resolved", "false")
                .hasEntrySatisfying("problem", p -> assertThat(p).contains("1200"));
        assertThat(Dates.only(PIPELINE, "في 30 شوال 1445").attributes())
                .containsEntry("resolved", "false");
    }

    @Test
    void everyMentionCoversItsOwnText() {
        String text = "التقى الوفدان يوم الخميس 12 آذار 2020 الساعة 10:30 صباحا، وسيعودان بعد أسبوعين.";
        List<Mention> found = Dates.find(PIPELINE, text);
        assertThat(found).extracting(Mention::value)
                .containsExactly("2020-03-12T10:30", "2026-12-08");
        for (Mention mention : found) {
            assertThat(text.substring(mention.start(), mention.end())).isEqualTo(mention.text());
        }
    }

    @ParameterizedTest(name = "{0} -> {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            منذ أكثر من أسبوعين تقريبا                 | منذ أكثر من أسبوعين | 2026-11-10
            اعتبارا من يوم أمس                         | يوم أمس             | 2026-11-23/..
            سجلت اليابان يوم السبت أول حالات الإصابة   | يوم السبت           | 2026-11-28
            أبلغ عن "روسيا اليوم" أمس                  | أمس                 | 2026-11-23
            قتل اليوم 15 شخصا                          | اليوم               | 2026-11-24
            فاز عليه 4 - 1 مساء السبت                  | مساء السبت          | 2026-11-28T18:00/2026-11-28T23:00
            التقى عبدالله الثاني بعد ظهر أمس           | بعد ظهر أمس         | 2026-11-23T12:00/2026-11-23T17:00
            """)
    void wordsAroundADateStayOutsideIt(String text, String mention, String value) {
        assertThat(Dates.find(PIPELINE, text)).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo(mention);
            assertThat(m.value()).isEqualTo(value);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            استمر الحصار أكثر من أسبوعين
            قال أحد المسؤولين إن الوضع صعب
            صفر من عشرة
            حصل على 12 ألف صوت
            سجلت في 2019 حالة إصابة
            في إطار الدورة الخامسة والأربعين للمهرجان
            احتل المركز الرابع والثالث
            سبق هذه الغارة بساعة واحدة
            في ربع الساعة الأول من المباراة
            وقعت في تلك اللحظة
            ارتفعت الأسعار بنسبة 70%
            جاء أبي إلى البيت
            """)
    void ordinaryTextHasNoDates(String text) {
        assertThat(Dates.find(PIPELINE, text)).isEmpty();
    }
}
