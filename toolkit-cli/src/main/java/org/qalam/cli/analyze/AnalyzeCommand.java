package org.qalam.cli.analyze;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.qalam.cli.PluginOptions;
import org.qalam.cli.format.DocumentFormatter;
import org.qalam.cli.format.OutputFormat;
import org.qalam.cli.io.InputCollector;
import org.qalam.cli.io.InputSource;
import org.qalam.cli.io.InvalidInputException;
import org.qalam.cli.io.InvalidUtf8Action;
import org.qalam.cli.io.IoErrors;
import org.qalam.cli.pipeline.ExtractorChoice;
import org.qalam.cli.pipeline.PipelineOptions;
import org.qalam.cli.progress.Terminal;
import org.qalam.core.pipeline.Pipeline;
import org.qalam.core.pipeline.StepFailure;
import org.qalam.core.registry.ExtractorRegistry;
import org.qalam.core.spi.ReferenceTime;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code qalam analyze}: runs the pipeline over files, folders or standard input and writes one
 * document per input (per line with {@code --lines}) in input order, on all cores, in bounded
 * memory. A file that cannot be read or is not valid UTF-8 is reported on stderr, the other
 * inputs are still processed, and the exit code is 1.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Tokenize, segment and extract mentions from files, folders or stdin.",
            "Data goes to stdout (or --output), messages, progress and the summary to stderr."})
public final class AnalyzeCommand implements Callable<Integer> {

    @Option(names = "--format", paramLabel = "FORMAT",
            description = {"Output format: json, jsonl, conllu, tsv or text (default: text on a "
                    + "terminal, json in a file or pipe).",
                "json writes one object for one document, an array for several."})
    private OutputFormat format;

    @Option(names = "--lines", description = "Treat every non-empty input line as its own document.")
    private boolean lines;

    @Option(names = "--extractors", split = ",", paramLabel = "NAME[,NAME...]",
            description = "Extractors to run (default: all discovered), e.g. numbers,dates,entities.")
    private List<String> extractors;

    @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD", converter = IsoDate.class,
            description = "Day that relative dates (أمس, العام الماضي) resolve against "
                    + "(default: the time the run starts).")
    private LocalDate referenceDate;

    @Option(names = "--reference-time", paramLabel = "YYYY-MM-DDTHH:MM[:SS][zone]",
            description = "Moment that relative times (بعد ساعتين, بكرا الساعة 4) resolve against, "
                    + "e.g. 2021-09-01T10:38:04 or 2021-09-01T10:38+03:00; wins over "
                    + "--reference-date (default: the time the run starts).")
    private String referenceTime;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE|DIR",
            description = {"Write to FILE instead of stdout, or, for an existing folder or a path "
                    + "ending in /, one file per input below DIR (input path + .FORMAT).",
                "Files appear only when complete (temporary file, then rename)."})
    private String output;

    @Option(names = "--glob", paramLabel = "PATTERN",
            description = "Files to take from folders, e.g. '*.txt' (names) or '2024/**.txt' (paths).")
    private String glob;

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Worker threads (default: all cores).")
    private Integer threads;

    @Option(names = "--on-invalid", defaultValue = "fail", paramLabel = "ACTION",
            description = {"Invalid UTF-8: fail (report file and byte offset, stop that input), "
                    + "replace (with U+FFFD) or skip (the line, or the file); counted in the summary."})
    private InvalidUtf8Action onInvalid;

    @Option(names = "--max-document-size", defaultValue = "16M", paramLabel = "SIZE",
            converter = ByteSize.class,
            description = {"Largest document read: a whole file without --lines, or one line "
                    + "with it (default: ${DEFAULT-VALUE}). Larger ones are reported and skipped."})
    private long maxDocumentBytes;

    @Option(names = "--summary", negatable = true,
            description = {"Print a summary line on stderr at the end (default: on for --lines "
                    + "and several inputs, off for one document)."})
    private Boolean summary;

    @Option(names = "--progress", negatable = true,
            description = "Progress bar on stderr (default: when stderr is a terminal).")
    private Boolean progress;

    @Option(names = "--color", defaultValue = "auto", paramLabel = "WHEN",
            description = "Colour mentions in --format text: auto (stdout is a terminal), always, never.")
    private ColorChoice color;

    @Mixin
    private PluginOptions plugins;

    @Mixin
    private PipelineOptions pipelineOptions;

    @Parameters(paramLabel = "FILE|DIR", arity = "0..*",
            description = "Inputs: files, folders (read recursively) or '-' for stdin (the default).")
    private List<String> inputs = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    private Reporter reporter;
    private boolean jsonArray;

    @Override
    public Integer call() throws IOException {
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--threads must be at least 1");
        }
        reporter = new Reporter(spec.commandLine().getErr());
        if (format == null) {
            format = output == null && Terminal.stdoutIsTty() ? OutputFormat.TEXT
                    : OutputFormat.JSON;
        }
        Pipeline pipeline = buildPipeline(plugins.registry(spec.commandLine().getErr()));
        List<InputSource> sources = new InputCollector(glob).collect(inputs, reporter::fail,
                reporter::fail);
        if (sources.stream().anyMatch(InputSource::isStdin) && Terminal.stdinIsTty()
                && Terminal.stderrIsTty()) {
            reporter.warn("reading standard input; end it with Ctrl-D (or give files or folders)");
        }
        Path outputPath = output == null ? null : Path.of(output);
        boolean toFolder = output != null && (Files.isDirectory(outputPath)
                || output.endsWith("/") || output.endsWith(File.separator));
        if (toFolder) {
            requireDistinctOutputs(sources);
        }
        // Several documents in one output make one JSON array, not concatenated objects.
        jsonArray = format == OutputFormat.JSON && (lines || !toFolder && sources.size() > 1);
        DocumentFormatter formatter = format.formatter(useColor(toFolder));
        if (Boolean.TRUE.equals(progress) || progress == null && Terminal.stderrIsTty()) {
            reporter.showProgress(totalBytes(sources));
        }
        reporter.stats().startClock();
        Sink shared = toFolder ? null : array(output == null ? Sink.stdout(formatter.header())
                : Sink.file(outputPath, formatter.header()));
        Thread onInterrupt = new Thread(() -> {
            reporter.warn("interrupted" + (output == null ? ""
                    : "; unfinished output files were removed"));
            reporter.summary();
        }, "qalam-interrupted");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        try (OrderedRunner runner = new OrderedRunner(workers)) {
            DocumentFeeder feeder = new DocumentFeeder(pipeline, formatter, runner, reporter,
                    onInvalid, maxDocumentBytes);
            for (InputSource source : sources) {
                process(source, feeder, runner, shared, toFolder, formatter.header());
            }
            runner.drain();
            if (shared != null) {
                shared.finish();
            }
        } catch (RuntimeException | IOException | Error e) {
            if (shared != null) {
                shared.abort();
            }
            throw e;
        } finally {
            Runtime.getRuntime().removeShutdownHook(onInterrupt);
            reporter.clearProgress();
        }
        if (Boolean.TRUE.equals(summary) || summary == null && (lines || sources.size() > 1)) {
            reporter.summary();
        }
        return reporter.stats().errors() == 0 ? 0 : 1;
    }

    /** Feeds one input to the runner: into the shared sink, or into its own output file. */
    private void process(InputSource source, DocumentFeeder feeder, OrderedRunner runner,
                         Sink shared, boolean toFolder, String header) {
        InputStream in;
        try {
            in = source.open();
        } catch (IOException e) {
            String reason = IoErrors.describe(e);
            runner.event(() -> reporter.fail(source.name() + ": cannot read: " + reason));
            return;
        }
        Sink sink = shared;
        if (toFolder) {
            Path target = outputFile(source);
            try {
                sink = array(Sink.file(target, header));
            } catch (IOException e) {
                closeQuietly(in);
                runner.event(() -> reporter.fail(target + ": cannot write: "
                        + IoErrors.describe(e)));
                return;
            }
        }
        Sink own = toFolder ? sink : null;
        try (in) {
            if (lines) {
                feeder.lines(source, in, sink);
            } else {
                feeder.whole(source, in, sink);
            }
            if (own != null) {
                runner.event(() -> finish(own));
            }
        } catch (InvalidInputException e) {
            failLater(runner, e.getMessage() + (onInvalid == InvalidUtf8Action.FAIL
                    ? " (--on-invalid replace or skip to go on)" : ""), own);
        } catch (IOException e) {
            failLater(runner, source.name() + ": cannot read: " + IoErrors.describe(e), own);
        } catch (OutOfMemoryError e) {
            // What was read of this input is garbage now; the next inputs still fit.
            failLater(runner, source.name() + ": out of memory; lower --max-document-size "
                    + "or raise -Xmx (QALAM_JAVA_OPTS)", own);
        }
    }

    private Sink array(Sink sink) {
        return jsonArray ? Sink.jsonArray(sink) : sink;
    }

    /** Reports the failure in input order and drops the input's own output file, if any. */
    private void failLater(OrderedRunner runner, String message, Sink own) {
        runner.event(() -> {
            reporter.fail(message);
            if (own != null) {
                own.abort();
            }
        });
    }

    private void finish(Sink sink) {
        try {
            sink.finish();
        } catch (IOException e) {
            reporter.fail("cannot write output: " + IoErrors.describe(e));
        }
    }

    /** Two inputs that would write the same output file are a usage error, found up front. */
    private void requireDistinctOutputs(List<InputSource> sources) {
        Map<Path, InputSource> seen = new HashMap<>();
        for (InputSource source : sources) {
            InputSource before = seen.putIfAbsent(outputFile(source), source);
            if (before != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), before.name()
                        + " and " + source.name() + " would both write "
                        + outputFile(source) + "; give their folders instead, or run twice");
            }
        }
    }

    private Path outputFile(InputSource source) {
        return Path.of(output).resolve(source.relative() + "." + format.extension());
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // the input was not read; nothing is lost
        }
    }

    private ReferenceTime referenceTime() {
        if (referenceTime != null) {
            try {
                return ReferenceTime.parse(referenceTime);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--reference-time: " + e.getMessage());
            }
        }
        return referenceDate == null ? ReferenceTime.now() : ReferenceTime.of(referenceDate);
    }

    private Pipeline buildPipeline(ExtractorRegistry registry) {
        Pipeline.Builder builder = Pipeline.builder(registry);
        // One reference time for the whole run, so that a run across midnight stays consistent.
        builder.referenceTime(referenceTime());
        Set<String> configured = pipelineOptions.applyTo(builder, registry, spec.commandLine());
        if (extractors == null) {
            builder.useAll();
            // A configured extractor that cannot be created is an error, not left out quietly.
            configured.forEach(builder::use);
        } else {
            ExtractorChoice.unknown(extractors, registry).ifPresent(message -> {
                throw new CommandLine.ParameterException(spec.commandLine(), message);
            });
            ExtractorChoice.use(builder, registry, extractors);
        }
        Pipeline pipeline = builder.build();
        for (StepFailure skipped : pipeline.skipped()) {
            reporter.warn("extractor " + skipped.extractor() + " left out: "
                    + skipped.message());
        }
        return pipeline;
    }

    private boolean useColor(boolean toFolder) {
        return switch (color) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> output == null && !toFolder && Terminal.stdoutIsTty()
                    && Terminal.colorsWelcome();
        };
    }

    private static long totalBytes(List<InputSource> sources) {
        long total = 0;
        for (InputSource source : sources) {
            long size = source.size();
            if (size < 0) {
                return -1;
            }
            total += size;
        }
        return total;
    }

    /** When to colour the text format. */
    enum ColorChoice {
        /** When stdout is a terminal and {@code NO_COLOR} is unset. */
        AUTO,
        /** Always. */
        ALWAYS,
        /** Never. */
        NEVER
    }
}
