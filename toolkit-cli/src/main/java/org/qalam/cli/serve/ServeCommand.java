package org.qalam.cli.serve;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.qalam.cli.PluginOptions;
import org.qalam.cli.analyze.ByteSize;
import org.qalam.cli.pipeline.ExtractorChoice;
import org.qalam.cli.pipeline.PipelineOptions;
import org.qalam.cli.pipeline.StepTimeout;
import org.qalam.core.pipeline.Pipeline;
import org.qalam.core.pipeline.PipelineException;
import org.qalam.core.registry.ExtractorRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code qalam serve}: the analysis pipeline behind an HTTP API and a web page, one pipeline
 * shared by every request, until SIGTERM or Ctrl-C (requests in flight finish first).
 *
 * <p>Why in the CLI: a service calls NLP over HTTP (the CoreNLP server, spaCy's displaCy habit),
 * and it wants exactly the CLI's extractors, plugins, settings and JSON document.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serve the pipeline over HTTP: POST /v1/analyze, /v1/split, "
                + "/v1/normalize; GET /v1/extractors, /healthz, /v1/openapi.json; a web page at /.",
            "Listens on loopback unless --host says otherwise; one access-log line per request "
                    + "on stderr; SIGTERM or Ctrl-C lets requests in flight finish."})
public final class ServeCommand implements Callable<Integer> {

    /** Port unless {@code --port} says otherwise. */
    static final int DEFAULT_PORT = 8080;

    @Option(names = "--port", defaultValue = "" + DEFAULT_PORT, paramLabel = "PORT",
            description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    private int port;

    @Option(names = "--host", defaultValue = ServerSettings.LOOPBACK, paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; "
                    + "0.0.0.0 opens it to the network).")
    private String host;

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Requests analysed at the same time (default: all cores).")
    private Integer threads;

    @Option(names = "--queue", defaultValue = "64", paramLabel = "N",
            description = "Requests that may wait for a worker; the next get 429 (default: "
                    + "${DEFAULT-VALUE}).")
    private int queue;

    @Option(names = "--max-body-size", defaultValue = "2M", paramLabel = "SIZE",
            converter = ByteSize.class,
            description = "Largest request body; larger ones get 413 (default: ${DEFAULT-VALUE}).")
    private long maxBodyBytes;

    @Option(names = "--request-timeout", defaultValue = "10s", paramLabel = "DURATION",
            converter = StepTimeout.class,
            description = {"Longest time one request may take, e.g. 500ms, 10s; past it the "
                    + "answer is 503 and the worker is freed (default: ${DEFAULT-VALUE})."})
    private Duration requestTimeout;

    @Option(names = "--shutdown-grace", defaultValue = "10s", paramLabel = "DURATION",
            converter = StepTimeout.class,
            description = "How long requests in flight may still take after SIGTERM (default: "
                    + "${DEFAULT-VALUE}).")
    private Duration shutdownGrace;

    @Option(names = "--extractors", split = ",", paramLabel = "NAME[,NAME...]",
            description = "Extractors requests run unless they choose (default: all discovered).")
    private List<String> extractors;

    @Mixin
    private PluginOptions plugins;

    @Mixin
    private PipelineOptions pipelineOptions;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        long started = System.nanoTime();
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--threads must be at least 1");
        }
        if (requestTimeout.isZero()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--request-timeout cannot be off; give a time such as 10s");
        }
        ServerSettings settings;
        try {
            settings = new ServerSettings(host, port, workers, queue, maxBodyBytes,
                    requestTimeout, shutdownGrace);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        ExtractorRegistry registry = plugins.registry(spec.commandLine().getErr());
        if (extractors != null) {
            ExtractorChoice.unknown(extractors, registry).ifPresent(message -> {
                throw new CommandLine.ParameterException(spec.commandLine(), message);
            });
        }
        // The CLI's settings are checked once here, as usage errors, before the port is bound.
        pipelineOptions.applyTo(Pipeline.builder(registry), registry, spec.commandLine());
        PrintStream log = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        ApiServer server;
        try {
            server = ApiServer.start(settings, registry, this.factory(registry), log);
        } catch (BindException e) {
            throw new IOException("cannot listen on " + host + ":" + port + ": "
                    + e.getMessage() + " (another server there? try --port)", e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            long stopping = System.nanoTime();
            log.println("qalam: stopping; requests in flight may finish within "
                    + shutdownGrace.toMillis() + " ms");
            server.stop();
            log.println("qalam: stopped in " + (System.nanoTime() - stopping) / 1_000_000
                    + " ms");
            stopped.countDown();
        }, "qalam-serve-stop"));
        log.printf("qalam: serving %s on %s (%d workers, queue %d, started in %d ms); "
                        + "Ctrl-C stops%n", server.standardSteps(), server.uri(), workers, queue,
                (System.nanoTime() - started) / 1_000_000);
        stopped.await();
        return 0;
    }

    /** Builds pipelines with the CLI's options and a request's choices on top. */
    private PipelineFactory factory(ExtractorRegistry registry) {
        CommandLine commandLine = spec.commandLine();
        return (chosen, config) -> {
            Pipeline.Builder builder = Pipeline.builder(registry);
            Set<String> configured;
            try {
                configured = pipelineOptions.applyTo(builder, registry, commandLine, config,
                        requestTimeout);
            } catch (CommandLine.ParameterException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
            List<String> names = chosen != null ? chosen : extractors;
            if (names == null) {
                builder.useAll();
                configured.forEach(builder::use);
            } else {
                ExtractorChoice.use(builder, registry, names);
                configured.forEach(builder::use);
            }
            try {
                return builder.build();
            } catch (PipelineException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        };
    }
}
