package org.qalam.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qalam.cli.serve.TestServers.get;
import static org.qalam.cli.serve.TestServers.post;
import static org.qalam.cli.serve.TestServers.postJson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTTP API over real HTTP on loopback: every endpoint, every limit, graceful shutdown. */
class ApiServerTest {

    private static final String SENTENCE = "نزح 12 ألف شخص إلى جنوبسوريا أمس";
    private static final long MAX_BODY = 1 << 20;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static ApiServer server;
    private static ByteArrayOutputStream logBytes;
    private static HttpClient client;

    @BeforeAll
    static void start() throws IOException {
        logBytes = new ByteArrayOutputStream();
        server = TestServers.start(TestServers.settings(2, 2, MAX_BODY, Duration.ofSeconds(20)),
                new PrintStream(logBytes, true, StandardCharsets.UTF_8));
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        server.stop();
        SlowProvider.release();
    }

    private static URI at(ApiServer api, String path) {
        return api.uri().resolve(path);
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        return MAPPER.readTree(response.body());
    }

    @Test
    void analyzesPlainTextIntoTheCliDocument() throws Exception {
        HttpResponse<String> response = post(client, at(server, "/v1/analyze"), "text/plain",
                SENTENCE.getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode document = json(response);
        assertThat(document.get("text").asText()).isEqualTo(SENTENCE);
        assertThat(document.get("offsets").asText()).isEqualTo("utf16");
        List<String> types = new ArrayList<>();
        document.get("mentions").forEach(m -> types.add(m.get("type").asText() + "="
                + m.get("text").asText()));
        assertThat(types).contains("number=12 ألف", "location=سوريا").anyMatch(
                t -> t.startsWith("date=أمس"));
        assertThat(document.get("tokens").toString()).contains("\"repaired\":true");
    }

    @Test
    void analyzesJsonWithReferenceDateExtractorsAndId() throws Exception {
        HttpResponse<String> response = postJson(client, at(server, "/v1/analyze"),
                "{\"text\": \"" + SENTENCE + "\", \"id\": \"a-1\", \"referenceDate\": "
                        + "\"2024-03-15\", \"extractors\": [\"dates\"]}");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode document = json(response);
        assertThat(document.get("id").asText()).isEqualTo("a-1");
        assertThat(document.get("mentions")).hasSize(1);
        assertThat(document.get("mentions").get(0).get("value").asText()).isEqualTo("2024-03-14");
    }

    @Test
    void splitsAndNormalizes() throws Exception {
        JsonNode split = json(postJson(client, at(server, "/v1/split"),
                "{\"text\": \"الولاياتالمتحدةوروسيا\"}"));
        assertThat(split.get("text").asText()).isEqualTo("الولايات المتحدة وروسيا");
        JsonNode normalized = json(postJson(client, at(server, "/v1/normalize"),
                "{\"text\": \"أَحْمَد\", \"profile\": \"search\"}"));
        assertThat(normalized.get("text").asText()).isEqualTo("احمد");
        JsonNode plain = json(post(client, at(server, "/v1/normalize"), "text/plain",
                "كتـــاب".getBytes(StandardCharsets.UTF_8)));
        assertThat(plain.get("text").asText()).isEqualTo("كتاب");
    }

    @Test
    void listsExtractorsAndAnswersHealthAndOpenApi() throws Exception {
        JsonNode extractors = json(get(client, at(server, "/v1/extractors")));
        List<String> names = new ArrayList<>();
        extractors.get("extractors").forEach(e -> names.add(e.get("name").asText()
                + (e.get("default").asBoolean() ? "*" : "")));
        assertThat(names).contains("numbers*", "dates*", "entities*", "slow");
        assertThat(json(get(client, at(server, "/healthz"))).get("status").asText())
                .isEqualTo("ok");
        JsonNode openApi = json(get(client, at(server, "/v1/openapi.json")));
        assertThat(openApi.get("openapi").asText()).startsWith("3.");
        assertThat(openApi.get("paths").fieldNames()).toIterable().contains("/v1/analyze",
                "/v1/split", "/v1/normalize", "/v1/extractors", "/healthz");
    }

    @Test
    void servesThePageAndItsAssets() throws Exception {
        HttpResponse<String> page = get(client, at(server, "/"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body()).contains("dir=\"rtl\"", "qalam.js").doesNotContain("http://",
                "https://");
        assertThat(get(client, at(server, "/qalam.js")).statusCode()).isEqualTo(200);
        assertThat(get(client, at(server, "/qalam.css")).statusCode()).isEqualTo(200);
    }

    @Test
    void unknownPathsAndMethodsAreJsonErrors() throws Exception {
        HttpResponse<String> missing = get(client, at(server, "/nope"));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing).get("error").asText()).contains("/nope");
        HttpResponse<String> method = get(client, at(server, "/v1/analyze"));
        assertThat(method.statusCode()).isEqualTo(405);
        assertThat(method.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void malformedJsonIs400() throws Exception {
        HttpResponse<String> response = postJson(client, at(server, "/v1/analyze"),
                "{\"text\": \"x\"");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error").asText()).startsWith("malformed JSON");
    }

    @Test
    void badFieldsAre400NamingTheField() throws Exception {
        assertBadField("{\"text\": 5}", "text", "must be a string");
        assertBadField("{\"id\": \"x\"}", "text", "text is required");
        assertBadField("{\"text\": \"x\", \"referenceDate\": \"15/03/2024\"}", "referenceDate",
                "YYYY-MM-DD");
        assertBadField("{\"text\": \"x\", \"extractors\": [\"nope\"]}", "extractors",
                "unknown extractor 'nope'");
        assertBadField("{\"text\": \"x\", \"extractors\": 3}", "extractors", "array of names");
        assertBadField("{\"text\": \"x\", \"colour\": \"red\"}", "colour", "unknown field");
        assertBadField("{\"text\": \"x\", \"config\": [1]}", "config", "must be an object");
    }

    private static void assertBadField(String body, String field, String message)
            throws Exception {
        HttpResponse<String> response = postJson(client, at(server, "/v1/analyze"), body);
        assertThat(response.statusCode()).as(body).isEqualTo(400);
        JsonNode error = json(response);
        assertThat(error.get("field").asText()).as(body).isEqualTo(field);
        assertThat(error.get("error").asText()).as(body).contains(message);
    }

    @Test
    void invalidUtf8Is400() throws Exception {
        byte[] body = {'a', ' ', (byte) 0xC3, (byte) 0x28, 'b'};
        HttpResponse<String> response = post(client, at(server, "/v1/analyze"), "text/plain",
                body);
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = json(response);
        assertThat(error.get("field").asText()).isEqualTo("body");
        assertThat(error.get("error").asText()).contains("UTF-8", "offset 2");
    }

    @Test
    void twentyMegabyteBodyIs413BeforeItIsRead() throws Exception {
        long size = 20L << 20;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(server.address().getAddress(),
                    server.address().getPort()), 5_000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/analyze HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain"
                    + "\r\nContent-Length: " + size + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            CompletableFuture<Void> upload = CompletableFuture.runAsync(() -> {
                byte[] chunk = new byte[1 << 16];
                java.util.Arrays.fill(chunk, (byte) 'a');
                try {
                    for (long sent = 0; sent < size; sent += chunk.length) {
                        out.write(chunk);
                    }
                } catch (IOException expected) {
                    // the server closed the connection after its answer
                }
            });
            String answer = readHead(socket.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 413");
            assertThat(answer).contains("--max-body-size");
            socket.close();
            upload.join();
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            head.write(buffer, 0, n);
            if (head.toString(StandardCharsets.UTF_8).contains("}")) {
                break;
            }
        }
        return head.toString(StandardCharsets.UTF_8);
    }

    @Test
    void fullQueueIs429() throws Exception {
        try (ApiServer small = TestServers.start(TestServers.settings(1, 1, MAX_BODY,
                Duration.ofSeconds(20)), TestServers.quietLog())) {
            String slow = "{\"text\": \"sleep:1500\", \"extractors\": [\"slow\"]}";
            List<CompletableFuture<HttpResponse<String>>> busy = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                busy.add(client.sendAsync(HttpRequest.newBuilder(at(small, "/v1/analyze"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(slow)).build(),
                        HttpResponse.BodyHandlers.ofString()));
                waitFor(() -> small.inFlight() >= busy.size());
            }
            HttpResponse<String> third = postJson(client, at(small, "/v1/analyze"), slow);
            assertThat(third.statusCode()).isEqualTo(429);
            assertThat(third.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(json(third).get("error").asText()).contains("busy");
            for (CompletableFuture<HttpResponse<String>> request : busy) {
                assertThat(request.get().statusCode()).isEqualTo(200);
            }
            // Once the queue drains, requests are admitted again.
            assertThat(postJson(client, at(small, "/v1/split"), "{\"text\": \"x\"}")
                    .statusCode()).isEqualTo(200);
        }
    }

    @Test
    void requestPastTheTimeLimitIs503AndTheWorkerIsFreed() throws Exception {
        try (ApiServer strict = TestServers.start(TestServers.settings(1, 0, MAX_BODY,
                Duration.ofMillis(400)), TestServers.quietLog())) {
            long started = System.nanoTime();
            HttpResponse<String> stuck = postJson(client, at(strict, "/v1/analyze"),
                    "{\"text\": \"spin\", \"extractors\": [\"slow\"]}");
            assertThat(stuck.statusCode()).isEqualTo(503);
            assertThat(json(stuck).get("error").asText()).contains("time limit of 400 ms");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(
                    Duration.ofSeconds(3));
            // The only worker is free again: the step deaf to interrupts was abandoned.
            waitFor(() -> {
                try {
                    return postJson(client, at(strict, "/v1/analyze"), "{\"text\": \"نص\"}")
                            .statusCode() == 200;
                } catch (IOException | InterruptedException e) {
                    return false;
                }
            });
        } finally {
            // The abandoned step would spin on a core for the rest of the run.
            SlowProvider.release();
        }
    }

    @Test
    void stopLetsRequestsInFlightFinish() throws Exception {
        ApiServer stopping = TestServers.start(TestServers.settings(1, 1, MAX_BODY,
                Duration.ofSeconds(20)), TestServers.quietLog());
        CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(
                HttpRequest.newBuilder(at(stopping, "/v1/analyze"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"text\": \"sleep:800 نص\", \"extractors\": [\"slow\"]}")).build(),
                HttpResponse.BodyHandlers.ofString());
        waitFor(() -> stopping.inFlight() == 1);
        stopping.stop();
        HttpResponse<String> finished = inFlight.get();
        assertThat(finished.statusCode()).isEqualTo(200);
        assertThat(finished.body()).contains("sleep:800");
        assertThat(catchConnect(() -> get(client, at(stopping, "/healthz"))))
                .isInstanceOf(IOException.class);
    }

    @Test
    void anIdleServerStopsAtOnceNotAfterTheGracePeriod() throws Exception {
        ApiServer idle = TestServers.start(TestServers.settings(1, 1, MAX_BODY,
                Duration.ofSeconds(20)), TestServers.quietLog());
        assertThat(get(client, at(idle, "/healthz")).statusCode()).isEqualTo(200);
        long started = System.nanoTime();
        idle.stop();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(
                Duration.ofSeconds(2));
    }

    @Test
    void writesOneAccessLogLinePerRequest() throws Exception {
        int before = logBytes.toString(StandardCharsets.UTF_8).split("\n").length;
        get(client, at(server, "/healthz?probe=1"));
        // The line is written once the exchange is closed, just after the client has its answer.
        waitFor(() -> logBytes.toString(StandardCharsets.UTF_8).split("\n").length > before);
        Thread.sleep(100);
        String log = logBytes.toString(StandardCharsets.UTF_8);
        String[] lines = log.split("\n");
        assertThat(lines.length).isEqualTo(before + 1);
        assertThat(lines[lines.length - 1]).matches(
                "\\d{4}-\\d\\d-\\d\\dT\\S+ 127\\.0\\.0\\.1 \"GET /healthz\" 200 \\d+ \\d+\\.\\dms");
    }

    private static Throwable catchConnect(Call call) {
        try {
            call.run();
            return null;
        } catch (Exception e) {
            return e;
        }
    }

    private static void waitFor(Check check) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!check.ok()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(20);
        }
    }

    @FunctionalInterface
    private interface Check {
        boolean ok();
    }

    @FunctionalInterface
    private interface Call {
        void run() throws Exception;
    }
}
