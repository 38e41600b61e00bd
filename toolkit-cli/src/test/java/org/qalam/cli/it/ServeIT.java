package org.qalam.cli.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qalam.cli.serve.SlowProvider;

/**
 * {@code qalam serve} as a process: start time, the acceptance request, and SIGTERM
 * letting the request in flight finish.
 */
class ServeIT {

    private static final Pattern SERVING = Pattern.compile("on (http://\\S+/) ");
    private static final Duration START_LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path work;

    @Test
    void answersTheSeedSentenceAndStopsGracefullyOnSigterm() throws Exception {
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        PluginJars.ofTestClass(plugins.resolve("slow.jar"), SlowProvider.class);
        Path stderr = work.resolve("stderr.txt");
        long started = System.nanoTime();
        Process process = QalamProcess.start(stderr, "serve", "--port", "0", "--plugins",
                plugins.toString());
        try {
            URI base = awaitServing(process, stderr);
            long startMillis = (System.nanoTime() - started) / 1_000_000;
            System.out.println("qalam serve: process start to serving in " + startMillis + " ms");
            HttpClient client = HttpClient.newHttpClient();

            HttpResponse<String> seed = client.send(HttpRequest.newBuilder(
                    base.resolve("/v1/analyze")).header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString("نزح 12 ألف شخص إلى جنوبسوريا أمس",
                            StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(seed.statusCode()).isEqualTo(200);
            assertThat(seed.body()).contains("\"type\":\"number\"", "\"value\":\"12000\"",
                    "\"type\":\"date\"", "\"type\":\"location\"", "\"text\":\"سوريا\"");

            CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(
                    HttpRequest.newBuilder(base.resolve("/v1/analyze"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"text\": \"sleep:1500\", \"extractors\": [\"slow\"]}"))
                            .build(), HttpResponse.BodyHandlers.ofString());
            Thread.sleep(400);
            process.destroy();
            HttpResponse<String> finished = inFlight.get(30, TimeUnit.SECONDS);
            assertThat(finished.statusCode()).isEqualTo(200);
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            String log = Files.readString(stderr);
            assertThat(log).contains("\"POST /v1/analyze\" 200", "qalam: stopping",
                    "qalam: stopped");
        } finally {
            process.destroyForcibly();
        }
    }

    private static URI awaitServing(Process process, Path stderr) throws Exception {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            String log = Files.exists(stderr) ? Files.readString(stderr) : "";
            Matcher matcher = SERVING.matcher(log);
            if (matcher.find()) {
                return URI.create(matcher.group(1));
            }
            assertThat(process.isAlive()).as("serve still running; stderr: " + log).isTrue();
            Thread.sleep(10);
        }
        throw new AssertionError("not serving within " + START_LIMIT);
    }
}
