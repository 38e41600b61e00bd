package org.qalam.cli.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.qalam.core.pipeline.OverlapPolicy;
import picocli.CommandLine.TypeConversionException;

class OptionConvertersTest {

    private final StepTimeout timeout = new StepTimeout();
    private final OverlapChoice overlap = new OverlapChoice();

    @Test
    void stepTimeoutsTakeAUnitOrOff() {
        assertThat(timeout.convert("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(timeout.convert("10s")).isEqualTo(Duration.ofSeconds(10));
        assertThat(timeout.convert("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(timeout.convert("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(timeout.convert("off")).isZero();
        assertThat(timeout.convert("0")).isZero();
        assertThat(timeout.convert(PipelineOptions.DEFAULT_STEP_TIMEOUT))
                .isEqualTo(Duration.ofSeconds(30));
        for (String bad : new String[] {"10", "0s", "soon", "-5s", "1.5s"}) {
            assertThatThrownBy(() -> timeout.convert(bad)).as(bad)
                    .isInstanceOf(TypeConversionException.class).hasMessageContaining(bad);
        }
    }

    @Test
    void overlapChoicesAreWrittenAsUsersTypeThem() {
        assertThat(overlap.convert("keep")).isEqualTo(OverlapPolicy.KEEP_ALL);
        assertThat(overlap.convert("drop-nested")).isEqualTo(OverlapPolicy.DROP_NESTED);
        assertThat(overlap).containsExactly("keep", "drop-nested");
        assertThatThrownBy(() -> overlap.convert("drop_all"))
                .isInstanceOf(TypeConversionException.class).hasMessageContaining("drop_all");
    }
}
