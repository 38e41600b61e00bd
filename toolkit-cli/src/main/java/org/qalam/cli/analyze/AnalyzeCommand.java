package org.qalam.cli.analyze;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.qalam.cli.PluginOptions;
import org.qalam.cli.format.DocumentFormatter;
import org.qalam.cli.format.OutputFormat;
import org.qalam.cli.io.InputCollector;
import org.qalam.cli.io.InputSource;
import org.qalam.cli.io.InvalidInputException;
import org.qalam.cli.io.InvalidUtf8Action;
import org.qalam.cli.io.IoErrors;
import org.qalam.cli.io.LineReader;
import org.qalam.cli.io.Utf8;
import org.qalam.cli.progress.ProgressBar;
import org.qalam.cli.progress.RunStats;
import org.qalam.cli.progress.Terminal;
import org.qalam.core.model.Document;
import org.qalam.core.pipeline.Pipeline;
import org.qalam.core.pipeline.StepFailure;
import org.qalam.core.registry.ExtractorRegistry;
import org.qalam.core.registry.RegisteredProvider;
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

    /** Layers every analysis shows when their providers are available. */
    static final List<String> TEXT_LAYERS = List.of("tokens", "sentences", "words");

    /** Error messages shown before the rest are only counted in the summary. */
    private static final int MAX_REPORTED = 50;

    @Mixin
    private PluginOptions plugins;

    @Option(names = "--format", defaultValue = "json", paramLabel = "FORMAT",
            description = "Output format: json, jsonl, conllu, tsv or text (default: json).")
    private OutputFormat format;

    @Option(names = "--lines", description = "Treat every non-empty input line as its own document.")
    private boolean lines;

    @Option(names = "--extractors", split = ",", paramLabel = "NAME[,NAME...]",
            description = "Extractors to run (default: all discovered), e.g. numbers,dates,entities.")
    private List<String> extractors;

    @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD",
            description = "Day that relative dates (أمس, العام الماضي) resolve against (default: today).")
    private LocalDate referenceDate;

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

    @Parameters(paramLabel = "FILE|DIR", arity = "0..*",
            description = "Inputs: files, folders (read recursively) or '-' for stdin (the default).")
    private List<String> inputs = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    private RunStats stats;
    private ProgressBar progressBar;
    private int reported;

    @Override
    public Integer call() throws IOException {
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--threads must be at least 1");
        }
        Pipeline pipeline = buildPipeline(plugins.registry());
        stats = new RunStats();
        List<InputSource> sources = new InputCollector(glob).collect(inputs, this::fail);
        if (sources.stream().anyMatch(InputSource::isStdin) && Terminal.stdinIsTty()
                && Terminal.stderrIsTty()) {
            warn("reading standard input; end it with Ctrl-D (give files or folders to read them)");
        }
        Path outputPath = output == null ? null : Path.of(output);
        boolean toFolder = output != null && (Files.isDirectory(outputPath)
                || output.endsWith("/") || output.endsWith(java.io.File.separator));
        DocumentFormatter formatter = format.formatter(useColor(toFolder));
        if (Boolean.TRUE.equals(progress) || progress == null && Terminal.stderrIsTty()) {
            progressBar = new ProgressBar(err(), stats, totalBytes(sources));
        }
        Sink shared = toFolder ? null : output == null ? Sink.stdout(formatter.header())
                : Sink.file(outputPath, formatter.header());
        Thread onInterrupt = new Thread(() -> {
            if (progressBar != null) {
                progressBar.clear();
            }
            err().println("qalam: interrupted" + (output == null ? ""
                    : "; unfinished output files were removed"));
            err().println(stats.summary());
            err().flush();
        }, "qalam-interrupted");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        try (OrderedRunner runner = new OrderedRunner(workers)) {
            for (InputSource source : sources) {
                process(source, pipeline, formatter, runner, shared,
                        toFolder ? outputPath : null);
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
            if (progressBar != null) {
                progressBar.clear();
            }
        }
        boolean several = lines || sources.size() > 1;
        if (Boolean.TRUE.equals(summary) || summary == null && several) {
            err().println(stats.summary());
            err().flush();
        }
        return stats.errors() == 0 ? 0 : 1;
    }

    private void process(InputSource source, Pipeline pipeline, DocumentFormatter formatter,
                         OrderedRunner runner, Sink shared, Path folder) {
        boolean toFolder = folder != null;
        InputStream in;
        try {
            in = source.open();
        } catch (IOException e) {
            String reason = IoErrors.describe(e);
            runner.event(() -> fail(source.name() + ": cannot read: " + reason));
            return;
        }
        Sink sink = shared;
        if (toFolder) {
            Path target = folder.resolve(source.relative() + "." + format.extension());
            try {
                sink = Sink.file(target, formatter.header());
            } catch (IOException e) {
                closeQuietly(in);
                runner.event(() -> fail(target + ": cannot write: " + IoErrors.describe(e)));
                return;
            }
        }
        try (in) {
            Sink target = sink;
            if (lines) {
                readLines(source, in, pipeline, formatter, runner, target);
            } else {
                readWhole(source, in, pipeline, formatter, runner, target);
            }
            if (toFolder) {
                runner.event(() -> finish(target));
            }
        } catch (InvalidInputException e) {
            reportLater(runner, e.getMessage() + (onInvalid == InvalidUtf8Action.FAIL
                    ? " (--on-invalid replace or skip to go on)" : ""), sink, toFolder);
        } catch (IOException e) {
            reportLater(runner, source.name() + ": cannot read: " + IoErrors.describe(e), sink,
                    toFolder);
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // the input was not read; nothing is lost
        }
    }

    private void reportLater(OrderedRunner runner, String message, Sink sink, boolean toFolder) {
        runner.event(() -> {
            fail(message);
            if (toFolder && sink != null) {
                sink.abort();
            }
        });
    }

    private void readWhole(InputSource source, InputStream in, Pipeline pipeline,
                           DocumentFormatter formatter, OrderedRunner runner, Sink sink)
            throws IOException {
        long size = source.size();
        byte[] bytes = size > maxDocumentBytes ? null : in.readNBytes((int) maxDocumentBytes + 1);
        if (bytes == null || bytes.length > maxDocumentBytes) {
            String shown = size > 0 ? size + " bytes" : "more than " + maxDocumentBytes + " bytes";
            runner.event(() -> fail(source.name() + ": " + shown + " is above --max-document-size "
                    + maxDocumentBytes + "; use --lines or raise the limit"));
            return;
        }
        String text;
        if (onInvalid == InvalidUtf8Action.FAIL) {
            text = Utf8.decode(bytes, 0, bytes.length, source.name(), 0);
        } else {
            Utf8.Decoded decoded = Utf8.decodeReplacing(bytes, 0, bytes.length);
            if (decoded.replaced() && onInvalid == InvalidUtf8Action.SKIP) {
                runner.event(() -> {
                    stats.skipped();
                    stats.consumed(bytes.length);
                    warn(source.name() + ": invalid UTF-8, skipped");
                });
                return;
            }
            if (decoded.replaced()) {
                runner.event(stats::replaced);
            }
            text = decoded.text();
        }
        submit(new DocumentWork(pipeline, formatter, Document.of(source.name(), text),
                bytes.length), runner, sink);
    }

    private void readLines(InputSource source, InputStream in, Pipeline pipeline,
                           DocumentFormatter formatter, OrderedRunner runner, Sink sink)
            throws IOException {
        LineReader reader = new LineReader(in, source.name(), onInvalid, maxDocumentBytes);
        for (LineReader.Line line = reader.next(); line != null; line = reader.next()) {
            LineReader.Line read = line;
            String id = source.name() + ":" + line.number();
            switch (line.status()) {
                case TOO_LONG -> runner.event(() -> {
                    stats.consumed(read.byteLength());
                    fail(id + ": line of " + read.byteLength() + " bytes is above "
                            + "--max-document-size " + maxDocumentBytes + ", skipped");
                });
                case INVALID -> runner.event(() -> {
                    stats.consumed(read.byteLength());
                    stats.skipped();
                });
                case REPLACED, OK -> {
                    if (line.status() == LineReader.Line.Status.REPLACED) {
                        runner.event(stats::replaced);
                    }
                    if (line.text().isBlank()) {
                        runner.event(() -> stats.consumed(read.byteLength()));
                    } else {
                        submit(new DocumentWork(pipeline, formatter, Document.of(id, line.text()),
                                line.byteLength()), runner, sink);
                    }
                }
                default -> throw new IllegalStateException(line.status().toString());
            }
            if (reader.wouldBlock()) {
                // The producer (a pipe, a terminal) went quiet: show what is done so far.
                runner.drain();
                sink.flush();
            }
        }
    }

    private void submit(DocumentWork work, OrderedRunner runner, Sink sink) {
        runner.submit(work, work.inputBytes(), outcome -> {
            sink.write(outcome.rendered());
            stats.document(outcome.inputBytes(), outcome.tokens(), outcome.mentionTypes());
            for (StepFailure failure : outcome.failures()) {
                fail(outcome.id() + ": " + (DocumentWork.QALAM_STEP.equals(failure.extractor())
                        ? "analysis failed: " + failure.error() + ": " + failure.message()
                        : "extractor " + failure));
            }
            if (progressBar != null) {
                progressBar.tick();
            }
        });
    }

    private void finish(Sink sink) {
        try {
            sink.finish();
        } catch (IOException e) {
            fail("cannot write output: " + IoErrors.describe(e));
        }
    }

    private Pipeline buildPipeline(ExtractorRegistry registry) {
        Pipeline.Builder builder = Pipeline.builder(registry);
        if (referenceDate != null) {
            builder.referenceTime(ReferenceTime.of(referenceDate));
        }
        if (extractors == null) {
            builder.useAll();
        } else {
            for (String name : extractors) {
                if (registry.find(name).isEmpty()) {
                    throw new CommandLine.ParameterException(spec.commandLine(),
                            "unknown extractor '" + name + "'; available: " + registry.providers()
                                    .stream().map(RegisteredProvider::name).toList());
                }
            }
            TEXT_LAYERS.stream().filter(name -> registry.find(name).isPresent())
                    .forEach(builder::use);
            builder.use(extractors);
        }
        Pipeline pipeline = builder.build();
        for (StepFailure skipped : pipeline.skipped()) {
            warn("extractor " + skipped.extractor() + " left out: " + skipped.message());
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

    private void fail(String message) {
        if (stats != null) {
            stats.error();
        }
        if (reported < MAX_REPORTED) {
            warn(message);
        } else if (reported == MAX_REPORTED) {
            warn("further errors are only counted in the summary");
        }
        reported++;
    }

    private void warn(String message) {
        if (progressBar != null) {
            progressBar.clear();
        }
        err().println("qalam: " + message);
        err().flush();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
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
