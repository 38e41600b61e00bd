package org.qalam.extractors.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qalam.core.model.Mention;
import org.qalam.core.pipeline.Pipeline;
import org.qalam.core.registry.ExtractorRegistry;
import org.qalam.core.spi.ExtractorConfig;
import org.qalam.core.spi.ReferenceTime;

/** The acceptance examples of dialect dates, intervals and durations, at a time of day. */
class DialectAcceptanceTest {

    /** --reference-time 2021-09-01T10:38:04, as the command line reads it. */
    private static final Pipeline PIPELINE = Pipeline.builder(
                    ExtractorRegistry.load(DialectAcceptanceTest.class.getClassLoader()))
            .use("dates").referenceTime(ReferenceTime.parse("2021-09-01T10:38:04")).build();

    private static List<Mention> mentions(String text) {
        return PIPELINE.analyze(text).mentions();
    }

    @Test
    void aClockTimeJoinedToADayWordIsOneExpression() {
        assertThat(mentions("بكرا عالأربعة العصر")).singleElement().satisfies(m -> {
            assertThat(m.type()).isEqualTo("date");
            assertThat(m.value()).isEqualTo("2021-09-02T16:00");
        });
    }

    @Test
    void aRangeOfHoursIsOneIntervalWithBothEnds() {
        assertThat(mentions("من الثمانية للتسعة")).singleElement().satisfies(m -> {
            assertThat(m.type()).isEqualTo("date");
            assertThat(m.text()).isEqualTo("من الثمانية للتسعة");
            assertThat(m.value()).isEqualTo("2021-09-01T20:00/2021-09-01T21:00");
        });
    }

    @Test
    void aLengthOfTimeIsADuration() {
        assertThat(mentions("ثلاث ساعات")).singleElement().satisfies(m -> {
            assertThat(m.type()).isEqualTo("duration");
            assertThat(m.value()).isEqualTo("PT3H");
        });
        assertThat(mentions("أسبوعين")).singleElement().extracting(Mention::value).isEqualTo("P2W");
        assertThat(mentions("سنة ونص")).singleElement().extracting(Mention::value).isEqualTo("P1Y6M");
    }

    @Test
    void relativeTimesResolveAgainstTheTimeOfDay() {
        assertThat(mentions("بعد ساعتين")).singleElement().extracting(Mention::value)
                .isEqualTo("2021-09-01T12:38");
        assertThat(mentions("قبل ربع ساعة")).singleElement().extracting(Mention::value)
                .isEqualTo("2021-09-01T10:23");
    }

    @Test
    void anOpenEndIsWrittenInTheValue() {
        assertThat(mentions("منذ 2011")).singleElement().satisfies(m -> {
            assertThat(m.value()).isEqualTo("2011/..");
            assertThat(m.text()).isEqualTo("2011");
            assertThat(m.attributes()).containsEntry("open", "end");
        });
        assertThat(mentions("حتى نهاية الشهر")).singleElement().extracting(Mention::value)
                .isEqualTo("../2021-09-30");
    }

    @Test
    void bareMonthsAndWeekdaysFollowTheConfig() {
        Pipeline past = Pipeline.builder(ExtractorRegistry.load(getClass().getClassLoader()))
                .use("dates").referenceTime(ReferenceTime.parse("2021-09-01T10:38:04"))
                .config("dates", ExtractorConfig.of(Map.of(
                        DatesProvider.MONTH, "past", DatesProvider.WEEKDAY, "past")))
                .build();
        assertThat(Dates.find(PIPELINE, "في مارس").get(0).value()).isEqualTo("2022-03");
        assertThat(Dates.find(past, "في مارس").get(0).value()).isEqualTo("2021-03");
        assertThat(Dates.find(PIPELINE, "يوم الخميس").get(0).value()).isEqualTo("2021-09-02");
        assertThat(Dates.find(past, "يوم الخميس").get(0).value()).isEqualTo("2021-08-26");
    }
}
