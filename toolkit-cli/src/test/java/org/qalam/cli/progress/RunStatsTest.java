package org.qalam.cli.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RunStatsTest {

    @Test
    void theClockStartsWhenInputStartsSoLoadingTimeIsNotInTheRate() throws Exception {
        RunStats stats = new RunStats();
        Thread.sleep(300);
        stats.startClock();
        stats.document(2_000_000, 10, List.of());

        assertThat(stats.elapsedSeconds()).isLessThan(0.25);
        assertThat(stats.summary()).contains("2.0 MB in");
    }

    @Test
    void theRateIsMegabytesPerSecond() {
        assertThat(Units.rate(3_000_000, 2.0)).isEqualTo("1.5 MB/s");
    }

    @Test
    void theFirstEtaWaitsForASecondOfProgress() throws Exception {
        java.io.StringWriter out = new java.io.StringWriter();
        RunStats stats = new RunStats();
        stats.startClock();
        ProgressBar bar = new ProgressBar(new java.io.PrintWriter(out), stats, 10_000_000);
        stats.document(1_000_000, 10, List.of());
        Thread.sleep(250);
        bar.tick();

        assertThat(out.toString()).contains("10%").doesNotContain("ETA");
    }
}
