package org.qalam.cli.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code qalam analyze --reference-time}: dialect times resolved at a time of day. */
class ReferenceTimeIT {

    private static final String REFERENCE = "2021-09-01T10:38:04";

    private static QalamProcess.Result analyze(String text) throws Exception {
        return QalamProcess.run(text + "\n", "analyze", "--extractors", "dates",
                "--reference-time", REFERENCE, "--format", "jsonl");
    }

    @Test
    void aDayWordAndAClockTimeAreOneDate() throws Exception {
        QalamProcess.Result result = analyze("بكرا عالأربعة العصر");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).contains("\"value\":\"2021-09-02T16:00\"");
        assertThat(result.stdout().split("\"type\":\"date\"", -1)).hasSize(2);
    }

    @Test
    void aRangeOfHoursAndADuration() throws Exception {
        assertThat(analyze("من الثمانية للتسعة").stdout())
                .contains("\"value\":\"2021-09-01T20:00/2021-09-01T21:00\"");
        assertThat(analyze("ثلاث ساعات").stdout()).contains("\"type\":\"duration\"")
                .contains("\"value\":\"PT3H\"");
    }

    @Test
    void aBadReferenceTimeSaysWhatIsExpected() throws Exception {
        QalamProcess.run("", "analyze", "--reference-time", "2021-09-01 10:38")
                .assertUsageError("YYYY-MM-DDTHH:MM[:SS][zone]");
    }
}
