package org.qalam.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryTest {

    private static final String RESULT = """
            [{"benchmark":"org.qalam.bench.TokenizeBenchmark.lucene","threads":1,"params":{"corpus":"news"},
              "primaryMetric":{"scoreUnit":"ops/s","rawData":[[10.0,30.0,20.0]]},
              "secondaryMetrics":{"tokens":{"rawData":[[1000.0,3000.0,2000.0]]},
                                  "bytes":{"rawData":[[1.0e6,3.0e6,2.0e6]]},
                                  "gc.alloc.rate.norm":{"rawData":[[400.0,400.0,400.0]]}}},
             {"benchmark":"org.qalam.bench.TokenizeBenchmark.qalamScan","threads":1,"params":{"corpus":"news"},
              "primaryMetric":{"scoreUnit":"ops/s","rawData":[[40.0,50.0]]},
              "secondaryMetrics":{"tokens":{"rawData":[[4000.0,5000.0]]},
                                  "bytes":{"rawData":[[4.0e6,5.0e6]]}}}]
            """;

    @Test
    void reportsMediansBytesPerTokenAndRatioToThePeer() throws Exception {
        List<Summary.Row> rows = Summary.rows(new ObjectMapper().readTree(RESULT));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).score()).isEqualTo(20.0);
        assertThat(rows.get(0).megabytesPerSecond()).isEqualTo(2.0);
        assertThat(rows.get(0).bytesPerToken()).isEqualTo(4.0);
        assertThat(rows.get(1).score()).isEqualTo(45.0);

        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Summary.print(rows, new PrintStream(buffer, true, StandardCharsets.UTF_8));
        String table = buffer.toString(StandardCharsets.UTF_8);
        assertThat(table).contains("| TokenizeBenchmark.qalamScan | corpus=news | 1 | 45.0 ops/s | 4.5 |")
                .contains("| 2.25 |");
    }
}
