package org.qalam.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A bounded load test on loopback: 16 clients send {@code POST /v1/analyze} with a
 * 300-character news sentence, a fixed number of requests within a fixed time, and the test
 * prints requests/s, p50 and p99 latency and the heap after a full collection before and after.
 * It checks that no request failed and that the heap stayed bounded; timing is only reported
 * (the machine may be shared), never asserted.
 */
class ServerLoadTest {

    /** Concurrent clients, each with its own connection. */
    static final int CLIENTS = 16;
    /** Requests to warm the JIT up before measuring. */
    static final int WARM_UP = 800;
    /** Requests measured. */
    static final int REQUESTS = 3_000;
    /** Documents analysed without HTTP, for the machine's ceiling at the time of the run. */
    static final int BARE_DOCUMENTS = 1_000;
    /** The run stops here whatever the count. */
    static final Duration TIME_LIMIT = Duration.ofSeconds(30);
    /** Heap growth, after a full collection, that counts as unbounded. */
    static final long MAX_HEAP_GROWTH = 64L << 20;

    static final String SENTENCE = "أعلنت وزارة الصحة في بيروت يوم الثلاثاء 12 آذار 2024 أن "
            + "نحو 15 ألف شخص نزحوا إلى جنوبسوريا خلال الأسبوع الماضي، وأن الأمم المتحدة "
            + "خصصت 3.5 مليون دولار لمساعدتهم، فيما قال وزير الخارجية إن المفاوضات مع "
            + "الولايات المتحدة ستستأنف في الخامس من نيسان المقبل بحضور ممثلين عن 27 دولة "
            + "أوروبية ومنظمة الصحة العالمية.";

    @Test
    void sixteenClientsAnalyzeWithoutFailure() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        try (ApiServer server = TestServers.start(TestServers.settings(cores, 64, 1 << 20,
                Duration.ofSeconds(10)), TestServers.quietLog())) {
            byte[] body = SENTENCE.getBytes(StandardCharsets.UTF_8);
            byte[] request = ("POST /v1/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: text/plain; charset=utf-8\r\nContent-Length: " + body.length
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            byte[] whole = new byte[request.length + body.length];
            System.arraycopy(request, 0, whole, 0, request.length);
            System.arraycopy(body, 0, whole, request.length, body.length);
            InetSocketAddress address = server.address();
            run(address, whole, WARM_UP);
            double bare = barePipelinePerSecond(cores);
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            long heapBefore = usedAfterGc(memory);
            Result result = run(address, whole, REQUESTS);
            long heapPeak = memory.getHeapMemoryUsage().getUsed();
            long heapAfter = usedAfterGc(memory);
            System.out.printf("%nqalam serve load test: %d clients, POST /v1/analyze, %d chars,"
                            + " %d cores%n", CLIENTS, SENTENCE.length(), cores);
            System.out.println("| requests | failed | seconds | requests/s | p50 ms | p99 ms "
                    + "| max ms | heap after GC before / after | heap in use at end |");
            System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
            System.out.printf("| %d | %d | %.2f | %.0f | %.1f | %.1f | %.1f | %d MB / %d MB"
                            + " | %d MB |%n%n", result.done(), result.failed(), result.seconds(),
                    result.done() / result.seconds(), result.percentile(50),
                    result.percentile(99), result.percentile(100), heapBefore >> 20,
                    heapAfter >> 20, heapPeak >> 20);
            System.out.printf("The same pipeline without HTTP, %d threads, at the same time: "
                    + "%.0f documents/s (the machine's ceiling; the server reached %.0f%%)%n%n",
                    cores, bare, 100 * result.done() / result.seconds() / bare);
            assertThat(result.failed()).as("failed requests").isZero();
            assertThat(result.done()).as("requests done within " + TIME_LIMIT)
                    .isEqualTo(REQUESTS);
            assertThat(heapAfter - heapBefore).as("heap growth").isLessThan(MAX_HEAP_GROWTH);
        }
    }

    /** Documents per second of the server's pipeline called directly on {@code threads} threads. */
    private static double barePipelinePerSecond(int threads) throws Exception {
        org.qalam.core.pipeline.Pipeline pipeline = org.qalam.core.pipeline.Pipeline
                .builder(TestServers.REGISTRY)
                .use("tokens", "sentences", "words", "numbers", "dates", "entities")
                .stepTimeout(Duration.ofSeconds(10)).build();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                while (next.getAndIncrement() < BARE_DOCUMENTS) {
                    pipeline.analyze(SENTENCE);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(TIME_LIMIT.toSeconds(), TimeUnit.SECONDS);
        return BARE_DOCUMENTS / ((System.nanoTime() - started) / 1e9);
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    /**
     * Sends {@code count} requests from {@link #CLIENTS} threads, each on its own keep-alive
     * connection. A plain socket rather than {@code java.net.http.HttpClient}: the client shares
     * the two cores with the server, and HttpClient's threads would cost more than the server.
     */
    private static Result run(InetSocketAddress address, byte[] request, int count)
            throws Exception {
        long[] latencies = new long[count];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong done = new AtomicLong();
        long deadline = System.nanoTime() + TIME_LIMIT.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long started = System.nanoTime();
        Future<?>[] futures = new Future<?>[CLIENTS];
        for (int c = 0; c < CLIENTS; c++) {
            futures[c] = clients.submit(() -> {
                try (Socket socket = new Socket(address.getAddress(), address.getPort())) {
                    socket.setTcpNoDelay(true);
                    OutputStream out = socket.getOutputStream();
                    DataInputStream in = new DataInputStream(new BufferedInputStream(
                            socket.getInputStream()));
                    for (int i = next.getAndIncrement(); i < count
                            && System.nanoTime() < deadline; i = next.getAndIncrement()) {
                        long sent = System.nanoTime();
                        out.write(request);
                        out.flush();
                        String body = readResponse(in);
                        if (body == null || !body.contains("\"mentions\"")) {
                            failed.incrementAndGet();
                        }
                        latencies[i] = System.nanoTime() - sent;
                        done.incrementAndGet();
                    }
                }
                return null;
            });
        }
        for (Future<?> future : futures) {
            future.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        clients.shutdown();
        clients.awaitTermination(5, TimeUnit.SECONDS);
        int measured = (int) done.get();
        long[] sorted = Arrays.copyOf(latencies, measured);
        Arrays.sort(sorted);
        return new Result(measured, failed.get(), seconds, sorted);
    }

    /** The body of a 200 answer with a Content-Length, or null for any other answer. */
    private static String readResponse(DataInputStream in) throws java.io.IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            head.append((char) b);
        }
        String text = head.toString();
        int at = text.toLowerCase(java.util.Locale.ROOT).indexOf("content-length:");
        if (at < 0) {
            return null;
        }
        int length = Integer.parseInt(text.substring(at + 15, text.indexOf("\r\n", at)).strip());
        byte[] body = new byte[length];
        in.readFully(body);
        return text.startsWith("HTTP/1.1 200") ? new String(body, StandardCharsets.UTF_8) : null;
    }

    private record Result(int done, int failed, double seconds, long[] sortedNanos) {
        double percentile(int p) {
            if (sortedNanos.length == 0) {
                return 0;
            }
            int index = Math.min(sortedNanos.length - 1,
                    (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1);
            return sortedNanos[Math.max(0, index)] / 1e6;
        }
    }
}
