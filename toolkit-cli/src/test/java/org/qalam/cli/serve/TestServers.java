package org.qalam.cli.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.qalam.core.pipeline.Pipeline;
import org.qalam.core.registry.ExtractorRegistry;
import org.qalam.core.registry.RegisteredProvider;
import org.qalam.core.spi.ExtractorProvider;

/** Starts servers on a free loopback port with the bundled extractors plus {@link SlowProvider}. */
final class TestServers {

    /** The bundled extractors and the slow one; built once, the lexicons are large. */
    static final ExtractorRegistry REGISTRY = registry();

    private TestServers() {
    }

    private static ExtractorRegistry registry() {
        List<ExtractorProvider> providers = new ArrayList<>();
        for (RegisteredProvider registered : ExtractorRegistry.load(TestServers.class
                .getClassLoader()).providers()) {
            providers.add(registered.provider());
        }
        providers.add(new SlowProvider());
        return ExtractorRegistry.of(providers);
    }

    /** Settings on loopback, port 0. */
    static ServerSettings settings(int threads, int queue, long maxBody, Duration timeout) {
        return new ServerSettings(ServerSettings.LOOPBACK, 0, threads, queue, maxBody, timeout,
                Duration.ofSeconds(5));
    }

    /**
     * A server whose default pipeline leaves the slow extractor out. Its step time limit is
     * twice the request time limit, so that a stuck request meets the request limit (503) first,
     * never a race between the two.
     */
    static ApiServer start(ServerSettings settings, PrintStream log) throws IOException {
        Duration stepLimit = settings.requestTimeout().multipliedBy(2);
        return ApiServer.start(settings, REGISTRY, (extractors, config) -> {
            Pipeline.Builder builder = Pipeline.builder(REGISTRY).stepTimeout(stepLimit);
            if (extractors == null) {
                builder.use("tokens", "sentences", "words", "numbers", "dates", "entities");
            } else {
                builder.use("tokens", "sentences", "words").use(extractors);
            }
            if (!config.isEmpty()) {
                throw new IllegalArgumentException("no settings here: " + config.keySet());
            }
            return builder.build();
        }, log);
    }

    /** A log stream that drops everything. */
    static PrintStream quietLog() {
        return new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    }

    static HttpResponse<String> post(HttpClient client, URI uri, String type, byte[] body)
            throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> postJson(HttpClient client, URI uri, String json)
            throws IOException, InterruptedException {
        return post(client, uri, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> get(HttpClient client, URI uri)
            throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
