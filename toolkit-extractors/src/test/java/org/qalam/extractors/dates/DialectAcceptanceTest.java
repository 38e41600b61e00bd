package org.qalam.extractors.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qalam.core.pipeline.Pipeline;
import org.qalam.core.spi.ExtractorConfig;
import org.qalam.core.spi.ReferenceTime;
import org.qalam.extractors.testing.Steps;

/** The acceptance examples of dialect dates, intervals and durations, at a time of day. */
class DialectAcceptanceTest {

    /** --reference-time 2021-09-01T10:38:04, as the command line reads it. */
    private static final ReferenceTime REFERENCE = ReferenceTime.parse("2021-09-01T10:38:04");
    private static final Pipeline PIPELINE =
            Steps.pipeline("dates").referenceTime(REFERENCE).build();

    /** Each text is one mention of the type with the value; its text is checked where given. */
    @ParameterizedTest(name = "{0}: {1} -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            a clock time joined to a day word     | بكرا عالأربعة العصر | date     |                    | 2021-09-02T16:00
            a range of hours has both ends        | من الثمانية للتسعة  | date     | من الثمانية للتسعة | 2021-09-01T20:00/2021-09-01T21:00
            a length of time is a duration        | ثلاث ساعات          | duration |                    | PT3H
            a length of time is a duration        | أسبوعين             | duration |                    | P2W
            a length of time is a duration        | سنة ونص             | duration |                    | P1Y6M
            relative to the time of day          | بعد ساعتين          | date     |                    | 2021-09-01T12:38
            relative to the time of day          | قبل ربع ساعة        | date     |                    | 2021-09-01T10:23
            an open end is written in the value   | منذ 2011            | date     | 2011               | 2011/..
            an open start is written in the value | حتى نهاية الشهر     | date     |                    | ../2021-09-30
            """)
    void eachExampleIsOneMention(String example, String text, String type, String covered,
                                 String value) {
        assertThat(PIPELINE.analyze(text).mentions()).singleElement().satisfies(m -> {
            assertThat(m.type()).isEqualTo(type);
            assertThat(m.value()).isEqualTo(value);
            if (covered != null) {
                assertThat(m.text()).isEqualTo(covered);
            }
        });
    }

    @Test
    void anOpenEndIsAnAttributeToo() {
        assertThat(Dates.only(PIPELINE, "منذ 2011").attributes()).containsEntry("open", "end");
    }

    @Test
    void bareMonthsAndWeekdaysFollowTheConfig() {
        Pipeline past = Steps.pipeline("dates").referenceTime(REFERENCE)
                .config("dates", ExtractorConfig.of(Map.of(
                        DatesProvider.MONTH, "past", DatesProvider.WEEKDAY, "past")))
                .build();
        assertThat(Dates.find(PIPELINE, "في مارس").get(0).value()).isEqualTo("2022-03");
        assertThat(Dates.find(past, "في مارس").get(0).value()).isEqualTo("2021-03");
        assertThat(Dates.find(PIPELINE, "يوم الخميس").get(0).value()).isEqualTo("2021-09-02");
        assertThat(Dates.find(past, "يوم الخميس").get(0).value()).isEqualTo("2021-08-26");
    }
}
