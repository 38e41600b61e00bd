package org.qalam.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The measurement settings every Qalam benchmark shares: throughput per second, three warm-up and
 * five measured iterations of a second, one fork. JMH's annotations are inherited, so a benchmark
 * extends this class and declares only its own state.
 *
 * <p>Why one place: figures are only comparable across benchmarks measured the same way.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public abstract class ThroughputDefaults {
}
