package org.qalam.extractors.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qalam.core.model.Mention;
import org.qalam.core.pipeline.Pipeline;

/**
 * Phrases of our own in the style of Duckling's examples, with its reference time (Tuesday
 * 2013-02-12 04:30) and conventions, to check that the grammar generalizes beyond that file.
 */
class DucklingStyleTest {

    private static final Pipeline PIPELINE = Dates.pipeline(
            ZonedDateTime.of(2013, 2, 12, 4, 30, 0, 0, ZoneOffset.ofHours(-2)));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            بعد يومين                        | 2013-02-14
            قبل 3 ايام                       | 2013-02-09
            بعد 3 ساعات                      | 2013-02-12T07:30
            الشهر القادم                     | 2013-03
            السنة الماضية                    | 2012
            العام القادم                     | 2014
            الجمعة القادمة                   | 2013-02-15
            السبت الماضي                     | 2013-02-09
            يوم الاربعاء                     | 2013-02-13
            الساعة السابعة مساء              | 2013-02-12T19:00
            الساعة 7 مساء                    | 2013-02-12T19:00
            الساعة الخامسة والنصف            | 2013-02-12T05:30
            العاشرة الا ربع                  | 2013-02-12T09:45
            2 مارس 2014                      | 2014-03-02
            في 15/03                         | 2013-03-15
            1/3/2014                         | 2014-03-01
            الاول من يناير                   | 2014-01-01
            منتصف الشهر القادم               | 2013-03-15
            صباح الغد                        | 2013-02-13T04:00/2013-02-13T11:00
            غدا مساء                         | 2013-02-13T18:00/2013-02-13T23:00
            مساء أمس                         | 2013-02-11T18:00/2013-02-11T23:00
            هذا المساء                       | 2013-02-12T18:00/2013-02-12T23:00
            منتصف الليل                      | 2013-02-13T00:00
            الثلاثاء القادم الساعة 9 صباحا   | 2013-02-19T09:00
            من 5 الى 7 مارس                  | 2013-03-05/2013-03-07
            بين 10 و 12 ابريل                | 2013-04-10/2013-04-12
            الاسبوع الاول من مارس            | 2013-W10
            اخر جمعة من شهر مارس             | 2013-03-29
            الخامس والعشرين من ديسمبر        | 2013-12-25
            عيد الفطر 2014                   | 2014-07-28
            عيد الأضحى 2015                  | 2015-09-23
            """)
    void readsPhrasesLikeDucklings(String text, String value) {
        assertThat(Dates.longest(PIPELINE, text)).get().extracting(Mention::value).isEqualTo(value);
    }
}
