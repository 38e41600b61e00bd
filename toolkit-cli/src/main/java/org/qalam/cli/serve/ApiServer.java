package org.qalam.cli.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.qalam.arabic.diacritics.StripOptions;
import org.qalam.arabic.fused.FusedWordSplitter;
import org.qalam.arabic.normalize.NormalizationProfile;
import org.qalam.arabic.normalize.Normalizer;
import org.qalam.cli.io.InvalidInputException;
import org.qalam.cli.io.Utf8;
import org.qalam.cli.json.AnalysisJsonWriter;
import org.qalam.cli.pipeline.ExtractorChoice;
import org.qalam.core.model.Document;
import org.qalam.core.pipeline.Analysis;
import org.qalam.core.pipeline.Pipeline;
import org.qalam.core.registry.ExtractorRegistry;
import org.qalam.core.registry.RegisteredProvider;
import org.qalam.core.spi.ExtractionContext;
import org.qalam.core.spi.ExtractorProvider;
import org.qalam.core.spi.ReferenceTime;

/**
 * The HTTP API and web view of {@code qalam serve}, on the JDK's own
 * {@code com.sun.net.httpserver}: {@code POST /v1/analyze}, {@code /v1/split},
 * {@code /v1/normalize}, {@code GET /v1/extractors}, {@code /healthz}, {@code /v1/openapi.json},
 * and the page at {@code /}.
 *
 * <p>Why these limits, each answered with a JSON error: a body past {@code maxBodyBytes} gets 413
 * before it is read; work runs on {@code threads} workers with at most {@code queue} requests
 * waiting, and the next one gets 429 at once; a request past {@code requestTimeout} gets 503 and
 * its worker is freed (the pipeline's step time limit is capped at the same time, so that even a
 * step deaf to interrupts is abandoned); malformed JSON, a bad field or invalid UTF-8 gets 400
 * naming the field. {@link #stop()} lets requests in flight finish. One access-log line per
 * request goes to the log stream.
 */
public final class ApiServer implements AutoCloseable {

    /** Threads beyond workers and queue that answer cheap requests (health, page, 429s). */
    private static final int SPARE_HANDLERS = 8;
    /** How often {@link #stop()} looks whether the requests in flight are done. */
    private static final long STOP_POLL_MILLIS = 10;
    /** Bytes read from a body at a time. */
    private static final int READ_CHUNK = 1 << 14;
    private static final String JSON_TYPE = "application/json; charset=utf-8";
    private static final String WEB_ROOT = "web/";
    private static final Map<String, String> ASSETS = Map.of(
            "/", "index.html", "/index.html", "index.html",
            "/qalam.css", "qalam.css", "/qalam.js", "qalam.js");
    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final AnalysisJsonWriter DOCUMENT_WRITER = AnalysisJsonWriter.compact();
    private static final Set<String> ANALYZE_FIELDS =
            Set.of("text", "id", "extractors", "referenceDate", "config");
    private static final Set<String> SPLIT_FIELDS = Set.of("text");
    /** The paths that run work on a worker; refused once the server is stopping. */
    private static final Set<String> WORK_PATHS = Set.of("/v1/analyze", "/v1/split",
            "/v1/normalize");
    private static final Set<String> NORMALIZE_FIELDS =
            Set.of("text", "profile", "stripDiacritics");

    private final ServerSettings settings;
    private final ExtractorRegistry registry;
    private final PipelineCache pipelines;
    private final AccessLog accessLog;
    private final HttpServer server;
    private final ThreadPoolExecutor handlers;
    private final ExecutorService workers;
    private final Semaphore admitted;
    private final FusedWordSplitter splitter = FusedWordSplitter.create();
    private final byte[] openApi;
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean stopping;

    private ApiServer(ServerSettings settings, ExtractorRegistry registry,
                      PipelineFactory factory, PrintStream log) throws IOException {
        this.settings = settings;
        this.registry = registry;
        this.pipelines = new PipelineCache(factory);
        this.accessLog = new AccessLog(log);
        this.admitted = new Semaphore(settings.threads() + settings.queue());
        this.workers = Executors.newFixedThreadPool(settings.threads(), named("qalam-worker-"));
        int handlerThreads = settings.threads() + settings.queue() + SPARE_HANDLERS;
        this.handlers = new ThreadPoolExecutor(handlerThreads, handlerThreads, 1, TimeUnit.MINUTES,
                new LinkedBlockingQueue<>(), named("qalam-http-"));
        this.openApi = resource("openapi.json");
        this.server = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()),
                0);
        server.setExecutor(handlers);
        server.createContext("/", this::dispatch);
    }

    /**
     * Builds the standard pipeline, binds the port and starts answering.
     *
     * @throws IOException when the address cannot be bound
     * @throws IllegalArgumentException when the standard pipeline cannot be built
     */
    public static ApiServer start(ServerSettings settings, ExtractorRegistry registry,
                                  PipelineFactory factory, PrintStream log) throws IOException {
        ApiServer api = new ApiServer(settings, registry, factory, log);
        api.server.start();
        return api;
    }

    /** The address actually bound (the port chosen when 0 was asked for). */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** The page's address, e.g. {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        InetSocketAddress address = address();
        String host = address.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":"
                + address.getPort() + "/");
    }

    /** The steps of the pipeline requests use unless they choose extractors. */
    public List<String> standardSteps() {
        return pipelines.standard().stepNames();
    }

    /**
     * Lets requests in flight finish within the shutdown grace period, then closes the port and
     * stops the threads. Meanwhile new work gets 503 and {@code /healthz} says "stopping", so that
     * a load balancer drains this instance.
     *
     * <p>Why not {@code HttpServer.stop(grace)} alone: on Java 17 it waits the whole grace period
     * when no exchange is in flight (it only notices the last one ending), so the server counts
     * its own requests and stops as soon as none is left.
     */
    public void stop() {
        stopping = true;
        long deadline = System.nanoTime() + settings.shutdownGrace().toNanos();
        try {
            while (inFlight.get() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(STOP_POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.stop(0);
        workers.shutdownNow();
        handlers.shutdownNow();
    }

    @Override
    public void close() {
        stop();
    }

    private static ApiError shuttingDown() {
        return new ApiError(ApiError.UNAVAILABLE, "the server is shutting down", null);
    }

    /** Requests being handled now. */
    int inFlight() {
        return inFlight.get();
    }

    private void dispatch(HttpExchange exchange) {
        long started = System.nanoTime();
        inFlight.incrementAndGet();
        int status = ApiError.INTERNAL_ERROR;
        long length = 0;
        try {
            Response response;
            try {
                // Read after counting the request: stop() waits for every request past this.
                if (stopping && WORK_PATHS.contains(exchange.getRequestURI().getPath())) {
                    throw shuttingDown();
                }
                response = route(exchange);
            } catch (ApiError e) {
                response = Response.error(e);
            } catch (RuntimeException | StackOverflowError e) {
                response = Response.error(new ApiError(ApiError.INTERNAL_ERROR,
                        "internal error: " + e, null));
            }
            status = response.status();
            length = response.body().length;
            send(exchange, response);
        } catch (IOException e) {
            // The client went away; the access log still records the request.
        } finally {
            exchange.close();
            inFlight.decrementAndGet();
            accessLog.record(exchange, status, length, System.nanoTime() - started);
        }
    }

    private Response route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        switch (path) {
            case "/v1/analyze":
                requireMethod(method, "POST");
                return analyze(exchange);
            case "/v1/split":
                requireMethod(method, "POST");
                return split(exchange);
            case "/v1/normalize":
                requireMethod(method, "POST");
                return normalize(exchange);
            case "/v1/extractors":
                requireMethod(method, "GET");
                return extractors();
            case "/v1/openapi.json":
                requireMethod(method, "GET");
                return new Response(200, JSON_TYPE, openApi);
            case "/healthz":
                requireMethod(method, "GET");
                return stopping ? new Response(ApiError.UNAVAILABLE, JSON_TYPE,
                        json(g -> g.writeStringField("status", "stopping")))
                        : new Response(200, JSON_TYPE, json(g -> g.writeStringField("status",
                        "ok")));
            default:
                String asset = ASSETS.get(path);
                if (asset == null) {
                    throw new ApiError(ApiError.NOT_FOUND, "no such path: " + path
                            + "; see /v1/openapi.json", null);
                }
                requireMethod(method, "GET");
                return new Response(200, contentType(asset), resource(WEB_ROOT + asset));
        }
    }

    private Response analyze(HttpExchange exchange) throws IOException {
        RequestFields fields = fields(exchange, ANALYZE_FIELDS);
        String text = fields.requiredString("text");
        String id = fields.string("id");
        LocalDate referenceDate = fields.date("referenceDate");
        Pipeline pipeline = pipeline(fields.names("extractors"), fields.settings("config"));
        Document document = id == null ? Document.of(text) : Document.of(id, text);
        ExtractionContext context = new ExtractionContext(referenceDate == null
                ? ReferenceTime.now() : ReferenceTime.of(referenceDate));
        return limited(() -> {
            Analysis analysis = pipeline.analyze(document, context);
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(text.length() * 8 + 256);
            try (Writer writer = new OutputStreamWriter(buffer, StandardCharsets.UTF_8)) {
                DOCUMENT_WRITER.write(analysis, writer);
            }
            return new Response(200, JSON_TYPE, buffer.toByteArray());
        });
    }

    private Response split(HttpExchange exchange) throws IOException {
        String text = fields(exchange, SPLIT_FIELDS).requiredString("text");
        return limited(() -> textResponse(splitter.insertSpaces(text)));
    }

    private Response normalize(HttpExchange exchange) throws IOException {
        RequestFields fields = fields(exchange, NORMALIZE_FIELDS);
        String text = fields.requiredString("text");
        String profileName = fields.string("profile");
        NormalizationProfile profile = NormalizationProfile.DISPLAY;
        if (profileName != null) {
            try {
                profile = NormalizationProfile.valueOf(profileName.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ApiError.badField("profile", "profile must be one of "
                        + List.of(NormalizationProfile.values()).stream()
                        .map(p -> p.name().toLowerCase(Locale.ROOT)).toList()
                        + "; got '" + profileName + "'");
            }
        }
        Normalizer base = Normalizer.of(profile);
        Normalizer normalizer = fields.bool("stripDiacritics", false)
                ? base.stripDiacritics(StripOptions.ALL) : base;
        return limited(() -> textResponse(normalizer.normalize(text)));
    }

    private Response extractors() {
        Set<String> standard = new TreeSet<>(standardSteps());
        return new Response(200, JSON_TYPE, json(g -> {
            g.writeArrayFieldStart("extractors");
            for (RegisteredProvider registered : registry.providers()) {
                ExtractorProvider provider = registered.provider();
                g.writeStartObject();
                g.writeStringField("name", provider.name());
                g.writeStringField("version", provider.version());
                g.writeStringField("origin", registered.origin());
                g.writeStringField("description", provider.description());
                g.writeBooleanField("default", standard.contains(provider.name()));
                names(g, "requires", provider.requires());
                names(g, "writes", provider.writes());
                names(g, "emits", provider.emits());
                g.writeObjectFieldStart("configKeys");
                for (Map.Entry<String, String> key : new java.util.TreeMap<>(provider.configKeys())
                        .entrySet()) {
                    g.writeStringField(key.getKey(), key.getValue());
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
        }));
    }

    private static void names(JsonGenerator g, String field, Set<String> names)
            throws IOException {
        g.writeArrayFieldStart(field);
        for (String name : new TreeSet<>(names)) {
            g.writeString(name);
        }
        g.writeEndArray();
    }

    private Pipeline pipeline(List<String> extractors, Map<String, String> config) {
        if (extractors != null) {
            ExtractorChoice.unknown(extractors, registry).ifPresent(message -> {
                throw ApiError.badField("extractors", message);
            });
        }
        try {
            return pipelines.get(extractors, config);
        } catch (IllegalArgumentException e) {
            throw ApiError.badField(config.isEmpty() ? "extractors" : "config", e.getMessage());
        }
    }

    /**
     * Runs {@code work} on a worker, if one is free or the queue has room (else 429), within
     * the request time limit (else 503, the task cancelled).
     */
    private Response limited(Callable<Response> work) {
        if (!admitted.tryAcquire()) {
            throw new ApiError(ApiError.TOO_MANY_REQUESTS, "the server is busy: "
                    + settings.threads() + " requests running and " + settings.queue()
                    + " waiting; retry later", null);
        }
        FutureTask<Response> task = new FutureTask<>(work) {
            @Override
            protected void done() {
                admitted.release();
            }
        };
        try {
            workers.execute(task);
        } catch (RuntimeException e) {
            task.cancel(false);
            throw shuttingDown();
        }
        Duration limit = settings.requestTimeout();
        try {
            return task.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new ApiError(ApiError.UNAVAILABLE, "the request ran past the time limit of "
                    + limit.toMillis() + " ms and was stopped; send less text or raise "
                    + "--request-timeout", null);
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw shuttingDown();
        } catch (CancellationException e) {
            throw shuttingDown();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ApiError error) {
                throw error;
            }
            throw new ApiError(ApiError.INTERNAL_ERROR, "internal error: " + cause, null);
        }
    }

    /** The request's fields: a JSON object for a JSON content type, else the body as text. */
    private RequestFields fields(HttpExchange exchange, Set<String> accepted) throws IOException {
        String text = body(exchange);
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type != null && type.toLowerCase(Locale.ROOT).contains("json")) {
            return RequestFields.parse(text, accepted);
        }
        return RequestFields.ofText(text);
    }

    /** The body as text, checked against the size limit before and while reading. */
    private String body(HttpExchange exchange) throws IOException {
        long limit = settings.maxBodyBytes();
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            long length;
            try {
                length = Long.parseLong(declared.strip());
            } catch (NumberFormatException e) {
                throw new ApiError(ApiError.BAD_REQUEST, "Content-Length is not a number", null);
            }
            if (length > limit) {
                throw tooLarge(limit);
            }
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(
                (int) Math.min(limit, declared == null ? READ_CHUNK : Long.parseLong(
                        declared.strip())));
        byte[] chunk = new byte[READ_CHUNK];
        try (InputStream in = exchange.getRequestBody()) {
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                if (buffer.size() + (long) n > limit) {
                    throw tooLarge(limit);
                }
                buffer.write(chunk, 0, n);
            }
        }
        byte[] bytes = buffer.toByteArray();
        try {
            return Utf8.decode(bytes, 0, bytes.length, "body", 0);
        } catch (InvalidInputException e) {
            throw ApiError.badField("body", "the body is not valid UTF-8: "
                    + e.getMessage().replaceFirst("^body: ", ""));
        }
    }

    private static ApiError tooLarge(long limit) {
        return new ApiError(ApiError.PAYLOAD_TOO_LARGE, "the body is larger than the limit of "
                + limit + " bytes; send less text per request or raise --max-body-size", null);
    }

    private static void requireMethod(String method, String allowed) {
        if (!method.equals(allowed) && !(allowed.equals("GET") && method.equals("HEAD"))) {
            throw new ApiError(ApiError.METHOD_NOT_ALLOWED, "use " + allowed + " here", null);
        }
    }

    private static Response textResponse(String text) {
        return new Response(200, JSON_TYPE, json(g -> g.writeStringField("text", text)));
    }

    private void send(HttpExchange exchange, Response response) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", response.contentType());
        headers.set("X-Content-Type-Options", "nosniff");
        if (response.status() == ApiError.PAYLOAD_TOO_LARGE || stopping) {
            headers.set("Connection", "close");
        }
        if (response.status() == ApiError.TOO_MANY_REQUESTS) {
            headers.set("Retry-After", "1");
        }
        if (response.status() == ApiError.METHOD_NOT_ALLOWED) {
            headers.set("Allow", exchange.getRequestURI().getPath().startsWith("/v1/")
                    && !exchange.getRequestURI().getPath().endsWith("extractors")
                    && !exchange.getRequestURI().getPath().endsWith(".json") ? "POST" : "GET");
        }
        boolean head = exchange.getRequestMethod().equalsIgnoreCase("HEAD");
        exchange.sendResponseHeaders(response.status(), head ? -1 : response.body().length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response.body());
            }
        }
    }

    private static String contentType(String asset) {
        if (asset.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (asset.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        return "text/javascript; charset=utf-8";
    }

    private static byte[] resource(String name) {
        try (InputStream in = ApiServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the jar: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] json(JsonBody body) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
        try (JsonGenerator g = JSON.createGenerator(buffer)) {
            g.writeStartObject();
            body.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        buffer.write('\n');
        return buffer.toByteArray();
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Fields written inside the response object. */
    @FunctionalInterface
    private interface JsonBody {
        void write(JsonGenerator g) throws IOException;
    }

    /** A status, a content type and the bytes of the body. */
    private record Response(int status, String contentType, byte[] body) {

        static Response error(ApiError e) {
            return new Response(e.status(), JSON_TYPE, json(g -> {
                g.writeStringField("error", e.getMessage());
                if (e.field() != null) {
                    g.writeStringField("field", e.field());
                }
            }));
        }
    }
}
