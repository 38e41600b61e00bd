package org.qalam.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ReferenceTimeTest {

    @Test
    void parsesATimeOfDayWithAndWithoutSecondsAndZone() {
        assertThat(ReferenceTime.parse("2021-09-01T10:38:04").dateTime().toLocalDateTime())
                .isEqualTo(LocalDateTime.of(2021, 9, 1, 10, 38, 4));
        assertThat(ReferenceTime.parse("2021-09-01T10:38").dateTime().getZone())
                .isEqualTo(ZoneId.systemDefault());
        assertThat(ReferenceTime.parse("2021-09-01T10:38+03:00").dateTime().getOffset())
                .isEqualTo(ZoneOffset.ofHours(3));
        assertThat(ReferenceTime.parse("2021-09-01T10:38:04Z").dateTime().getOffset())
                .isEqualTo(ZoneOffset.UTC);
        assertThat(ReferenceTime.parse("2021-09-01T10:38[Asia/Riyadh]").dateTime().getZone())
                .isEqualTo(ZoneId.of("Asia/Riyadh"));
    }

    @Test
    void aDateAloneIsMidnight() {
        assertThat(ReferenceTime.parse("2018-06-21").dateTime().toLocalDateTime())
                .isEqualTo(LocalDateTime.of(2018, 6, 21, 0, 0));
    }

    @Test
    void aBadValueSaysWhatIsExpected() {
        assertThatThrownBy(() -> ReferenceTime.parse("2021-09-01 10:38"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("YYYY-MM-DDTHH:MM[:SS][zone]");
        assertThatThrownBy(() -> ReferenceTime.parse("2021-13-01T10:38"))
                .hasMessageContaining("YYYY-MM-DDTHH:MM[:SS][zone]");
        assertThatThrownBy(() -> ReferenceTime.parse("2021-09-01T10:38+99"))
                .hasMessageContaining("YYYY-MM-DDTHH:MM[:SS][zone]");
    }
}
