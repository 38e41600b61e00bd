package org.qalam.extractors.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qalam.core.pipeline.Pipeline;
import org.qalam.core.pipeline.PipelineException;
import org.qalam.core.spi.ExtractorConfig;
import org.qalam.core.spi.ReferenceTime;
import org.qalam.extractors.testing.Steps;

class DatesConfigTest {

    /** 22:30 UTC on Tuesday 24 November 2026 is already Wednesday 01:30 in Riyadh. */
    private static final ZonedDateTime LATE_UTC =
            ZonedDateTime.of(2026, 11, 24, 22, 30, 0, 0, ZoneOffset.UTC);

    private static Pipeline.Builder withZone(String zone) {
        return Steps.pipeline("dates").referenceTime(ReferenceTime.of(LATE_UTC))
                .config("dates", ExtractorConfig.of(Map.of(DatesProvider.ZONE, zone)));
    }

    @Test
    void declaresItsKey() {
        assertThat(new DatesProvider().configKeys()).containsOnlyKeys(DatesProvider.ZONE,
                DatesProvider.MONTH, DatesProvider.WEEKDAY, DatesProvider.WEEKEND);
    }

    private static Pipeline.Builder withWeekend(String day) {
        return Steps.pipeline("dates").referenceTime(ReferenceTime.of(LATE_UTC))
                .config("dates", ExtractorConfig.of(Map.of(DatesProvider.WEEKEND, day)));
    }

    @Test
    void weekendSaysWhichTwoDays() {
        String text = "نلتقي في عطلة نهاية الأسبوع";
        assertThat(Dates.find(withWeekend("friday").build(), text).get(0).value())
                .isEqualTo("2026-11-27/2026-11-28");
        assertThat(Dates.find(withWeekend("Saturday").build(), text).get(0).value())
                .isEqualTo("2026-11-28/2026-11-29");
        assertThat(Dates.find(withWeekend("thursday").build(), text).get(0).value())
                .isEqualTo("2026-11-26/2026-11-27");
    }

    @Test
    void badWeekendNamesTheKey() {
        assertThatThrownBy(() -> withWeekend("sunday").build())
                .isInstanceOf(PipelineException.class).hasMessageContaining("weekend");
        assertThatThrownBy(() -> withWeekend("someday").build())
                .isInstanceOf(PipelineException.class).hasMessageContaining("weekend");
    }

    @Test
    void zoneMovesTheReferenceDay() {
        assertThat(Dates.find(withZone("Asia/Riyadh").build(), "وصل اليوم").get(0).value())
                .isEqualTo("2026-11-25");
        assertThat(Dates.find(withZone("UTC").build(), "وصل اليوم").get(0).value())
                .isEqualTo("2026-11-24");
    }

    @Test
    void badZoneNamesTheKey() {
        assertThatThrownBy(() -> withZone("Mars/Olympus").build())
                .isInstanceOf(PipelineException.class).hasMessageContaining("zone");
    }
}
